using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: a type extension extends a defined type of the same kind.</summary>
public static class PossibleTypeExtensionsRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor : ASTVisitor
    {
        private readonly SDLValidationContext _context;
        private readonly OrderedDictionary<string, TypeDefinitionNode> _defined = new(StringComparer.Ordinal);

        public Visitor(SDLValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode t)
                {
                    // As a JS Map: a repeated name keeps its first position and takes the last definition.
                    _defined[t.Name.Value] = t;
                }
            }
        }

        public override VisitAction Enter(Node node, VisitorContext _)
        {
            if (node is not TypeExtensionNode extension) return VisitAction.Continue;
            var typeName = extension.Name.Value;
            var schema = _context.Schema;
            NodeKind? expected = null;
            if (_defined.TryGetValue(typeName, out var definition)) expected = ExtensionKindOf(definition.Kind);
            else if (schema?.GetType(typeName) is { } existing) expected = ExtensionKindOf(existing);

            if (expected is not null)
            {
                if (expected != extension.Kind)
                {
                    _context.ReportError(new GraphQLError($"Cannot extend non-{KindName(extension.Kind)} type \"{typeName}\".",
                        definition is not null ? [definition, extension] : [extension]));
                }
            }
            else
            {
                var names = new List<string>(_defined.Keys);
                if (schema is not null) names.AddRange(schema.TypeMap.Keys);
                _context.ReportError(new GraphQLError($"Cannot extend type \"{typeName}\" because it is not defined."
                    + Suggestions.DidYouMean(Suggestions.SuggestionList(typeName, names)), extension.Name));
            }
            return VisitAction.Continue;
        }

        private static NodeKind? ExtensionKindOf(NodeKind definitionKind) => definitionKind switch
        {
            NodeKind.ScalarTypeDefinition => NodeKind.ScalarTypeExtension,
            NodeKind.ObjectTypeDefinition => NodeKind.ObjectTypeExtension,
            NodeKind.InterfaceTypeDefinition => NodeKind.InterfaceTypeExtension,
            NodeKind.UnionTypeDefinition => NodeKind.UnionTypeExtension,
            NodeKind.EnumTypeDefinition => NodeKind.EnumTypeExtension,
            NodeKind.InputObjectTypeDefinition => NodeKind.InputObjectTypeExtension,
            _ => null,
        };

        private static NodeKind ExtensionKindOf(NamedType type) => type.Kind switch
        {
            TypeKind.Scalar => NodeKind.ScalarTypeExtension,
            TypeKind.Object => NodeKind.ObjectTypeExtension,
            TypeKind.Interface => NodeKind.InterfaceTypeExtension,
            TypeKind.Union => NodeKind.UnionTypeExtension,
            TypeKind.Enum => NodeKind.EnumTypeExtension,
            _ => NodeKind.InputObjectTypeExtension,
        };

        private static string KindName(NodeKind extensionKind) => extensionKind switch
        {
            NodeKind.ScalarTypeExtension => "scalar",
            NodeKind.ObjectTypeExtension => "object",
            NodeKind.InterfaceTypeExtension => "interface",
            NodeKind.UnionTypeExtension => "union",
            NodeKind.EnumTypeExtension => "enum",
            _ => "input object",
        };
    }
}
