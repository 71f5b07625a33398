using System.Linq.Expressions;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data;

/// <summary>Declares the fields of an <see cref="EntityType{T}"/>. Every field must be given a category with <see cref="EntityFieldDescriptor.Category"/>.</summary>
public sealed class EntityDescriptor<T> where T : class
{
    private readonly EntityType<T> _type;

    internal EntityDescriptor(EntityType<T> type) => _type = type;

    internal List<EntityFieldDescriptor> Fields { get; } = [];
    internal LambdaExpression? KeyExpression { get; private set; }
    internal string? DescriptionText { get; private set; }
    internal Func<IResolveFieldContext, IQueryable<T>>? NodeSource { get; private set; }

    public EntityDescriptor<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>The unique key: the final tiebreak of every sort and the last value of every cursor.</summary>
    public EntityDescriptor<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        KeyExpression = key ?? throw new ArgumentNullException(nameof(key));
        return this;
    }

    /// <summary>
    /// Makes the type a <c>Node</c>: adds <c>id: ID!</c> (an opaque global id of the type name and <see cref="Key{TKey}"/>)
    /// and lets <c>node(id:)</c> find rows in <paramref name="source"/> (under the same row rule as every query).
    /// </summary>
    public EntityFieldDescriptor Id(Func<IResolveFieldContext, IQueryable<T>> source)
    {
        NodeSource = source ?? throw new ArgumentNullException(nameof(source));
        var field = new EntityFieldDescriptor(_type, "id", EntityFieldKind.Id, () => KeyExpression
            ?? throw new InvalidOperationException($"Entity \"{_type.Name}\" declares Id without a Key."), null);
        Fields.Add(field);
        return field;
    }

    /// <summary>A scalar or enum field computed by <paramref name="value"/> (a member access or any expression EF Core translates).</summary>
    public EntityFieldDescriptor Field<TValue>(string name, Expression<Func<T, TValue>> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var field = new EntityFieldDescriptor(_type, name, EntityFieldKind.Value, () => value, null);
        Fields.Add(field);
        return field;
    }

    /// <summary>
    /// A value whose expression depends on the request's caller (what the policy grants it): built per query by
    /// <paramref name="perCaller"/> and projected in the same statement as the row, then shaped for the response by
    /// <paramref name="convert"/>. Give its output type with <see cref="EntityFieldDescriptor.Type"/>.
    /// </summary>
    public EntityFieldDescriptor Computed(string name, Func<DataCaller, Expression<Func<T, object?[]>>> perCaller,
        Func<object?, IResolveFieldContext, object?> convert)
    {
        ArgumentNullException.ThrowIfNull(perCaller);
        ArgumentNullException.ThrowIfNull(convert);
        Expression<Func<T, object?[]>> placeholder = x => null!;
        var field = new EntityFieldDescriptor(_type, name, EntityFieldKind.Value, () => placeholder, null)
        { PerCaller = c => perCaller(c), Convert = convert };
        Fields.Add(field);
        return field;
    }

    /// <summary>A single related entity (the target may be declared later: it is read when the type is built).</summary>
    public EntityFieldDescriptor Reference<TOther>(string name, Expression<Func<T, TOther?>> navigation, Func<EntityType<TOther>> target)
        where TOther : class
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var field = new EntityFieldDescriptor(_type, name, EntityFieldKind.Reference, () => navigation, target);
        Fields.Add(field);
        return field;
    }

    /// <summary>A list of related entities (row rule applied to its elements).</summary>
    public EntityFieldDescriptor List<TOther>(string name, Expression<Func<T, IEnumerable<TOther>>> navigation, Func<EntityType<TOther>> target)
        where TOther : class
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var field = new EntityFieldDescriptor(_type, name, EntityFieldKind.List, () => navigation, target);
        Fields.Add(field);
        return field;
    }
}

/// <summary>Configures one entity field: category (required), filtering, sorting, type, description.</summary>
public sealed class EntityFieldDescriptor
{
    private readonly EntityType _owner;
    private readonly string _name;
    private readonly EntityFieldKind _kind;
    private readonly Func<LambdaExpression> _expression;
    private readonly Func<EntityType>? _target;
    private Enum? _category;
    private bool _filterable, _sortable, _nonNull;
    private string? _description, _deprecation;
    private GraphQLType? _type;
    private int? _listSize, _cost;

    internal Func<DataCaller, LambdaExpression>? PerCaller { get; init; }
    internal Func<object?, IResolveFieldContext, object?>? Convert { get; init; }

    internal EntityFieldDescriptor(EntityType owner, string name, EntityFieldKind kind, Func<LambdaExpression> expression, Func<EntityType>? target)
    {
        _owner = owner;
        _name = NameValidation.AssertName(name);
        _kind = kind;
        _expression = expression;
        _target = target;
        _nonNull = kind == EntityFieldKind.Id;
    }

    /// <summary>The information category the sharing policy decides on. Required: an entity with an uncategorised field cannot be built.</summary>
    public EntityFieldDescriptor Category(Enum category)
    {
        _category = category ?? throw new ArgumentNullException(nameof(category));
        return this;
    }

    /// <summary>
    /// How many items a list field holds at most in practice, for the cost analysis of requests (a child's plans, a
    /// meeting's children); the schema's default list size when not given.
    /// </summary>
    public EntityFieldDescriptor ListSize(int assumedSize)
    {
        if (_kind != EntityFieldKind.List && PerCaller is null) throw new InvalidOperationException($"Field \"{_owner.Name}.{_name}\" is not a list.");
        ArgumentOutOfRangeException.ThrowIfLessThan(assumedSize, 1);
        _listSize = assumedSize;
        return this;
    }

    /// <summary>The field's weight in the cost analysis of requests (a computed field that adds work to the row's statement).</summary>
    public EntityFieldDescriptor Cost(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        _cost = weight;
        return this;
    }

    /// <summary>Offers the field in the entity's <c>where</c> input.</summary>
    public EntityFieldDescriptor Filterable()
    {
        if (PerCaller is not null) throw new InvalidOperationException($"Computed field \"{_owner.Name}.{_name}\" cannot be filtered on.");
        _filterable = true;
        return this;
    }

    /// <summary>Offers the field in the entity's <c>order</c> input (values and references only).</summary>
    public EntityFieldDescriptor Sortable()
    {
        if (_kind == EntityFieldKind.List || PerCaller is not null) throw new InvalidOperationException($"Field \"{_owner.Name}.{_name}\" cannot be sorted on.");
        _sortable = true;
        return this;
    }

    /// <summary>
    /// Makes the output type non-null. Only for fields the policy can never hide: a hidden value is null, and a null
    /// in a non-null field nulls its parent.
    /// </summary>
    public EntityFieldDescriptor NonNull()
    {
        _nonNull = true;
        return this;
    }

    /// <summary>The GraphQL output type (nullable form), when the one inferred from the CLR type is not wanted.</summary>
    public EntityFieldDescriptor Type(GraphQLType type)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public EntityFieldDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    public EntityFieldDescriptor Deprecated(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        _deprecation = reason;
        return this;
    }

    internal EntityField Build() => new(_owner, _name, _kind, _expression(), _target?.Invoke())
    {
        Category = _category,
        IsFilterable = _filterable,
        IsSortable = _sortable,
        NonNull = _nonNull,
        Description = _description,
        DeprecationReason = _deprecation,
        ExplicitType = _type,
        AssumedListSize = _listSize,
        Weight = _cost,
        PerCaller = PerCaller,
        Convert = Convert,
    };
}
