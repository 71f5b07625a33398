using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Types;

/// <summary>
/// The type-system rules of graphql-js 17.1's <c>validateSchema</c>, with its messages and error order: root types,
/// directives, names, fields, interfaces (including interface inheritance), unions, enums, input objects, @oneOf,
/// default values, default-value cycles and input objects that cannot have a finite value. The result is cached on
/// the schema.
/// </summary>
public static partial class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        if (schema.ValidationErrors is { } cached) return cached;
        var context = new Context(schema);
        context.ValidateRootTypes();
        context.ValidateDirectives();
        context.ValidateTypes();
        schema.ValidationErrors = context.Errors;
        return context.Errors;
    }

    /// <summary>Throws when the schema is invalid, with the messages joined as graphql-js's <c>assertValidSchema</c>.</summary>
    public static void AssertValid(GraphQLSchema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n\n", errors.Select(e => e.Message)));
    }

    private sealed partial class Context(GraphQLSchema schema)
    {
        public readonly List<GraphQLError> Errors = [];
        private readonly GraphQLSchema _schema = schema;

        private void Report(string message, params Node?[] nodes)
        {
            var list = new List<Node>(nodes.Length);
            foreach (var n in nodes) if (n is not null) list.Add(n);
            Errors.Add(new GraphQLError(message, list));
        }

        private void Report(string message, IEnumerable<Node?> nodes) => Report(message, nodes.ToArray());

        public void ReportCycle(string message, IEnumerable<Node?> nodes) => Report(message, nodes);

        public void ValidateRootTypes()
        {
            if (_schema.GetDeclaredRootType(OperationType.Query) is null)
                Report("Query root type must be provided.", _schema.AstNode);
            var byType = new OrderedDictionary<NamedType, List<OperationType>>(ReferenceEqualityComparer.Instance);
            foreach (var op in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
            {
                var root = _schema.GetDeclaredRootType(op);
                if (root is null) continue;
                if (root is not ObjectType)
                {
                    var opName = op.ToString();
                    Report(op == OperationType.Query
                        ? $"{opName} root type must be Object type, it cannot be {root.Name}."
                        : $"{opName} root type must be Object type if provided, it cannot be {root.Name}.",
                        (Node?)OperationTypeNode(op) ?? root.AstNode);
                }
                else
                {
                    if (!byType.TryGetValue(root, out var ops)) byType[root] = ops = [];
                    ops.Add(op);
                }
            }
            foreach (var (root, ops) in byType)
            {
                if (ops.Count > 1)
                {
                    Report($"All root types must be different, \"{root.Name}\" type is used as {Suggestions.AndList(ops.Select(o => o.ToString().ToLowerInvariant()).ToList())} root types.",
                        ops.Select(o => (Node?)OperationTypeNode(o)));
                }
            }
        }

        private NamedTypeNode? OperationTypeNode(OperationType operation)
        {
            var nodes = new List<IReadOnlyList<OperationTypeDefinitionNode>>();
            if (_schema.AstNode is not null) nodes.Add(_schema.AstNode.OperationTypes);
            foreach (var e in _schema.ExtensionAstNodes) nodes.Add(e.OperationTypes);
            foreach (var list in nodes)
            {
                foreach (var op in list) if (op.Operation == operation) return op.Type;
            }
            return null;
        }

        public void ValidateDirectives()
        {
            foreach (var directive in _schema.Directives)
            {
                ValidateName(directive.Name, directive.AstNode);
                if (directive.Locations.Count == 0)
                    Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
                foreach (var arg in directive.Arguments)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType)
                        Report($"The type of {arg} must be Input Type but got: {arg.Type}.", arg.AstNode);
                    if (InputCoercion.IsRequired(arg) && arg.DeprecationReason is not null)
                        Report($"Required argument {arg} cannot be deprecated.", DeprecatedDirective(arg.AstNode?.Directives), arg.AstNode?.Type);
                    ValidateDefaultValue(arg);
                }
            }
        }

        private void ValidateDefaultValue(InputValueDefinition value)
        {
            // graphql-js validates `default` (an SDL literal here); a code-first internal default is trusted as graphql-js's legacy `defaultValue`.
            var literal = value.DefaultValueLiteral;
            if (literal is null) return;
            var errors = new List<(GraphQLError Error, IReadOnlyList<object> Path)>();
            InputValidation.ValidateInputLiteral(literal, value.Type, (e, p) => errors.Add((e, p)));
            foreach (var (error, path) in errors)
            {
                Report($"{value} has invalid default value{InputValidation.PrintPath(path)}: {error.Message}",
                    error.Nodes.Count > 0 ? error.Nodes.ToArray<Node?>() : [value.AstNode?.DefaultValue]);
            }
        }

        private void ValidateName(string name, Node? node)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
                Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }

        private static DirectiveNode? DeprecatedDirective(IReadOnlyList<DirectiveNode>? directives)
        {
            if (directives is null) return null;
            foreach (var d in directives) if (d.Name.Value == "deprecated") return d;
            return null;
        }

        public void ValidateTypes()
        {
            var defaultCycles = new DefaultValueCycles(this);
            var finiteStates = new OrderedDictionary<InputObjectType, FiniteState>(ReferenceEqualityComparer.Instance);
            foreach (var type in _schema.TypeMap.Values)
            {
                if (!Introspection.IsIntrospectionType(type)) ValidateName(type.Name, type.AstNode);
                switch (type)
                {
                    case ObjectType o:
                        ValidateFields(o, o.Fields.Values);
                        ValidateInterfaces(o, o.DeclaredInterfaces);
                        break;
                    case InterfaceType i:
                        ValidateFields(i, i.Fields.Values);
                        ValidateInterfaces(i, i.DeclaredInterfaces);
                        break;
                    case UnionType u:
                        ValidateUnionMembers(u);
                        break;
                    case EnumType e:
                        if (e.Values.Count == 0)
                            Report($"Enum type {e.Name} must define one or more values.", AllNodes(e));
                        foreach (var v in e.Values) ValidateName(v.Name, v.AstNode);
                        break;
                    case InputObjectType io:
                        ValidateInputFields(io);
                        finiteStates[io] = new FiniteState(io);
                        defaultCycles.Validate(io);
                        break;
                }
            }
            DetectNonFiniteValues(finiteStates);
        }

        private static IEnumerable<Node?> AllNodes(NamedType type) => type.ExtensionAstNodes.Cast<Node?>().Prepend(type.AstNode);

        private void ValidateFields(NamedType type, IEnumerable<FieldDefinition> fieldsEnumerable)
        {
            var fields = fieldsEnumerable.ToList();
            if (fields.Count == 0) Report($"Type {type.Name} must define one or more fields.", AllNodes(type));
            foreach (var field in fields)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsOutputType)
                    Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
                foreach (var arg in field.Arguments)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType)
                        Report($"The type of {arg} must be Input Type but got: {arg.Type}.", arg.AstNode?.Type);
                    if (InputCoercion.IsRequired(arg) && arg.DeprecationReason is not null)
                        Report($"Required argument {arg} cannot be deprecated.", DeprecatedDirective(arg.AstNode?.Directives), arg.AstNode?.Type);
                    ValidateDefaultValue(arg);
                }
            }
        }

        private static IReadOnlyList<NamedType> DeclaredInterfaces(NamedType type) => type switch
        {
            ObjectType o => o.DeclaredInterfaces,
            InterfaceType i => i.DeclaredInterfaces,
            _ => [],
        };

        private void ValidateInterfaces(NamedType type, IReadOnlyList<NamedType> interfaces)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in interfaces)
            {
                if (candidate is not InterfaceType iface)
                {
                    Report($"Type {type.Name} must only implement Interface types, it cannot implement {candidate.Name}.", ImplementsNodes(type, candidate.Name));
                    continue;
                }
                if (ReferenceEquals(type, iface))
                {
                    Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                    continue;
                }
                if (!seen.Add(iface.Name))
                {
                    Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                    continue;
                }
                ValidateImplementsAncestors(type, iface, interfaces);
                ValidateImplementsInterface((IFieldsContainer)type, type, iface);
            }
        }

        private void ValidateImplementsInterface(IFieldsContainer container, NamedType type, InterfaceType iface)
        {
            foreach (var ifaceField in iface.Fields.Values)
            {
                var typeField = container.GetField(ifaceField.Name);
                if (typeField is null)
                {
                    Report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.",
                        AllNodes(type).Prepend(ifaceField.AstNode));
                    continue;
                }
                if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, ifaceField.Type))
                    Report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                        ifaceField.AstNode?.Type, typeField.AstNode?.Type);
                foreach (var ifaceArg in ifaceField.Arguments)
                {
                    var typeArg = typeField.GetArgument(ifaceArg.Name);
                    if (typeArg is null)
                    {
                        Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                            ifaceArg.AstNode, typeField.AstNode);
                        continue;
                    }
                    if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                        Report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                            ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
                }
                foreach (var typeArg in typeField.Arguments)
                {
                    if (InputCoercion.IsRequired(typeArg) && ifaceField.GetArgument(typeArg.Name) is null)
                        Report($"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                            typeArg.AstNode, ifaceField.AstNode);
                }
                if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
                    Report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                        DeprecatedDirective(typeField.AstNode?.Directives), typeField.AstNode?.Type);
            }
        }

        private void ValidateImplementsAncestors(NamedType type, InterfaceType iface, IReadOnlyList<NamedType> typeInterfaces)
        {
            foreach (var transitive in iface.DeclaredInterfaces)
            {
                var included = false;
                foreach (var t in typeInterfaces) if (ReferenceEquals(t, transitive)) { included = true; break; }
                if (included) continue;
                Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    ImplementsNodes(iface, transitive.Name).Concat(ImplementsNodes(type, iface.Name)));
            }
        }

        private static IEnumerable<Node?> ImplementsNodes(NamedType type, string ifaceName)
        {
            foreach (var node in AllNodes(type))
            {
                var interfaces = node switch
                {
                    ObjectTypeDefinitionNode o => o.Interfaces,
                    ObjectTypeExtensionNode o => o.Interfaces,
                    InterfaceTypeDefinitionNode i => i.Interfaces,
                    InterfaceTypeExtensionNode i => i.Interfaces,
                    _ => [],
                };
                foreach (var n in interfaces) if (n.Name.Value == ifaceName) yield return n;
            }
        }

        private void ValidateUnionMembers(UnionType union)
        {
            var members = union.DeclaredTypes;
            if (members.Count == 0) Report($"Union type {union.Name} must define one or more member types.", AllNodes(union));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                if (!seen.Add(member.Name))
                {
                    Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
                    continue;
                }
                if (member is not ObjectType)
                    Report($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", MemberNodes(union, member.Name));
            }
        }

        private static IEnumerable<Node?> MemberNodes(UnionType union, string name)
        {
            foreach (var node in AllNodes(union))
            {
                var types = node switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                };
                foreach (var t in types) if (t.Name.Value == name) yield return t;
            }
        }

        private void ValidateInputFields(InputObjectType inputObject)
        {
            var fields = inputObject.Fields.Values.ToList();
            if (fields.Count == 0) Report($"Input Object type {inputObject.Name} must define one or more fields.", AllNodes(inputObject));
            foreach (var field in fields)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsInputType)
                    Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
                if (InputCoercion.IsRequired(field) && field.DeprecationReason is not null)
                    Report($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field.AstNode?.Directives), field.AstNode?.Type);
                ValidateDefaultValue(field);
                if (inputObject.IsOneOf)
                {
                    if (field.Type is NonNullType)
                        Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                    if (field.HasDefaultValue)
                        Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }
}
