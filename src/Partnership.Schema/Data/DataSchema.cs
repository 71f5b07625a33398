using System.Collections.Concurrent;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data;

/// <summary>Page sizes and the policy used when the request services supply none.</summary>
public sealed class DataOptions
{
    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>Largest <c>first</c>/<c>last</c> accepted; more is a <c>PAGINATION_MAX_ITEMS</c> error.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>The size cost analysis assumes for an entity list field that declares none (<c>EntityFieldDescriptor.ListSize</c>).</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The schema's policy; when set, a policy in the request services is ignored. With neither, data queries fail.</summary>
    public IDataPolicy? Policy { get; init; }

    /// <summary>
    /// Read every projected row's key (after the hidden-field mask) so resolvers and request hooks can tell which
    /// rows were returned (the hub's audit needs it); off by default.
    /// </summary>
    public bool ProjectKeys { get; init; }
}

/// <summary>
/// The registry of entity types and of the types they share (scalar filter inputs, <c>SortEnumType</c>,
/// <c>PageInfo</c>, <c>Node</c>, enums), so each GraphQL type exists once. One per GraphQL schema.
/// </summary>
public sealed partial class DataSchema
{
    private readonly List<EntityType> _entities = [];
    private readonly ConcurrentDictionary<Type, EnumType> _enums = new();
    private readonly ConcurrentDictionary<string, InputObjectType> _operationInputs = new(StringComparer.Ordinal);

    public DataSchema(DataOptions? options = null)
    {
        Options = options ?? new DataOptions();
        if (Options.DefaultPageSize < 1 || Options.MaxPageSize < Options.DefaultPageSize)
            throw new ArgumentException("Page sizes must satisfy 1 <= DefaultPageSize <= MaxPageSize.", nameof(options));
        NodeInterface = new InterfaceType("Node", t =>
        {
            t.Field("id", Scalars.ID.NonNull(), "The global, opaque identifier of the object.");
            t.ResolveType(static (value, _, _) => value is Projection.EntityRow row ? row.Type.Name : null);
        })
        { Description = "An object with a global identifier, which `node(id:)` resolves." };
        PageInfoType = new ObjectType("PageInfo", t =>
        {
            t.Field("hasNextPage", Scalars.Boolean.NonNull(), "Whether more edges exist after this page.").Resolve<PageInfo>(p => p.HasNextPage);
            t.Field("hasPreviousPage", Scalars.Boolean.NonNull(), "Whether more edges exist before this page.").Resolve<PageInfo>(p => p.HasPreviousPage);
            t.Field("startCursor", Scalars.String, "The cursor of the first edge.").Resolve<PageInfo>(p => p.StartCursor);
            t.Field("endCursor", Scalars.String, "The cursor of the last edge.").Resolve<PageInfo>(p => p.EndCursor);
        })
        { Description = "Information about pagination in a connection." };
        SortEnumType = new EnumType("SortEnumType", [
            new EnumValueDefinition("ASC") { Value = SortDirection.Ascending },
            new EnumValueDefinition("DESC") { Value = SortDirection.Descending },
        ]);
    }

    public DataOptions Options { get; }

    /// <summary>The <c>Node</c> interface every entity with an <c>Id</c> implements.</summary>
    public InterfaceType NodeInterface { get; }

    public ObjectType PageInfoType { get; }

    public EnumType SortEnumType { get; }

    /// <summary>The object types of all entities: pass them as the schema's <c>types</c> so <c>node(id:)</c> can return any of them.</summary>
    public IEnumerable<NamedType> Types
    {
        get
        {
            foreach (var entity in _entities) yield return entity.ObjectType;
        }
    }

    /// <summary>Declares an entity type; <paramref name="configure"/> runs when the schema is built, so entities may refer to each other.</summary>
    public EntityType<T> Entity<T>(string name, Action<EntityDescriptor<T>> configure) where T : class
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var existing in _entities)
        {
            if (existing.Name == name) throw new ArgumentException($"An entity named \"{name}\" is already declared.", nameof(name));
        }
        var entity = new EntityType<T>(this, name, configure);
        _entities.Add(entity);
        return entity;
    }

    internal EntityType? FindEntity(string name)
    {
        foreach (var e in _entities) if (e.Name == name) return e;
        return null;
    }

    /// <summary>The enum type used for a CLR enum everywhere in this schema (output and filters).</summary>
    public EnumType EnumFor(Type enumType) => _enums.GetOrAdd(enumType, static t =>
        (EnumType)typeof(EnumType).GetMethod(nameof(EnumType.FromEnum))!.MakeGenericMethod(t).Invoke(null, [null, null])!);

    /// <summary>The output type inferred for a CLR value type (nullable form).</summary>
    internal GraphQLType OutputTypeFor(Type clr, EntityField field)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t.IsEnum) return EnumFor(t);
        if (t == typeof(string)) return Scalars.String;
        if (t == typeof(int) || t == typeof(short) || t == typeof(byte)) return Scalars.Int;
        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal)) return Scalars.Float;
        if (t == typeof(bool)) return Scalars.Boolean;
        if (t == typeof(Guid)) return Scalars.ID;
        if (t == typeof(DateOnly)) return DataScalars.Date;
        if (t == typeof(DateTimeOffset)) return DataScalars.DateTime;
        throw new InvalidOperationException($"Field \"{field}\" has CLR type {clr.Name}, which has no default GraphQL type: give one with Type(...).");
    }
}

/// <summary>A sort direction as the <c>SortEnumType</c> values carry it.</summary>
public enum SortDirection { Ascending, Descending }

/// <summary>The <c>pageInfo</c> of a connection.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
