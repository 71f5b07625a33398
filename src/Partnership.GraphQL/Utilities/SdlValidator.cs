using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>validateSDL</c> for a document built into a new schema: the <c>specifiedSDLRules</c>
/// (LoneSchemaDefinition, UniqueOperationTypes, UniqueTypeNames, UniqueEnumValueNames, UniqueFieldDefinitionNames,
/// UniqueArgumentDefinitionNames, UniqueDirectiveNames, KnownTypeNames, KnownDirectives, UniqueDirectivesPerLocation,
/// PossibleTypeExtensions, KnownArgumentNamesOnDirectives, UniqueArgumentNames, UniqueInputFieldNames,
/// ProvidedRequiredArgumentsOnDirectives) run in one document-order walk, so errors come in graphql-js's order.
/// Executable definitions in the document are not checked.
/// </summary>
public static partial class SdlValidator
{
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document) => new Walker(document).Run();

    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    private sealed partial class Walker
    {
        private readonly DocumentNode _document;
        private readonly List<GraphQLError> _errors = [];

        // LoneSchemaDefinition, UniqueOperationTypes, UniqueTypeNames, UniqueEnumValueNames, UniqueFieldDefinitionNames, UniqueDirectiveNames
        private int _schemaDefinitions;
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypes = [];
        private readonly Dictionary<string, NameNode> _typeNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, NameNode>> _enumValues = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, NameNode>> _fieldNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NameNode> _directiveNames = new(StringComparer.Ordinal);

        // KnownTypeNames
        private readonly HashSet<string> _definedTypeNames = new(StringComparer.Ordinal);
        private readonly List<string> _definedTypeNameList = [];

        // KnownDirectives, UniqueDirectivesPerLocation, KnownArgumentNamesOnDirectives, ProvidedRequiredArgumentsOnDirectives
        private readonly Dictionary<string, HashSet<string>> _directiveLocations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _uniqueDirective = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _directiveArgs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArgs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);

        // PossibleTypeExtensions
        private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

        public Walker(DocumentNode document)
        {
            _document = document;
            foreach (var d in SpecifiedDirectives.All)
            {
                var locations = new HashSet<string>(StringComparer.Ordinal);
                foreach (var l in d.Locations) locations.Add(l.ToName());
                _directiveLocations[d.Name] = locations;
                _uniqueDirective[d.Name] = !d.IsRepeatable;
                _directiveArgs[d.Name] = d.Arguments.Select(a => a.Name).ToList();
                _requiredDirectiveArgs[d.Name] = d.Arguments.Where(InputCoercion.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList();
            }
            foreach (var def in document.Definitions)
            {
                switch (def)
                {
                    case DirectiveDefinitionNode dd:
                        _directiveLocations[dd.Name.Value] = new HashSet<string>(dd.Locations.Select(l => l.Value), StringComparer.Ordinal);
                        _uniqueDirective[dd.Name.Value] = !dd.Repeatable;
                        _directiveArgs[dd.Name.Value] = dd.Arguments.Select(a => a.Name.Value).ToList();
                        _requiredDirectiveArgs[dd.Name.Value] = dd.Arguments
                            .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                            .Select(a => (a.Name.Value, Printer.Print(a.Type))).ToList();
                        break;
                    case TypeDefinitionNode td:
                        if (_definedTypeNames.Add(td.Name.Value)) _definedTypeNameList.Add(td.Name.Value);
                        _definedTypes[td.Name.Value] = td;
                        break;
                }
            }
        }

        public IReadOnlyList<GraphQLError> Run()
        {
            foreach (var def in _document.Definitions) VisitDefinition(def);
            return _errors;
        }

        private void Report(string message, params Node[] nodes) => _errors.Add(new GraphQLError(message, nodes));

        private void VisitDefinition(DefinitionNode def)
        {
            switch (def)
            {
                case SchemaDefinitionNode s:
                    if (_schemaDefinitions > 0) Report("Must provide only one schema definition.", s);
                    _schemaDefinitions++;
                    CheckOperationTypes(s.OperationTypes);
                    EnterDirectivesHolder(s, s.Directives, _schemaDirectives);
                    VisitDirectives(s.Directives, DirectiveLocation.Schema);
                    foreach (var op in s.OperationTypes) VisitNamedType(op.Type);
                    break;
                case SchemaExtensionNode se:
                    CheckOperationTypes(se.OperationTypes);
                    EnterDirectivesHolder(se, se.Directives, _schemaDirectives);
                    VisitDirectives(se.Directives, DirectiveLocation.Schema);
                    foreach (var op in se.OperationTypes) VisitNamedType(op.Type);
                    break;
                case DirectiveDefinitionNode dd:
                    CheckArgumentDefinitions("@" + dd.Name.Value, dd.Arguments);
                    if (_directiveNames.TryGetValue(dd.Name.Value, out var known))
                        Report($"There can be only one directive named \"@{dd.Name.Value}\".", known, dd.Name);
                    else _directiveNames[dd.Name.Value] = dd.Name;
                    EnterDirectivesHolder(dd, dd.Directives, DirectiveSeen(dd.Name.Value));
                    foreach (var arg in dd.Arguments) VisitInputValue(arg, DirectiveLocation.ArgumentDefinition);
                    VisitDirectives(dd.Directives, DirectiveLocation.DirectiveDefinition);
                    break;
                case DirectiveExtensionNode de:
                    EnterDirectivesHolder(de, de.Directives, DirectiveSeen(de.Name.Value));
                    VisitDirectives(de.Directives, DirectiveLocation.DirectiveDefinition);
                    break;
                case TypeDefinitionNode td:
                    VisitTypeDefinition(td);
                    break;
                case TypeExtensionNode te:
                    VisitTypeExtension(te);
                    break;
            }
        }

        private Dictionary<string, DirectiveNode> DirectiveSeen(string name)
        {
            if (!_directiveDirectives.TryGetValue(name, out var seen)) _directiveDirectives[name] = seen = new(StringComparer.Ordinal);
            return seen;
        }

        private Dictionary<string, DirectiveNode> TypeSeen(string name)
        {
            if (!_typeDirectives.TryGetValue(name, out var seen)) _typeDirectives[name] = seen = new(StringComparer.Ordinal);
            return seen;
        }

        private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> ops)
        {
            foreach (var op in ops)
            {
                if (_operationTypes.TryGetValue(op.Operation, out var existing))
                    Report($"There can be only one {op.Operation.ToString().ToLowerInvariant()} type in schema.", existing, op);
                else _operationTypes[op.Operation] = op;
            }
        }

        private void CheckTypeName(TypeDefinitionNode node)
        {
            if (_typeNames.TryGetValue(node.Name.Value, out var known))
                Report($"There can be only one type named \"{node.Name.Value}\".", known, node.Name);
            else _typeNames[node.Name.Value] = node.Name;
        }

        private void CheckEnumValues(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            if (!_enumValues.TryGetValue(typeName, out var names)) _enumValues[typeName] = names = new(StringComparer.Ordinal);
            foreach (var v in values)
            {
                if (names.TryGetValue(v.Name.Value, out var known))
                    Report($"Enum value \"{typeName}.{v.Name.Value}\" can only be defined once.", known, v.Name);
                else names[v.Name.Value] = v.Name;
            }
        }

        private void CheckFieldNames(string typeName, IEnumerable<NameNode> fieldNames)
        {
            if (!_fieldNames.TryGetValue(typeName, out var names)) _fieldNames[typeName] = names = new(StringComparer.Ordinal);
            foreach (var n in fieldNames)
            {
                if (names.TryGetValue(n.Value, out var known))
                    Report($"Field \"{typeName}.{n.Value}\" can only be defined once.", known, n);
                else names[n.Value] = n;
            }
        }

        private void CheckArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> args)
        {
            var groups = new OrderedDictionary<string, List<NameNode>>(StringComparer.Ordinal);
            foreach (var a in args)
            {
                if (!groups.TryGetValue(a.Name.Value, out var list)) groups[a.Name.Value] = list = [];
                list.Add(a.Name);
            }
            foreach (var (name, nodes) in groups)
            {
                if (nodes.Count > 1) Report($"Argument \"{parentName}({name}:)\" can only be defined once.", [.. nodes]);
            }
        }

        private void CheckFieldArguments(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var f in fields) CheckArgumentDefinitions(typeName + "." + f.Name.Value, f.Arguments);
        }

        private void CheckExtension(TypeExtensionNode node)
        {
            var typeName = node.Name.Value;
            if (_definedTypes.TryGetValue(typeName, out var def))
            {
                if (ExtensionKindOf(def.Kind) != node.Kind)
                    Report($"Cannot extend non-{KindName(node.Kind)} type \"{typeName}\".", def, node);
            }
            else
            {
                Report($"Cannot extend type \"{typeName}\" because it is not defined." +
                    Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, _definedTypes.Keys)), node.Name);
            }
        }

        private static NodeKind ExtensionKindOf(NodeKind kind) => kind switch
        {
            NodeKind.ScalarTypeDefinition => NodeKind.ScalarTypeExtension,
            NodeKind.ObjectTypeDefinition => NodeKind.ObjectTypeExtension,
            NodeKind.InterfaceTypeDefinition => NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeDefinition => NodeKind.UnionTypeExtension,
            NodeKind.EnumTypeDefinition => NodeKind.EnumTypeExtension,
            _ => NodeKind.InputObjectTypeExtension,
        };

        private static string KindName(NodeKind kind) => kind switch
        {
            NodeKind.ScalarTypeExtension => "scalar",
            NodeKind.ObjectTypeExtension => "object",
            NodeKind.InterfaceTypeExtension => "interface",
            NodeKind.UnionTypeExtension => "union",
            NodeKind.EnumTypeExtension => "enum",
            _ => "input object",
        };

        private void VisitTypeDefinition(TypeDefinitionNode td)
        {
            var name = td.Name.Value;
            CheckTypeName(td);
            switch (td)
            {
                case EnumTypeDefinitionNode e: CheckEnumValues(name, e.Values); break;
                case InputObjectTypeDefinitionNode io: CheckFieldNames(name, io.Fields.Select(f => f.Name)); break;
                case InterfaceTypeDefinitionNode i: CheckFieldNames(name, i.Fields.Select(f => f.Name)); CheckFieldArguments(name, i.Fields); break;
                case ObjectTypeDefinitionNode o: CheckFieldNames(name, o.Fields.Select(f => f.Name)); CheckFieldArguments(name, o.Fields); break;
            }
            EnterDirectivesHolder(td, td.Directives, TypeSeen(name));
            VisitTypeBody(td, name);
        }

        private void VisitTypeExtension(TypeExtensionNode te)
        {
            var name = te.Name.Value;
            switch (te)
            {
                case EnumTypeExtensionNode e: CheckEnumValues(name, e.Values); break;
                case InputObjectTypeExtensionNode io: CheckFieldNames(name, io.Fields.Select(f => f.Name)); break;
                case InterfaceTypeExtensionNode i: CheckFieldNames(name, i.Fields.Select(f => f.Name)); CheckFieldArguments(name, i.Fields); break;
                case ObjectTypeExtensionNode o: CheckFieldNames(name, o.Fields.Select(f => f.Name)); CheckFieldArguments(name, o.Fields); break;
            }
            EnterDirectivesHolder(te, te.Directives, TypeSeen(name));
            CheckExtension(te);
            VisitTypeBody(te, name);
        }

        // Children in graphql-js key order: interfaces, directives, fields / types / values.
        private void VisitTypeBody(Node node, string name)
        {
            switch (node)
            {
                case ScalarTypeDefinitionNode sd: VisitDirectives(sd.Directives, DirectiveLocation.Scalar); break;
                case ScalarTypeExtensionNode sx: VisitDirectives(sx.Directives, DirectiveLocation.Scalar); break;
                case ObjectTypeDefinitionNode o: VisitFieldsHolder(o.Interfaces, o.Directives, o.Fields, DirectiveLocation.Object); break;
                case ObjectTypeExtensionNode o: VisitFieldsHolder(o.Interfaces, o.Directives, o.Fields, DirectiveLocation.Object); break;
                case InterfaceTypeDefinitionNode i: VisitFieldsHolder(i.Interfaces, i.Directives, i.Fields, DirectiveLocation.Interface); break;
                case InterfaceTypeExtensionNode i: VisitFieldsHolder(i.Interfaces, i.Directives, i.Fields, DirectiveLocation.Interface); break;
                case UnionTypeDefinitionNode u: VisitDirectives(u.Directives, DirectiveLocation.Union); foreach (var t in u.Types) VisitNamedType(t); break;
                case UnionTypeExtensionNode u: VisitDirectives(u.Directives, DirectiveLocation.Union); foreach (var t in u.Types) VisitNamedType(t); break;
                case EnumTypeDefinitionNode e: VisitDirectives(e.Directives, DirectiveLocation.Enum); VisitEnumValues(e.Values); break;
                case EnumTypeExtensionNode e: VisitDirectives(e.Directives, DirectiveLocation.Enum); VisitEnumValues(e.Values); break;
                case InputObjectTypeDefinitionNode io:
                    VisitDirectives(io.Directives, DirectiveLocation.InputObject);
                    foreach (var f in io.Fields) VisitInputValue(f, DirectiveLocation.InputFieldDefinition);
                    break;
                case InputObjectTypeExtensionNode io:
                    VisitDirectives(io.Directives, DirectiveLocation.InputObject);
                    foreach (var f in io.Fields) VisitInputValue(f, DirectiveLocation.InputFieldDefinition);
                    break;
            }
        }

        private void VisitFieldsHolder(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<FieldDefinitionNode> fields, DirectiveLocation location)
        {
            foreach (var i in interfaces) VisitNamedType(i);
            VisitDirectives(directives, location);
            foreach (var f in fields)
            {
                EnterDirectivesHolder(f, f.Directives, new(StringComparer.Ordinal));
                foreach (var a in f.Arguments) VisitInputValue(a, DirectiveLocation.ArgumentDefinition);
                VisitType(f.Type);
                VisitDirectives(f.Directives, DirectiveLocation.FieldDefinition);
            }
        }

        private void VisitEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
        {
            foreach (var v in values)
            {
                EnterDirectivesHolder(v, v.Directives, new(StringComparer.Ordinal));
                VisitDirectives(v.Directives, DirectiveLocation.EnumValue);
            }
        }

        private void VisitInputValue(InputValueDefinitionNode node, DirectiveLocation location)
        {
            EnterDirectivesHolder(node, node.Directives, new(StringComparer.Ordinal));
            VisitType(node.Type);
            if (node.DefaultValue is not null) VisitValue(node.DefaultValue);
            VisitDirectives(node.Directives, location);
        }

        private void VisitType(TypeNode type)
        {
            switch (type)
            {
                case NamedTypeNode n: VisitNamedType(n); break;
                case ListTypeNode l: VisitType(l.Type); break;
                case NonNullTypeNode nn: VisitType(nn.Type); break;
            }
        }

        // KnownTypeNames (SDL: the standard types are known).
        private void VisitNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (_definedTypeNames.Contains(typeName) || Array.IndexOf(StandardTypeNames, typeName) >= 0) return;
            var suggestions = Suggestions.SuggestionList(typeName, StandardTypeNames.Concat(_definedTypeNameList));
            Report($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), node);
        }
    }
}
