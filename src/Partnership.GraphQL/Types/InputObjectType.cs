namespace Partnership.GraphQL.Types;

/// <summary>
/// An input object type (graphql-js <c>GraphQLInputObjectType</c>); fields are given as a thunk or builder run on
/// first use. <see cref="IsOneOf"/> marks a <c>@oneOf</c> input: exactly one field, non-null, must be given.
/// Coerced values are <see cref="IReadOnlyDictionary{TKey,TValue}"/> of field name to value.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private Func<IEnumerable<InputFieldDefinition>>? _thunk;
    private IReadOnlyDictionary<string, InputFieldDefinition>? _fields;
    private readonly Lock _lock = new();

    public InputObjectType(string name, Func<IEnumerable<InputFieldDefinition>> fields) : base(name)
    {
        _thunk = fields ?? throw new ArgumentNullException(nameof(fields));
    }

    public InputObjectType(string name, Action<InputObjectTypeBuilder> configure) : base(name)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _thunk = () =>
        {
            var builder = new InputObjectTypeBuilder();
            configure(builder);
            return builder.Build();
        };
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public bool IsOneOf { get; init; }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyDictionary<string, InputFieldDefinition> Fields
    {
        get
        {
            if (_fields is not null) return _fields;
            lock (_lock)
            {
                if (_fields is not null) return _fields;
                var map = new OrderedDictionary<string, InputFieldDefinition>(StringComparer.Ordinal);
                foreach (var def in _thunk!())
                {
                    def.ParentType ??= this;
                    if (!map.TryAdd(def.Name, def))
                        throw new ArgumentException($"{Name}.{def.Name} is defined more than once.");
                }
                _thunk = null;
                return _fields = map;
            }
        }
    }

    public InputFieldDefinition? GetField(string name) => Fields.TryGetValue(name, out var f) ? f : null;
}
