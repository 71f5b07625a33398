using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Every fragment defined is used by some operation (spec 5.5.1.4).</summary>
public static class NoUnusedFragmentsRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            _operations.Add(node);
            return VisitAction.Skip;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext _)
        {
            _fragments.Add(node);
            return VisitAction.Skip;
        }

        public override VisitAction LeaveDocument(DocumentNode node, VisitorContext _)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(_operations)) used.Add(fragment.Name.Value);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                    context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment));
            }
            return VisitAction.Continue;
        }
    }
}
