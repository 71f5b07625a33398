using System.Linq.Expressions;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data;

/// <summary>What an entity field holds.</summary>
public enum EntityFieldKind
{
    /// <summary>A scalar or enum value computed from the entity (a member or any translatable expression).</summary>
    Value,
    /// <summary>The entity's global object identifier (<c>id: ID!</c>).</summary>
    Id,
    /// <summary>A single related entity (a reference navigation).</summary>
    Reference,
    /// <summary>A list of related entities (a collection navigation).</summary>
    List,
}

/// <summary>
/// An entity type of the data layer: a CLR type exposed as a GraphQL object type whose fields are declared as
/// expressions over the entity, each with an information category. Generated from it: the object type, the
/// <c>{Name}FilterInput</c> and <c>{Name}SortInput</c> input types and the <c>{Name}Connection</c> type.
/// Create with <see cref="DataSchema.Entity{T}"/>.
/// </summary>
public abstract class EntityType
{
    private readonly Lock _lock = new();
    private IReadOnlyList<EntityField>? _fields;
    private Dictionary<string, EntityField>? _byName;

    private protected EntityType(DataSchema schema, string name, Type clrType)
    {
        Schema = schema;
        Name = NameValidation.AssertName(name);
        ClrType = clrType;
    }

    public DataSchema Schema { get; }

    /// <summary>The GraphQL name of the object type.</summary>
    public string Name { get; }

    public Type ClrType { get; }

    /// <summary>The declared fields, in declaration order (configuration runs on first use).</summary>
    public IReadOnlyList<EntityField> Fields { get { EnsureConfigured(); return _fields!; } }

    /// <summary>True when the type implements <c>Node</c> (it declared <c>Id</c>).</summary>
    public bool IsNode { get { EnsureConfigured(); return IdField is not null; } }

    /// <summary>The GraphQL object type.</summary>
    public abstract ObjectType ObjectType { get; }

    public EntityField? GetField(string name)
    {
        EnsureConfigured();
        return _byName!.GetValueOrDefault(name);
    }

    internal EntityField? IdField { get; private set; }

    /// <summary>The unique key (<c>x => x.Id</c>): the final sort tiebreak, the cursor's last value and the global id's key.</summary>
    internal LambdaExpression Key { get; private set; } = null!;

    internal string? Description { get; private protected set; }

    private protected abstract (IReadOnlyList<EntityField> Fields, LambdaExpression? Key) Configure();

    /// <summary>Rows of this type with the given keys that the caller may see, projected for the node field's selection, with their keys.</summary>
    internal abstract Task<List<(object Key, Projection.EntityRow Row)>> LoadByKeysAsync(List<object> keys, GraphQL.Types.IResolveFieldContext context, Projection.DataRequest request);

    internal void EnsureConfigured()
    {
        if (_fields is not null) return;
        lock (_lock)
        {
            if (_fields is not null) return;
            var (fields, key) = Configure();
            var byName = new Dictionary<string, EntityField>(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                if (field.Category is null)
                    throw new InvalidOperationException($"Field \"{Name}.{field.Name}\" has no information category: every field of an entity must declare one.");
                if (!byName.TryAdd(field.Name, field))
                    throw new InvalidOperationException($"Field \"{Name}.{field.Name}\" is declared more than once.");
                if (field.Kind == EntityFieldKind.Id) IdField = field;
            }
            Key = key ?? throw new InvalidOperationException($"Entity \"{Name}\" declares no key: call Key(x => x.Id) so sorting and paging are stable.");
            _byName = byName;
            _fields = fields;
        }
    }

    public override string ToString() => Name;
}

/// <summary>An entity type over <typeparamref name="T"/>.</summary>
public sealed class EntityType<T> : EntityType where T : class
{
    private readonly Action<EntityDescriptor<T>> _configure;
    private ObjectType? _objectType;

    internal EntityType(DataSchema schema, string name, Action<EntityDescriptor<T>> configure) : base(schema, name, typeof(T))
    {
        _configure = configure;
    }

    /// <summary>Where <c>node(id:)</c> finds rows of this type (set by <see cref="EntityDescriptor{T}.Id"/>).</summary>
    internal Func<GraphQL.Types.IResolveFieldContext, IQueryable<T>>? NodeSource { get; private set; }

    public override ObjectType ObjectType => _objectType ??= Schema.CreateObjectType(this);

    internal override async Task<List<(object Key, Projection.EntityRow Row)>> LoadByKeysAsync(List<object> keys, GraphQL.Types.IResolveFieldContext context, Projection.DataRequest request)
    {
        if (NodeSource is null) return [];
        // keys.Contains(x.Key), with the keys typed so EF Core sends them as one parameter.
        var keyType = Key.ReturnType;
        var typed = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(keyType))!;
        foreach (var key in keys) typed.Add(key);
        var x = Expression.Parameter(typeof(T), "x");
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [keyType],
            Projection.Lambda.Parameter(typed, typed.GetType()), Projection.Lambda.Inline(Key, x));
        var query = NodeSource(context).Where(Expression.Lambda<Func<T, bool>>(contains, x));
        // The key is read back through a hidden alias so rows can be matched to the requested ids.
        var nodes = new List<Partnership.GraphQL.Language.FieldNode>(context.FieldNodes);
        var rows = await DataQuery.ListAsync(query, this, new Dictionary<string, object?>(), nodes, request, null, context.CancellationToken, withKey: true);
        var result = new List<(object, Projection.EntityRow)>(rows.Count);
        foreach (var row in rows) result.Add((row.Key!, row));
        return result;
    }

    private protected override (IReadOnlyList<EntityField>, LambdaExpression?) Configure()
    {
        var descriptor = new EntityDescriptor<T>(this);
        _configure(descriptor);
        Description = descriptor.DescriptionText;
        NodeSource = descriptor.NodeSource;
        var fields = new EntityField[descriptor.Fields.Count];
        for (int i = 0; i < fields.Length; i++) fields[i] = descriptor.Fields[i].Build();
        return (fields, descriptor.KeyExpression);
    }
}

/// <summary>A field of an entity type: what the policy sees (category, kind) and how the value is read (an expression).</summary>
public sealed class EntityField
{
    internal EntityField(EntityType declaringType, string name, EntityFieldKind kind, LambdaExpression expression, EntityType? target)
    {
        DeclaringType = declaringType;
        Name = name;
        Kind = kind;
        Expression = expression;
        Target = target;
    }

    public EntityType DeclaringType { get; }

    public string Name { get; }

    public EntityFieldKind Kind { get; }

    /// <summary>The information category the sharing policy decides on (never null once the type is built).</summary>
    public Enum? Category { get; internal init; }

    /// <summary>The value over the declaring entity (<c>x => x.LastName</c>, <c>x => x.Plans</c>).</summary>
    public LambdaExpression Expression { get; }

    /// <summary>The related entity type of a <see cref="EntityFieldKind.Reference"/> or <see cref="EntityFieldKind.List"/> field.</summary>
    public EntityType? Target { get; }

    public bool IsFilterable { get; internal init; }

    public bool IsSortable { get; internal init; }

    public string? Description { get; internal init; }

    public string? DeprecationReason { get; internal init; }

    /// <summary>The output type set explicitly, else null (inferred from the CLR type).</summary>
    internal GraphQLType? ExplicitType { get; init; }

    /// <summary>A list field's declared size for cost analysis, else null (the schema's default list size).</summary>
    public int? AssumedListSize { get; internal init; }

    internal bool NonNull { get; init; }

    /// <summary>The field's weight for cost analysis, when declared.</summary>
    public int? Weight { get; internal init; }

    /// <summary>A computed field's expression for the request's caller (<see cref="EntityDescriptor{T}.Computed"/>), else null.</summary>
    internal Func<DataCaller, LambdaExpression>? PerCaller { get; init; }

    /// <summary>A computed field's shaping of its projected value for the response, else null.</summary>
    internal Func<object?, IResolveFieldContext, object?>? Convert { get; init; }

    /// <summary>The CLR type of a value field's value (the element type for lists).</summary>
    internal Type ValueType => Kind == EntityFieldKind.List ? Target!.ClrType : Expression.ReturnType;

    public override string ToString() => DeclaringType.Name + "." + Name;
}
