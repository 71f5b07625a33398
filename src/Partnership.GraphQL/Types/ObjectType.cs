namespace Partnership.GraphQL.Types;

/// <summary>
/// An object type (graphql-js <c>GraphQLObjectType</c>). Fields and interfaces are given as thunks (or a builder
/// action) run on first use, so types can refer to each other in any order.
/// </summary>
/// <example><code>
/// var child = new ObjectType("Child", t =>
/// {
///     t.Field("id", Scalars.ID.NonNull()).Resolve&lt;Child&gt;(c => c.Id);
///     t.Field("cases", caseType.NonNull().List().NonNull())
///      .Argument("first", Scalars.Int, defaultValue: 10)
///      .ResolveAsync&lt;Child&gt;(async (c, ctx) => await ctx.GetRequiredService&lt;ICases&gt;().ForChild(c.Id, ctx.GetArgument&lt;int&gt;("first"), ctx.CancellationToken));
///     t.IsTypeOf&lt;Child&gt;();
/// }) { Description = "A child known to at least one agency." };
/// </code></example>
public sealed class ObjectType : NamedType, IFieldsContainer
{
    private readonly FieldsHolder _holder;
    private IsTypeOf? _isTypeOf;

    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _holder = new FieldsHolder(this, () => (fields(), (IEnumerable<NamedType>?)interfaces?.Invoke() ?? []));
    }

    public ObjectType(string name, Action<ObjectTypeBuilder> configure) : base(name)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _holder = new FieldsHolder(this, () =>
        {
            var builder = new ObjectTypeBuilder(name);
            configure(builder);
            if (builder.IsTypeOfPredicate is not null) _isTypeOf = builder.IsTypeOfPredicate;
            return (builder.BuildFields(), (IEnumerable<NamedType>)builder.InterfaceList);
        });
    }

    /// <summary>For the SDL builder: interfaces may name non-interface types, repeated fields replace earlier ones.</summary>
    internal ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<NamedType>> interfaces, bool fromSdl)
        : base(name)
    {
        _holder = new FieldsHolder(this, () => (fields(), interfaces()), lastWins: fromSdl);
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Declared interfaces including invalid (non-interface) references, for schema validation.</summary>
    internal IReadOnlyList<NamedType> DeclaredInterfaces => _holder.DeclaredInterfaces;

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _holder.Fields;

    /// <summary>The interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _holder.Interfaces;

    /// <summary>Decides whether a value is of this type when an abstract type has no <see cref="TypeResolver"/>.</summary>
    public IsTypeOf? IsTypeOf
    {
        get { _holder.Ensure(); return _isTypeOf; }
        init => _isTypeOf = value;
    }

    public FieldDefinition? GetField(string name) => _holder.Fields.TryGetValue(name, out var f) ? f : null;
}

/// <summary>
/// An interface type (graphql-js <c>GraphQLInterfaceType</c>); interfaces may implement interfaces.
/// </summary>
public sealed class InterfaceType : NamedType, IFieldsContainer, IAbstractType
{
    private readonly FieldsHolder _holder;
    private TypeResolver? _resolveType;

    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _holder = new FieldsHolder(this, () => (fields(), (IEnumerable<NamedType>?)interfaces?.Invoke() ?? []));
    }

    public InterfaceType(string name, Action<InterfaceTypeBuilder> configure) : base(name)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _holder = new FieldsHolder(this, () =>
        {
            var builder = new InterfaceTypeBuilder(name);
            configure(builder);
            if (builder.TypeResolver is not null) _resolveType = builder.TypeResolver;
            return (builder.BuildFields(), (IEnumerable<NamedType>)builder.InterfaceList);
        });
    }

    /// <summary>For the SDL builder: interfaces may name non-interface types, repeated fields replace earlier ones.</summary>
    internal InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<NamedType>> interfaces, bool fromSdl)
        : base(name)
    {
        _holder = new FieldsHolder(this, () => (fields(), interfaces()), lastWins: fromSdl);
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Declared interfaces including invalid (non-interface) references, for schema validation.</summary>
    internal IReadOnlyList<NamedType> DeclaredInterfaces => _holder.DeclaredInterfaces;

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _holder.Fields;

    public IReadOnlyList<InterfaceType> Interfaces => _holder.Interfaces;

    /// <summary>Names the object type of a value; when null each possible type's <see cref="ObjectType.IsTypeOf"/> is tried.</summary>
    public TypeResolver? ResolveType
    {
        get { _holder.Ensure(); return _resolveType; }
        init => _resolveType = value;
    }

    public FieldDefinition? GetField(string name) => _holder.Fields.TryGetValue(name, out var f) ? f : null;
}

/// <summary>Runs a type's field thunk once, thread-safely, and keeps the result.</summary>
internal sealed class FieldsHolder
{
    private readonly NamedType _owner;
    private readonly bool _lastWins;
    private Func<(IEnumerable<FieldDefinition> Fields, IEnumerable<NamedType> Interfaces)>? _thunk;
    private IReadOnlyDictionary<string, FieldDefinition>? _fields;
    private IReadOnlyList<InterfaceType>? _interfaces;
    private IReadOnlyList<NamedType>? _declared;
    private readonly Lock _lock = new();

    /// <param name="lastWins">SDL semantics: a repeated field name replaces the earlier one (graphql-js object maps) instead of throwing.</param>
    public FieldsHolder(NamedType owner, Func<(IEnumerable<FieldDefinition>, IEnumerable<NamedType>)> thunk, bool lastWins = false)
    {
        _owner = owner;
        _thunk = thunk;
        _lastWins = lastWins;
    }

    public IReadOnlyDictionary<string, FieldDefinition> Fields { get { Ensure(); return _fields!; } }

    public IReadOnlyList<InterfaceType> Interfaces { get { Ensure(); return _interfaces!; } }

    /// <summary>The interfaces as declared, including references to types that are not interfaces (schema validation reports them).</summary>
    public IReadOnlyList<NamedType> DeclaredInterfaces { get { Ensure(); return _declared!; } }

    public void Ensure()
    {
        if (_fields is not null) return;
        lock (_lock)
        {
            if (_fields is not null) return;
            var (fields, interfaces) = _thunk!();
            var map = new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                field.ParentType ??= _owner;
                if (map.TryAdd(field.Name, field)) continue;
                if (_lastWins) map[field.Name] = field;
                else throw new ArgumentException($"{_owner.Name}.{field.Name} is defined more than once.");
            }
            NamedType[] declared = [.. interfaces];
            var valid = new List<InterfaceType>(declared.Length);
            foreach (var t in declared) if (t is InterfaceType i) valid.Add(i);
            _declared = declared;
            _interfaces = valid.ToArray();
            _thunk = null;
            _fields = map;
        }
    }
}
