using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Directives used are defined, and used only where their definition allows (spec 5.7.1, 5.7.2).</summary>
public static class KnownDirectivesRule
{
    /// <summary>For executable documents and for SDL.</summary>
    public static ASTVisitor Create(ASTValidationContext context) => new Visitor(context);

    private sealed class Visitor(ASTValidationContext context) : ASTVisitor
    {
        private readonly ASTValidationContext _context = context;
        private readonly Dictionary<string, HashSet<string>> _locations = DirectiveTables.For(context).Locations;

        public override VisitAction EnterDirective(DirectiveNode node, VisitorContext visit)
        {
            var name = node.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", node));
                return VisitAction.Continue;
            }
            var candidate = GetDirectiveLocation(visit);
            if (candidate is not null && !locations.Contains(candidate))
                _context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {candidate}.", node));
            return VisitAction.Continue;
        }

        private static string? GetDirectiveLocation(VisitorContext visit)
        {
            var ancestors = visit.Ancestors;
            var grandParent = ancestors.Length > 1 ? ancestors[^2] : null;
            return visit.Parent switch
            {
                OperationDefinitionNode op => op.Operation switch
                {
                    OperationType.Query => "QUERY",
                    OperationType.Mutation => "MUTATION",
                    _ => "SUBSCRIPTION",
                },
                FieldNode => "FIELD",
                FragmentSpreadNode => "FRAGMENT_SPREAD",
                InlineFragmentNode => "INLINE_FRAGMENT",
                FragmentDefinitionNode => "FRAGMENT_DEFINITION",
                VariableDefinitionNode => grandParent is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
                SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
                FieldDefinitionNode => "FIELD_DEFINITION",
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
                UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
                EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
                EnumValueDefinitionNode => "ENUM_VALUE",
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
                InputValueDefinitionNode => grandParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                    ? "INPUT_FIELD_DEFINITION"
                    : "ARGUMENT_DEFINITION",
                DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
                _ => null,
            };
        }
    }
}
