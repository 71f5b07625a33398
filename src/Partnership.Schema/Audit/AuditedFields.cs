using System.Collections;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Projection;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;

namespace Partnership.Schema.Audit;

/// <summary>How a field built by <see cref="AuditedFields"/> records what it returns (kept in its metadata).</summary>
internal enum AuditMode
{
    /// <summary>Entity rows (a connection, list, lookup or nodes): each returned row's visible categories, mapped to children by the audit writer.</summary>
    Rows,
    /// <summary>A hand-written view: each child it names, under the field's category.</summary>
    Children,
    /// <summary>A mutation: its body reports each child it wrote about or returns outside entity fields (those are audited lookups).</summary>
    Writes,
    /// <summary>Names no child of the hub (counts, or what the caller itself sent): nothing to record.</summary>
    NoChild,
}

/// <summary>
/// The one way a field reaches a child's data (audit by construction). Each builder takes the request's database turn — the
/// data layer for each of its statements, a hand-written body for its whole run, as sibling root fields share the DbContext —
/// and records what the field returns with the request's <see cref="AccessCollector"/>. It marks the field, and
/// <see cref="AuditGuard"/> refuses a schema in which a field that can return a child's data was built any other way.
/// </summary>
internal static class AuditedFields
{
    public const string ModeKey = "partnership.audit", WhyKey = "partnership.audit.why";

    /// <summary>How the field records what it returns; null when it was not built here.</summary>
    public static AuditMode? ModeOf(FieldDefinition field) => field.Metadata?.GetValueOrDefault(ModeKey) as AuditMode?;

    /// <summary>A paged connection over entities.</summary>
    public static FieldBuilder Connection<T>(FieldsBuilder t, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> source) where T : class =>
        Mark(t.Connection(name, entity, source), AuditMode.Rows).ResolveAsync(async ctx =>
        {
            var query = source(ctx);
            var result = await DataQuery.ConnectionAsync(query, entity, ctx.Arguments, ctx.FieldNodes, DataRequest.From(ctx, entity.Schema), ctx.CancellationToken);
            AccessCollector.For(ctx, name).Rows(result);
            return result;
        });

    /// <summary>The first row of <paramref name="query"/> the caller may see, or null (also a mutation payload's entity).</summary>
    public static FieldBuilder Lookup<T>(FieldsBuilder t, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> query) where T : class =>
        Mark(t.Field(name, entity.ObjectType), AuditMode.Rows).ResolveAsync(async ctx =>
        {
            var rows = await DataQuery.ListAsync(query(ctx), entity, NoArguments, ctx.FieldNodes, DataRequest.From(ctx, entity.Schema), 1, ctx.CancellationToken);
            var row = rows.Count > 0 ? rows[0] : null;
            AccessCollector.For(ctx, name).Rows(row);
            return row;
        });

    /// <summary>Up to <paramref name="limit"/> rows of <paramref name="query"/> the caller may see (a lookup that can find several).</summary>
    public static FieldBuilder LookupList<T>(FieldsBuilder t, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> query, int limit) where T : class =>
        Mark(t.Field(name, entity.ObjectType.NonNull().List().NonNull()).ListSize(ListSize.Assumed(limit)), AuditMode.Rows).ResolveAsync(async ctx =>
        {
            var rows = await DataQuery.ListAsync(query(ctx), entity, NoArguments, ctx.FieldNodes, DataRequest.From(ctx, entity.Schema), limit, ctx.CancellationToken);
            AccessCollector.For(ctx, name).Rows(rows);
            return rows;
        });

    /// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: one query per entity type, under its row rule; unknown or invisible ids are null.</summary>
    public static void Nodes(FieldsBuilder t, DataSchema data)
    {
        Mark(t.Field("node", data.NodeInterface, "Fetches an object given its ID."), AuditMode.Rows)
            .Argument("id", Scalars.ID.NonNull(), "ID of the object.")
            .ResolveAsync(async ctx =>
            {
                var rows = await DataFields.LoadNodesAsync(data, [ctx.GetArgument<string>("id")!], ctx);
                AccessCollector.For(ctx, "node").Rows(rows);
                return rows[0];
            });
        Mark(t.Field("nodes", data.NodeInterface.List().NonNull(), "Lookup nodes by a list of IDs."), AuditMode.Rows)
            .Argument("ids", Scalars.ID.NonNull().List().NonNull(), "The list of node IDs.")
            .ResolveAsync(async ctx =>
            {
                var ids = ((IEnumerable)ctx.Arguments["ids"]!).Cast<object?>().Select(i => (string)i!).ToList();
                var rows = await DataFields.LoadNodesAsync(data, ids, ctx);
                AccessCollector.For(ctx, "nodes").Rows(rows);
                return rows;
            });
    }

    /// <summary>A hand-written list about children: the body holds the database turn; each item's child is recorded under <paramref name="category"/>.</summary>
    public static FieldBuilder ChildList<T>(FieldsBuilder t, string name, GraphQLType type, InformationCategory category,
        Func<IResolveFieldContext, Task<List<T>>> body, Func<T, Guid> childOf) =>
        Mark(t.Field(name, type), AuditMode.Children).ResolveAsync(async ctx =>
        {
            List<T> items;
            using (await DbTurnAsync(ctx)) items = await body(ctx);
            var audit = AccessCollector.For(ctx, name);
            foreach (var item in items) audit.Child(childOf(item), category);
            return items;
        });

    /// <summary>A hand-written view of one child (null when there is none the caller may see): the body holds the database turn; the child is recorded.</summary>
    public static FieldBuilder OneChild<T>(FieldsBuilder t, string name, GraphQLType type, InformationCategory category,
        Func<IResolveFieldContext, Task<(Guid Child, T Value)?>> body) =>
        Mark(t.Field(name, type), AuditMode.Children).ResolveAsync(async ctx =>
        {
            (Guid Child, T Value)? found;
            using (await DbTurnAsync(ctx)) found = await body(ctx);
            if (found is not { } f) return null;
            AccessCollector.For(ctx, name).Child(f.Child, category);
            return f.Value;
        });

    /// <summary>A mutation: the body holds the database turn and reports, through its recorder, each child it wrote about.</summary>
    public static FieldBuilder Mutation(FieldsBuilder t, string name, GraphQLType type, Func<IResolveFieldContext, FieldAudit, Task<object?>> body) =>
        Mark(t.Field(name, type), AuditMode.Writes).ResolveAsync(async ctx =>
        {
            using (await DbTurnAsync(ctx)) return await body(ctx, AccessCollector.For(ctx, name));
        });

    /// <summary>
    /// A subscription whose events are about one child each: each delivered event's child is recorded (the source stream reads
    /// in scopes of its own, not the request's DbContext).
    /// </summary>
    public static FieldBuilder Subscription<T>(FieldsBuilder t, string name, GraphQLType type, InformationCategory category,
        Func<IResolveFieldContext, IAsyncEnumerable<object?>> subscribe, Func<T, Guid> childOf) =>
        Mark(t.Field(name, type), AuditMode.Children).Subscribe(subscribe).Resolve(ctx =>
        {
            var item = (T)ctx.Source!;
            AccessCollector.For(ctx, name).Child(childOf(item), category);
            return item;
        });

    /// <summary>
    /// A hand-written page about several children at once (a feed): the body holds the database turn and returns the value with
    /// the children it is about, each recorded under <paramref name="category"/>.
    /// </summary>
    public static FieldBuilder ChildPage<T>(FieldsBuilder t, string name, GraphQLType type, InformationCategory category,
        Func<IResolveFieldContext, Task<(T Value, List<Guid> Children)>> body) =>
        Mark(t.Field(name, type), AuditMode.Children).ResolveAsync(async ctx =>
        {
            (T Value, List<Guid> Children) result;
            using (await DbTurnAsync(ctx)) result = await body(ctx);
            var audit = AccessCollector.For(ctx, name);
            foreach (var child in result.Children) audit.Child(child, category);
            return result.Value;
        });

    /// <summary>A subscription whose events are about several children each (pages of a feed): each event's children are recorded.</summary>
    public static FieldBuilder SubscriptionPages<T>(FieldsBuilder t, string name, GraphQLType type, InformationCategory category,
        Func<IResolveFieldContext, IAsyncEnumerable<object?>> subscribe, Func<IResolveFieldContext, T, Task<List<Guid>>> childrenOf) =>
        Mark(t.Field(name, type), AuditMode.Children).Subscribe(subscribe).ResolveAsync(async ctx =>
        {
            var item = (T)ctx.Source!;
            List<Guid> children;
            using (await DbTurnAsync(ctx)) children = await childrenOf(ctx, item);
            var audit = AccessCollector.For(ctx, name);
            foreach (var child in children) audit.Child(child, category);
            return item;
        });

    /// <summary>
    /// A field that names no child of the hub — counts, or what the caller itself sent — so nothing is recorded; the body holds
    /// the database turn. <paramref name="why"/> says which (the guard test pins these fields).
    /// </summary>
    public static FieldBuilder NoChild(FieldsBuilder t, string name, GraphQLType type, string why, Func<IResolveFieldContext, Task<object?>> body) =>
        Mark(t.Field(name, type), AuditMode.NoChild).Metadata(WhyKey, why).ResolveAsync(async ctx =>
        {
            using (await DbTurnAsync(ctx)) return await body(ctx);
        });

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private static FieldBuilder Mark(FieldBuilder field, AuditMode mode) => field.Metadata(ModeKey, mode);

    /// <summary>
    /// A hand-written body's turn at the request's DbContext: sibling root fields resolve concurrently and a DbContext allows one
    /// operation at a time (the data layer takes the same gate for each statement). Dispose to give the turn back.
    /// </summary>
    private static async Task<IDisposable> DbTurnAsync(IResolveFieldContext ctx)
    {
        var gate = DataRequest.GateOf(ctx);
        await gate.WaitAsync(ctx.CancellationToken);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
