using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data.Filtering;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Data.Sorting;

namespace Partnership.Schema.Data;

/// <summary>
/// Runs the data queries: row rule, then filter, then count, order, keyset and page size, then the projection of
/// the selection, all in the database (split into one statement per list level).
/// </summary>
internal static class DataQuery
{
    public static async Task<ConnectionResult> ConnectionAsync<T>(IQueryable<T> source, EntityType<T> entity, IReadOnlyDictionary<string, object?> args,
        IEnumerable<FieldNode> fieldNodes, DataRequest request, CancellationToken ct) where T : class
    {
        var options = request.Data.Options;
        int? first = args.GetValueOrDefault("first") as int?, last = args.GetValueOrDefault("last") as int?;
        var after = args.GetValueOrDefault("after") as string;
        var before = args.GetValueOrDefault("before") as string;
        if (first is not null && last is not null) throw DataErrors.FirstAndLast();
        if (first < 0) throw DataErrors.MinPageSize(first.Value);
        if (last < 0) throw DataErrors.MinPageSize(last.Value);
        if (first > options.MaxPageSize) throw DataErrors.MaxPageSize(first.Value, options.MaxPageSize);
        if (last > options.MaxPageSize) throw DataErrors.MaxPageSize(last.Value, options.MaxPageSize);
        var backward = last is not null;
        var size = first ?? last ?? options.DefaultPageSize;

        // What the selection needs: the entity fields under edges.node and nodes, and whether totalCount is asked.
        var (connectionType, edgeType) = request.Data.ConnectionTypes(entity);
        var top = SelectionCollector.Collect(connectionType, SelectionCollector.SetsOf(fieldNodes), request);
        var entitySets = new List<SelectionSetNode?>();
        foreach (var (_, nodes) in top)
        {
            var name = nodes[0].Name.Value;
            if (name == "nodes") entitySets.AddRange(SelectionCollector.SetsOf(nodes));
            else if (name == "edges")
            {
                foreach (var (_, edgeNodes) in SelectionCollector.Collect(edgeType, SelectionCollector.SetsOf(nodes), request))
                    if (edgeNodes[0].Name.Value == "node") entitySets.AddRange(SelectionCollector.SetsOf(edgeNodes));
            }
        }
        var wantsCount = false;
        foreach (var (_, nodes) in top) wantsCount |= nodes[0].Name.Value == "totalCount";
        var selection = SelectionCollector.Collect(entity.ObjectType, entitySets, request);

        request.UseModelOf(source);
        var query = Filtered(source, entity, args.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, request);
        var counted = query;

        var columns = new SortBuilder(request).Build(entity, args.GetValueOrDefault("order") as IReadOnlyList<object?>);
        var signature = SortBuilder.Signature(columns);
        var x = Expression.Parameter(typeof(T), "x");
        if (after is not null)
            query = query.Where((Expression<Func<T, bool>>)Cursor.Keyset(x, columns, Cursor.Decode(after, "after", signature, columns), after: true));
        if (before is not null)
            query = query.Where((Expression<Func<T, bool>>)Cursor.Keyset(x, columns, Cursor.Decode(before, "before", signature, columns), after: false));
        query = Order(query, columns, reverse: backward).Take(size + 1);

        var cursorColumns = new LambdaExpression[columns.Count];
        for (int i = 0; i < cursorColumns.Length; i++) cursorColumns[i] = columns[i].Value;
        var (projection, plan) = ProjectionBuilder.Build(entity, selection, request, cursorColumns);
        List<object?[]> raw;
        bool more;
        if (plan.HasLists && query.Provider is IAsyncQueryProvider)
        {
            // The page's keys first, then the page by its keys: each list level's statement repeats "the page" as a lookup of
            // those keys (with the row rule kept as a guard) instead of re-running the rule, filter and keyset over every candidate.
            var keys = await KeysAsync(query, entity, request, ct);
            more = keys.Count > size;
            if (more) keys.RemoveAt(keys.Count - 1);
            raw = keys.Count == 0 ? [] : await ToListAsync(
                Order(ByKeys(source, entity, keys, request), columns, reverse: backward).Select((Expression<Func<T, object?[]>>)projection), request, ct);
        }
        else
        {
            raw = await ToListAsync(query.Select((Expression<Func<T, object?[]>>)projection), request, ct);
            more = raw.Count > size;
            if (more) raw.RemoveAt(raw.Count - 1);
        }
        if (backward) raw.Reverse();
        var rows = new List<EntityRow>(raw.Count);
        foreach (var values in raw)
        {
            var row = EntityRow.FromRaw(values, plan);
            row.Cursor = Cursor.Encode(signature, values.AsSpan(plan.ExtraIndex, columns.Count));
            rows.Add(row);
        }
        // A first page (no cursor) that holds every row is its own count: no second pass of the rule over the candidates.
        int? total = !wantsCount ? null
            : after is null && before is null && !more ? raw.Count
            : await CountAsync(counted, request, ct);
        var pageInfo = new PageInfo(
            HasNextPage: backward ? before is not null : more,
            HasPreviousPage: backward ? more : after is not null,
            StartCursor: rows.Count > 0 ? rows[0].Cursor : null,
            EndCursor: rows.Count > 0 ? rows[^1].Cursor : null);
        return new ConnectionResult(rows, pageInfo, total);
    }

    /// <summary>A plain list (no paging): row rule, filter, order, projection.</summary>
    public static async Task<List<EntityRow>> ListAsync<T>(IQueryable<T> source, EntityType<T> entity, IReadOnlyDictionary<string, object?> args,
        IEnumerable<FieldNode> fieldNodes, DataRequest request, int? limit, CancellationToken ct, bool withKey = false) where T : class
    {
        var selection = SelectionCollector.Collect(entity.ObjectType, SelectionCollector.SetsOf(fieldNodes), request);
        request.UseModelOf(source);
        var query = Filtered(source, entity, args.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>, request);
        query = Order(query, new SortBuilder(request).Build(entity, args.GetValueOrDefault("order") as IReadOnlyList<object?>), reverse: false);
        if (limit is not null) query = query.Take(limit.Value);
        var (projection, plan) = ProjectionBuilder.Build(entity, selection, request, withKey ? [entity.Key] : null);
        var raw = await ToListAsync(query.Select((Expression<Func<T, object?[]>>)projection), request, ct);
        var rows = new List<EntityRow>(raw.Count);
        foreach (var values in raw)
        {
            var row = EntityRow.FromRaw(values, plan);
            if (withKey) row.Key = values[plan.ExtraIndex];
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The rows the caller may see (row rule first) that match the <c>where</c> argument.</summary>
    public static IQueryable<T> Filtered<T>(IQueryable<T> source, EntityType<T> entity, IReadOnlyDictionary<string, object?>? where, DataRequest request)
        where T : class
    {
        if (request.RowFilter(entity) is Expression<Func<T, bool>> rule) source = source.Where(rule);
        if (new FilterBuilder(request).BuildLambda(entity, where) is Expression<Func<T, bool>> filter) source = source.Where(filter);
        return source;
    }

    /// <summary>The keys of the rows of <paramref name="query"/>, in its order.</summary>
    private static async Task<System.Collections.IList> KeysAsync<T>(IQueryable<T> query, EntityType<T> entity, DataRequest request, CancellationToken ct)
        where T : class
    {
        var x = Expression.Parameter(typeof(T), "x");
        var key = Expression.Lambda<Func<T, object>>(Expression.Convert(Lambda.Inline(entity.Key, x), typeof(object)), x);
        query = query.Provider.CreateQuery<T>(CollectionParameters.Expand(query.Expression));
        List<object> found;
        await request.Gate.WaitAsync(ct);
        try { found = await query.Select(key).ToListAsync(ct); }
        finally { request.Gate.Release(); }
        var keys = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(entity.Key.ReturnType), found.Count)!;
        foreach (var k in found) keys.Add(k);
        return keys;
    }

    /// <summary>The rows of <paramref name="keys"/> that pass the row rule (the keys came from rows that passed it).</summary>
    private static IQueryable<T> ByKeys<T>(IQueryable<T> source, EntityType<T> entity, System.Collections.IList keys, DataRequest request) where T : class
    {
        if (request.RowFilter(entity) is Expression<Func<T, bool>> rule) source = source.Where(rule);
        var x = Expression.Parameter(typeof(T), "x");
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [entity.Key.ReturnType],
            Lambda.Parameter(keys, keys.GetType()), Lambda.Inline(entity.Key, x));
        return source.Where(Expression.Lambda<Func<T, bool>>(contains, x));
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortColumn> columns, bool reverse)
    {
        var expression = query.Expression;
        for (int i = 0; i < columns.Count; i++)
        {
            var descending = columns[i].Descending != reverse;
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), columns[i].Value.ReturnType], expression, Expression.Quote(columns[i].Value));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private static async Task<List<object?[]>> ToListAsync(IQueryable<object?[]> query, DataRequest request, CancellationToken ct)
    {
        if (query.Provider is not IAsyncQueryProvider) return query.ToList();
        query = query.Provider.CreateQuery<object?[]>(CollectionParameters.Expand(query.Expression));
        await request.Gate.WaitAsync(ct);
        try { return await query.AsSplitQuery().ToListAsync(ct); }
        finally { request.Gate.Release(); }
    }

    private static async Task<int> CountAsync<T>(IQueryable<T> query, DataRequest request, CancellationToken ct)
    {
        if (query.Provider is not IAsyncQueryProvider) return query.Count();
        query = query.Provider.CreateQuery<T>(CollectionParameters.Expand(query.Expression));
        await request.Gate.WaitAsync(ct);
        try { return await query.CountAsync(ct); }
        finally { request.Gate.Release(); }
    }
}
