using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Operation names are unique within a document (spec 5.2.1.1).</summary>
public static class UniqueOperationNamesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            if (node.Name is { } name && _known.Repeats(name) is { } first)
                context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
            return VisitAction.Skip;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext _) => VisitAction.Skip;
    }
}
