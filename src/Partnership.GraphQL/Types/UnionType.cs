namespace Partnership.GraphQL.Types;

/// <summary>A union of object types (graphql-js <c>GraphQLUnionType</c>); members are given as a thunk.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private Func<IEnumerable<ObjectType>>? _thunk;
    private IReadOnlyList<ObjectType>? _types;
    private readonly Lock _lock = new();

    public UnionType(string name, Func<IEnumerable<ObjectType>> types) : base(name)
    {
        _thunk = types ?? throw new ArgumentNullException(nameof(types));
    }

    public UnionType(string name, params ObjectType[] types) : this(name, () => types) { }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types
    {
        get
        {
            if (_types is not null) return _types;
            lock (_lock)
            {
                if (_types is null)
                {
                    _types = [.. _thunk!()];
                    _thunk = null;
                }
                return _types;
            }
        }
    }

    /// <summary>Names the member type of a value; when null each member's <see cref="ObjectType.IsTypeOf"/> is tried.</summary>
    public TypeResolver? ResolveType { get; init; }
}
