using System.Collections;
using System.Linq.Expressions;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Data;

/// <summary>
/// Root (or any) fields that read entities: a Relay connection, a plain list, a lookup, and <c>node</c>/<c>nodes</c>.
/// Each applies the policy's row rule, the <c>where</c> and <c>order</c> arguments and the projection of the
/// selection inside one database query per list level.
/// </summary>
public static class DataFields
{
    /// <summary>
    /// <c>name(first, after, last, before, where, order): {Entity}Connection!</c> over <paramref name="source"/>
    /// (an <see cref="IQueryable{T}"/>, typically a DbSet, possibly narrowed by the resolver).
    /// </summary>
    public static FieldBuilder Connection<T>(this FieldsBuilder type, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> source)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        var data = entity.Schema;
        var field = type.Field(name, data.ConnectionOf(entity).NonNull())
            .Argument("first", Scalars.Int, "Returns the first _n_ elements from the list.")
            .Argument("after", Scalars.String, "Returns the elements in the list that come after the specified cursor.")
            .Argument("last", Scalars.Int, "Returns the last _n_ elements from the list.")
            .Argument("before", Scalars.String, "Returns the elements in the list that come before the specified cursor.")
            .ListSize(ListSize.Connection(data.Options.DefaultPageSize));
        AddFilterAndOrder(field, entity);
        return field.ResolveAsync(async ctx => await DataQuery.ConnectionAsync(source(ctx), entity, ctx.Arguments, ctx.FieldNodes,
            DataRequest.From(ctx, data), ctx.CancellationToken));
    }

    /// <summary><c>name(where, order): [Entity!]!</c> over <paramref name="source"/>, without paging (use for short, bounded lists).</summary>
    public static FieldBuilder EntityList<T>(this FieldsBuilder type, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> source)
        where T : class
    {
        var field = type.Field(name, entity.ObjectType.NonNull().List().NonNull());
        AddFilterAndOrder(field, entity);
        return field.ResolveAsync(async ctx => await DataQuery.ListAsync(source(ctx), entity, ctx.Arguments, ctx.FieldNodes,
            DataRequest.From(ctx, entity.Schema), null, ctx.CancellationToken));
    }

    /// <summary>
    /// <c>name: Entity</c>: the first row of <paramref name="query"/> the caller may see, or null (a row it may not
    /// see is simply not found). Add arguments on the returned builder and read them in <paramref name="query"/>.
    /// </summary>
    public static FieldBuilder Lookup<T>(this FieldsBuilder type, string name, EntityType<T> entity, Func<IResolveFieldContext, IQueryable<T>> query)
        where T : class =>
        type.Field(name, entity.ObjectType).ResolveAsync(async ctx =>
        {
            var rows = await DataQuery.ListAsync(query(ctx), entity, EmptyArguments, ctx.FieldNodes, DataRequest.From(ctx, entity.Schema), 1, ctx.CancellationToken);
            return rows.Count > 0 ? rows[0] : null;
        });

    /// <summary><c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> over every entity with an <c>Id</c>.</summary>
    public static void NodeFields(this FieldsBuilder type, DataSchema data)
    {
        type.Field("node", data.NodeInterface, "Fetches an object given its ID.")
            .Argument("id", Scalars.ID.NonNull(), "ID of the object.")
            .ResolveAsync(async ctx =>
            {
                var rows = await LoadNodesAsync(data, [ctx.GetArgument<string>("id")!], ctx);
                return rows[0];
            });
        type.Field("nodes", data.NodeInterface.List().NonNull(), "Lookup nodes by a list of IDs.")
            .Argument("ids", Scalars.ID.NonNull().List().NonNull(), "The list of node IDs.")
            .ResolveAsync(async ctx =>
            {
                var ids = new List<string>();
                foreach (var id in (IEnumerable)ctx.Arguments["ids"]!) ids.Add((string)id!);
                return await LoadNodesAsync(data, ids, ctx);
            });
    }

    /// <summary>The key of a global id of <paramref name="entity"/>, or default when it names another type (an INVALID_ID error when malformed).</summary>
    public static TKey? KeyOf<TKey>(EntityType entity, string id)
    {
        entity.EnsureConfigured();
        return GlobalId.DecodeKey(id, entity.Name, entity.Key.ReturnType) is TKey key ? key : default;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static void AddFilterAndOrder(FieldBuilder field, EntityType entity) => entity.Schema.AddFilterAndOrder(field, entity);

    /// <summary>Loads nodes by global id, one query per entity type, in the order of <paramref name="ids"/> (null where not found or not visible).</summary>
    internal static async Task<object?[]> LoadNodesAsync(DataSchema data, IReadOnlyList<string> ids, IResolveFieldContext ctx)
    {
        var results = new object?[ids.Count];
        var byType = new Dictionary<EntityType, List<(int Index, object Key)>>();
        for (int i = 0; i < ids.Count; i++)
        {
            var (typeName, keyText) = GlobalId.Decode(ids[i]);
            if (data.FindEntity(typeName) is not { IsNode: true } entity) continue; // unknown type: not found
            var key = GlobalId.ParseKey(keyText, entity.Key.ReturnType) ?? throw DataErrors.InvalidId(ids[i]);
            if (!byType.TryGetValue(entity, out var list)) byType[entity] = list = [];
            list.Add((i, key));
        }
        if (byType.Count == 0) return results;
        var request = DataRequest.From(ctx, data);
        foreach (var (entity, wanted) in byType)
        {
            var rows = await entity.LoadByKeysAsync(wanted.Select(w => w.Key).ToList(), ctx, request);
            foreach (var (index, key) in wanted)
            {
                foreach (var (rowKey, row) in rows)
                    if (Equals(rowKey, key)) { results[index] = row; break; }
            }
        }
        return results;
    }
}
