using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: directive names are unique, in the document and against the extended schema.</summary>
public static class UniqueDirectiveNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext _)
        {
            var name = node.Name.Value;
            if (context.Schema?.GetDirective(name) is not null)
            {
                context.ReportError(new GraphQLError($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", node.Name));
                return VisitAction.Continue;
            }
            if (_known.Repeats(node.Name) is { } first)
                context.ReportError(new GraphQLError($"There can be only one directive named \"@{name}\".", [first, node.Name]));
            return VisitAction.Skip;
        }
    }
}
