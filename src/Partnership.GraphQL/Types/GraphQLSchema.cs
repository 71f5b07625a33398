using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Types;

/// <summary>
/// A schema (graphql-js <c>GraphQLSchema</c>): root types, every type reachable from them, from the extra
/// <c>types</c> and from directive arguments (graphql-js <c>collectReferencedTypes</c>), and always the
/// introspection types. Construction runs every field thunk; it throws when two different types share a name.
/// A schema is immutable and safe to share between requests. Check it with <c>SchemaValidator.Validate</c>.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<NamedType>> _subTypes = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<DirectiveDefinition> _directives;

    public GraphQLSchema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        _directives = directives is null ? SpecifiedDirectives.All : [.. directives];

        var all = new OrderedDictionary<NamedType, bool>(ReferenceEqualityComparer.Instance);
        if (types is not null)
        {
            NamedType[] listed = [.. types];
            foreach (var t in listed) all.TryAdd(t, true);
            foreach (var t in listed)
            {
                // As graphql-js: an explicitly listed type is moved after the types it was listed with, then its references follow.
                all.Remove(t);
                Collect(t, all);
            }
        }
        if (query is not null) Collect(query, all);
        if (mutation is not null) Collect(mutation, all);
        if (subscription is not null) Collect(subscription, all);
        foreach (var directive in _directives)
        {
            foreach (var arg in directive.Arguments) Collect(arg.Type, all);
        }
        Collect(Introspection.Schema, all);

        _typeMap = new OrderedDictionary<string, NamedType>(all.Count, StringComparer.Ordinal);
        foreach (var (type, _) in all)
        {
            if (!_typeMap.TryAdd(type.Name, type))
                throw new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            if (type is InterfaceType iface)
            {
                foreach (var parent in iface.Interfaces) ImplementationsOf(parent.Name).Interfaces.Add(iface);
            }
            else if (type is ObjectType obj)
            {
                foreach (var parent in obj.Interfaces) ImplementationsOf(parent.Name).Objects.Add(obj);
            }
        }

        // Sub-type sets are built up front so IsSubType (hot in validation and execution) reads without locking.
        foreach (var type in _typeMap.Values)
        {
            if (type is UnionType union)
            {
                var set = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
                foreach (var t in union.Types) set.Add(t);
                _subTypes[union.Name] = set;
            }
            else if (type is InterfaceType iface)
            {
                var set = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
                var (objects, interfaces) = GetImplementations(iface);
                foreach (var t in objects) set.Add(t);
                foreach (var t in interfaces) set.Add(t);
                _subTypes[iface.Name] = set;
            }
        }
    }

    private (List<ObjectType> Objects, List<InterfaceType> Interfaces) ImplementationsOf(string name)
    {
        if (!_implementations.TryGetValue(name, out var entry))
        {
            entry = ([], []);
            _implementations[name] = entry;
        }
        return entry;
    }

    private static void Collect(GraphQLType type, OrderedDictionary<NamedType, bool> set)
    {
        var named = type.GetNamedType();
        if (!set.TryAdd(named, true)) return;
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, set);
                break;
            case IFieldsContainer container:
                foreach (var iface in container.Interfaces) Collect(iface, set);
                foreach (var field in container.Fields.Values)
                {
                    Collect(field.Type, set);
                    foreach (var arg in field.Arguments) Collect(arg.Type, set);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values) Collect(field.Type, set);
                break;
        }
    }

    public string? Description { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>The root type for an operation type, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>Every named type by name, in graphql-js's collection order.</summary>
    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    public NamedType? GetType(string name) => _typeMap.TryGetValue(name, out var t) ? t : null;

    public IReadOnlyList<DirectiveDefinition> Directives => _directives;

    public DirectiveDefinition? GetDirective(string name)
    {
        foreach (var d in _directives) if (d.Name == name) return d;
        return null;
    }

    /// <summary>The object types an abstract type can be at run time: a union's members or an interface's implementing objects.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => throw new ArgumentException("Expected a union or interface type.", nameof(abstractType)),
    };

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var entry) ? (entry.Objects, entry.Interfaces) : ([], []);

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, NamedType maybeSubType)
    {
        if (_subTypes.TryGetValue(abstractType.Name, out var set) && ReferenceEquals(_typeMap[abstractType.Name], abstractType))
            return set.Contains(maybeSubType);
        // An abstract type that is not part of this schema: answer from its own definition.
        return abstractType switch
        {
            UnionType union => union.Types.Contains(maybeSubType),
            InterfaceType iface => maybeSubType is IFieldsContainer c && c.Interfaces.Contains(iface),
            _ => false,
        };
    }

    /// <summary>
    /// A field of a parent type, including the meta fields: <c>__schema</c> and <c>__type</c> on the query type,
    /// <c>__typename</c> everywhere (graphql-js <c>schema.getField</c>).
    /// </summary>
    public FieldDefinition? GetField(NamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema": return ReferenceEquals(parentType, QueryType) ? Introspection.SchemaMetaField : null;
            case "__type": return ReferenceEquals(parentType, QueryType) ? Introspection.TypeMetaField : null;
            case "__typename": return Introspection.TypeNameMetaField;
        }
        return parentType is IFieldsContainer container ? container.GetField(fieldName) : null;
    }

    /// <summary>Root types named in SDL that are not object types (reported by schema validation).</summary>
    internal NamedType? InvalidQueryType { get; init; }
    internal NamedType? InvalidMutationType { get; init; }
    internal NamedType? InvalidSubscriptionType { get; init; }

    /// <summary>The root type as declared, even when it is not an object type.</summary>
    internal NamedType? GetDeclaredRootType(OperationType operation) => operation switch
    {
        OperationType.Query => (NamedType?)QueryType ?? InvalidQueryType,
        OperationType.Mutation => (NamedType?)MutationType ?? InvalidMutationType,
        _ => (NamedType?)SubscriptionType ?? InvalidSubscriptionType,
    };

    /// <summary>Cached result of schema validation (set by <c>SchemaValidator</c>).</summary>
    internal IReadOnlyList<GraphQLError>? ValidationErrors { get; set; }
}
