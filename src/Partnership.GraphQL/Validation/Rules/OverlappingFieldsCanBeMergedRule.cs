using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response name in a selection set (after fragments are expanded) can be merged: same field,
/// same arguments, compatible types, and sub-selections that merge too (spec 5.3.2). Follows graphql-js 17.1's
/// algorithm: collected fields are cached per (parent type, selection set), compared pairs of fragments and of
/// fields-with-fragment are remembered (with whether the comparison was under mutually exclusive parents), and a
/// complexity budget aborts validation on hostile documents instead of going exponential.
/// </summary>
public static class OverlappingFieldsCanBeMergedRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly FieldMergeChecker _checker = new(context);

        public override VisitAction EnterSelectionSet(SelectionSetNode node, VisitorContext visit)
        {
            if (visit.Parent is InlineFragmentNode) return VisitAction.Continue;
            var selections = node.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode)) return VisitAction.Continue;
            if (OnlyDistinctFields(selections)) return VisitAction.Continue;
            var conflicts = _checker.FindConflictsWithinSelectionSet(context.GetParentType(), node);
            foreach (var conflict in conflicts)
            {
                var nodes = new List<Node>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(new GraphQLError(
                    $"Fields \"{FieldMergeChecker.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes));
            }
            return VisitAction.Continue;
        }

        // Plain fields with distinct response names cannot conflict among themselves, so the common case skips
        // collecting (graphql-js would collect, find no pair to compare, and report nothing).
        private static bool OnlyDistinctFields(IReadOnlyList<SelectionNode> selections)
        {
            if (selections.Count > 32) return false;
            for (int i = 0; i < selections.Count; i++)
            {
                if (selections[i] is not FieldNode field) return false;
                var key = field.ResponseKey;
                for (int j = 0; j < i; j++)
                {
                    if (((FieldNode)selections[j]).ResponseKey == key) return false;
                }
            }
            return true;
        }
    }
}
