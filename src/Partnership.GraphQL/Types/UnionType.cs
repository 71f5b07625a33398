namespace Partnership.GraphQL.Types;

/// <summary>A union of object types (graphql-js <c>GraphQLUnionType</c>); members are given as a thunk.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private Func<IEnumerable<NamedType>>? _thunk;
    private IReadOnlyList<ObjectType>? _types;
    private IReadOnlyList<NamedType>? _declared;
    private readonly Lock _lock = new();

    public UnionType(string name, Func<IEnumerable<ObjectType>> types) : base(name)
    {
        _thunk = types ?? throw new ArgumentNullException(nameof(types));
    }

    public UnionType(string name, params ObjectType[] types) : this(name, () => types) { }

    /// <summary>For the SDL builder: members may name non-object types (schema validation reports them).</summary>
    internal UnionType(string name, Func<IEnumerable<NamedType>> types, bool fromSdl) : base(name)
    {
        _ = fromSdl;
        _thunk = types;
    }

    /// <summary>Declared members including invalid (non-object) references, for schema validation.</summary>
    internal IReadOnlyList<NamedType> DeclaredTypes { get { _ = Types; return _declared!; } }

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
                    NamedType[] declared = [.. _thunk!()];
                    var valid = new List<ObjectType>(declared.Length);
                    foreach (var t in declared) if (t is ObjectType o) valid.Add(o);
                    _declared = declared;
                    _thunk = null;
                    _types = valid.ToArray();
                }
                return _types;
            }
        }
    }

    /// <summary>Names the member type of a value; when null each member's <see cref="ObjectType.IsTypeOf"/> is tried.</summary>
    public TypeResolver? ResolveType { get; init; }
}
