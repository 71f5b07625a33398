using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Fragment names are unique within a document (spec 5.5.1.1).</summary>
public static class UniqueFragmentNamesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _) => VisitAction.Skip;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext _)
        {
            if (_known.Repeats(node.Name) is { } first)
                context.ReportError(new GraphQLError($"There can be only one fragment named \"{node.Name.Value}\".", [first, node.Name]));
            return VisitAction.Skip;
        }
    }
}
