using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL (graphql-js <c>buildSchema</c>/<c>buildASTSchema</c>): type and directive definitions,
/// extensions in the same document, a <c>schema</c> definition or the default root type names, descriptions, and
/// <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c> read from the AST. The document is first checked with
/// graphql-js's SDL rules (<see cref="DocumentValidator.ValidateSdl"/>); every field resolves with the default resolver.
/// </summary>
public static class SchemaBuilder
{
    /// <summary>Parses and builds. Throws the parser's <see cref="GraphQLError"/> for a syntax error and
    /// <see cref="SdlValidationException"/> when the SDL breaks an SDL rule.</summary>
    public static GraphQLSchema BuildSchema(string sdl, bool assumeValidSdl = false) =>
        BuildAstSchema(Parser.Parse(new Source(sdl)), assumeValidSdl);

    public static GraphQLSchema BuildAstSchema(DocumentNode document, bool assumeValidSdl = false)
    {
        if (!assumeValidSdl)
        {
            var errors = DocumentValidator.ValidateSdl(document);
            if (errors.Count > 0) throw new SdlValidationException(errors);
        }
        return new Build(document).Run();
    }

    private sealed class Build
    {
        private readonly DocumentNode _document;
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<DirectiveExtensionNode>> _directiveExtensions = new(StringComparer.Ordinal);

        private static readonly Dictionary<string, NamedType> StandardTypes = CreateStandardTypes();

        private static Dictionary<string, NamedType> CreateStandardTypes()
        {
            var map = new Dictionary<string, NamedType>(StringComparer.Ordinal);
            foreach (var t in Scalars.Specified) map[t.Name] = t;
            foreach (var t in Introspection.Types) map[t.Name] = t;
            return map;
        }

        public Build(DocumentNode document) => _document = document;

        public GraphQLSchema Run()
        {
            var typeDefs = new List<TypeDefinitionNode>();
            var directiveDefs = new List<DirectiveDefinitionNode>();
            SchemaDefinitionNode? schemaDef = null;
            var schemaExtensions = new List<SchemaExtensionNode>();
            foreach (var def in _document.Definitions)
            {
                switch (def)
                {
                    case SchemaDefinitionNode s: schemaDef = s; break;
                    case SchemaExtensionNode se: schemaExtensions.Add(se); break;
                    case DirectiveDefinitionNode d: directiveDefs.Add(d); break;
                    case DirectiveExtensionNode de: Add(_directiveExtensions, de.Name.Value, de); break;
                    case TypeDefinitionNode t: typeDefs.Add(t); break;
                    case TypeExtensionNode te: Add(_extensions, te.Name.Value, te); break;
                }
            }

            var types = new List<NamedType>(typeDefs.Count);
            foreach (var typeDef in typeDefs)
            {
                var name = typeDef.Name.Value;
                var type = StandardTypes.TryGetValue(name, out var std) ? std : BuildNamedType(typeDef);
                if (_types.TryAdd(name, type)) types.Add(type);
                else
                {
                    // A repeated definition replaces the earlier one in place, as graphql-js's type map does.
                    _types[name] = type;
                    types[types.FindIndex(t => t.Name == name)] = type;
                }
            }

            NamedType? query = null, mutation = null, subscription = null;
            void ApplyOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> ops)
            {
                foreach (var op in ops)
                {
                    var type = NamedTypeFromAst(op.Type);
                    switch (op.Operation)
                    {
                        case OperationType.Query: query = type; break;
                        case OperationType.Mutation: mutation = type; break;
                        case OperationType.Subscription: subscription = type; break;
                    }
                }
            }
            if (schemaDef is not null) ApplyOperationTypes(schemaDef.OperationTypes);
            foreach (var ext in schemaExtensions) ApplyOperationTypes(ext.OperationTypes);
            if (schemaDef is null)
            {
                foreach (var type in types)
                {
                    switch (type.Name)
                    {
                        case "Query": query = type; break;
                        case "Mutation": mutation = type; break;
                        case "Subscription": subscription = type; break;
                    }
                }
            }

            var directives = new List<DirectiveDefinition>();
            foreach (var d in directiveDefs) directives.Add(BuildDirective(d));
            foreach (var std in SpecifiedDirectives.All)
            {
                if (!directives.Exists(d => d.Name == std.Name)) directives.Add(std);
            }

            return new GraphQLSchema(query as ObjectType, mutation as ObjectType, subscription as ObjectType, types, directives)
            {
                InvalidQueryType = query is ObjectType ? null : query,
                InvalidMutationType = mutation is ObjectType ? null : mutation,
                InvalidSubscriptionType = subscription is ObjectType ? null : subscription,
                Description = schemaDef?.Description?.Value,
                AstNode = schemaDef,
                ExtensionAstNodes = schemaExtensions,
            };
        }

        private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(value);
        }

        private NamedType NamedTypeFromAst(NamedTypeNode node)
        {
            var name = node.Name.Value;
            if (StandardTypes.TryGetValue(name, out var std)) return std;
            return _types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown type: \"{name}\".");
        }

        private GraphQLType TypeFromAst(TypeNode node) => node switch
        {
            ListTypeNode l => new ListType(TypeFromAst(l.Type)),
            NonNullTypeNode n => new NonNullType(TypeFromAst(n.Type)),
            NamedTypeNode named => NamedTypeFromAst(named),
            _ => throw new InvalidOperationException("Unexpected type node."),
        };

        private List<T> ExtensionsOf<T>(string name) where T : TypeExtensionNode
        {
            var result = new List<T>();
            if (_extensions.TryGetValue(name, out var list))
            {
                foreach (var e in list) if (e is T t) result.Add(t);
            }
            return result;
        }

        private NamedType BuildNamedType(TypeDefinitionNode def)
        {
            var name = def.Name.Value;
            var description = def.Description?.Value;
            switch (def)
            {
                case ObjectTypeDefinitionNode o:
                {
                    var exts = ExtensionsOf<ObjectTypeExtensionNode>(name);
                    return new ObjectType(name,
                        () => BuildFields(o.Fields, exts.Select(e => e.Fields)),
                        () => BuildInterfaces(o.Interfaces, exts.Select(e => e.Interfaces)), fromSdl: true)
                    {
                        Description = description, AstNode = def, ExtensionAstNodes = exts,
                    };
                }
                case InterfaceTypeDefinitionNode i:
                {
                    var exts = ExtensionsOf<InterfaceTypeExtensionNode>(name);
                    return new InterfaceType(name,
                        () => BuildFields(i.Fields, exts.Select(e => e.Fields)),
                        () => BuildInterfaces(i.Interfaces, exts.Select(e => e.Interfaces)), fromSdl: true)
                    {
                        Description = description, AstNode = def, ExtensionAstNodes = exts,
                    };
                }
                case UnionTypeDefinitionNode u:
                {
                    var exts = ExtensionsOf<UnionTypeExtensionNode>(name);
                    return new UnionType(name, () => BuildInterfaces(u.Types, exts.Select(e => e.Types)), fromSdl: true)
                    {
                        Description = description, AstNode = def, ExtensionAstNodes = exts,
                    };
                }
                case EnumTypeDefinitionNode e:
                {
                    var exts = ExtensionsOf<EnumTypeExtensionNode>(name);
                    var values = new OrderedDictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
                    foreach (var list in exts.Select(x => x.Values).Prepend(e.Values))
                    {
                        foreach (var v in list)
                        {
                            values[v.Name.Value] = new EnumValueDefinition(v.Name.Value)
                            {
                                Description = v.Description?.Value,
                                DeprecationReason = DeprecationReason(v.Directives),
                                AstNode = v,
                            };
                        }
                    }
                    return new EnumType(name, values.Values) { Description = description, AstNode = def, ExtensionAstNodes = exts };
                }
                case ScalarTypeDefinitionNode s:
                {
                    var exts = ExtensionsOf<ScalarTypeExtensionNode>(name);
                    var url = SpecifiedByUrl(s.Directives);
                    foreach (var ext in exts) url = SpecifiedByUrl(ext.Directives) ?? url;
                    return new ScalarType(name) { Description = description, SpecifiedByUrl = url, AstNode = def, ExtensionAstNodes = exts };
                }
                case InputObjectTypeDefinitionNode io:
                {
                    var exts = ExtensionsOf<InputObjectTypeExtensionNode>(name);
                    return new InputObjectType(name, () => BuildInputFields(exts.Select(x => x.Fields).Prepend(io.Fields)))
                    {
                        Description = description,
                        AstNode = def,
                        ExtensionAstNodes = exts,
                        IsOneOf = FindDirective(io.Directives, "oneOf") is not null,
                    };
                }
            }
            throw new InvalidOperationException("Unexpected type definition: " + def.Kind);
        }

        private IEnumerable<FieldDefinition> BuildFields(IReadOnlyList<FieldDefinitionNode> own, IEnumerable<IReadOnlyList<FieldDefinitionNode>> extensions)
        {
            var result = new List<FieldDefinition>();
            foreach (var list in extensions.Prepend(own))
            {
                foreach (var f in list)
                {
                    result.Add(new FieldDefinition(f.Name.Value, TypeFromAst(f.Type))
                    {
                        Description = f.Description?.Value,
                        Arguments = BuildArguments(f.Arguments),
                        DeprecationReason = DeprecationReason(f.Directives),
                        AstNode = f,
                    });
                }
            }
            return result;
        }

        private ArgumentDefinition[] BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
        {
            var map = new OrderedDictionary<string, ArgumentDefinition>(StringComparer.Ordinal);
            foreach (var a in nodes)
            {
                map[a.Name.Value] = new ArgumentDefinition(a.Name.Value, TypeFromAst(a.Type))
                {
                    Description = a.Description?.Value,
                    DefaultValueLiteral = a.DefaultValue,
                    DeprecationReason = DeprecationReason(a.Directives),
                    AstNode = a,
                };
            }
            return [.. map.Values];
        }

        private IEnumerable<InputFieldDefinition> BuildInputFields(IEnumerable<IReadOnlyList<InputValueDefinitionNode>> lists)
        {
            var map = new OrderedDictionary<string, InputFieldDefinition>(StringComparer.Ordinal);
            foreach (var list in lists)
            {
                foreach (var f in list)
                {
                    map[f.Name.Value] = new InputFieldDefinition(f.Name.Value, TypeFromAst(f.Type))
                    {
                        Description = f.Description?.Value,
                        DefaultValueLiteral = f.DefaultValue,
                        DeprecationReason = DeprecationReason(f.Directives),
                        AstNode = f,
                    };
                }
            }
            return map.Values;
        }

        private IEnumerable<NamedType> BuildInterfaces(IReadOnlyList<NamedTypeNode> own, IEnumerable<IReadOnlyList<NamedTypeNode>> extensions)
        {
            var result = new List<NamedType>();
            foreach (var list in extensions.Prepend(own))
            {
                foreach (var n in list) result.Add(NamedTypeFromAst(n));
            }
            return result;
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
        {
            var extensions = _directiveExtensions.TryGetValue(node.Name.Value, out var list) ? list : [];
            var reason = DeprecationReason(node.Directives);
            if (reason is null)
            {
                foreach (var ext in extensions)
                {
                    reason = DeprecationReason(ext.Directives);
                    if (reason is not null) break;
                }
            }
            var locations = new DirectiveLocation[node.Locations.Count];
            for (int i = 0; i < locations.Length; i++)
            {
                if (!DirectiveLocations.TryParse(node.Locations[i].Value, out locations[i]))
                    throw new GraphQLError($"Unexpected directive location \"{node.Locations[i].Value}\".", node.Locations[i]);
            }
            return new DirectiveDefinition(node.Name.Value, locations)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                Arguments = BuildArguments(node.Arguments),
                DeprecationReason = reason,
                AstNode = node,
                ExtensionAstNodes = extensions,
            };
        }
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var d in directives) if (d.Name.Value == name) return d;
        return null;
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        DirectiveArgument(directives, SpecifiedDirectives.Deprecated, "reason") as string;

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        DirectiveArgument(directives, SpecifiedDirectives.SpecifiedBy, "url") as string;

    // graphql-js getDirectiveValues for one argument of a directive applied in SDL (no variables).
    private static object? DirectiveArgument(IReadOnlyList<DirectiveNode> directives, DirectiveDefinition definition, string argument)
    {
        var values = ArgumentValues.GetDirectiveValues(definition, directives, null);
        return values is not null && values.TryGetValue(argument, out var v) ? v : null;
    }
}

/// <summary>The SDL broke one or more of graphql-js's SDL rules; <see cref="Exception.Message"/> joins them as graphql-js does.</summary>
public sealed class SdlValidationException : Exception
{
    public SdlValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
