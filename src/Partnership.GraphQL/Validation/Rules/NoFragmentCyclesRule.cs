using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Fragments do not spread themselves, directly or through others (spec 5.5.2.2).</summary>
public static class NoFragmentCyclesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _) => VisitAction.Skip;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext _)
        {
            DetectCycleRecursive(node);
            return VisitAction.Skip;
        }

        // Depth-first over the spreads, as graphql-js, so each cycle is reported once from where it is first entered.
        private void DetectCycleRecursive(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName)) return;
            var spreadNodes = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreadNodes.Count == 0) return;
            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spreadNode in spreadNodes)
            {
                var spreadName = spreadNode.Name.Value;
                _spreadPath.Add(spreadNode);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment) DetectCycleRecursive(spreadFragment);
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = new List<string>(cyclePath.Count);
                    for (int i = 0; i < cyclePath.Count - 1; i++) via.Add("\"" + cyclePath[i].Name.Value + "\"");
                    var viaPath = string.Join(", ", via);
                    context.ReportError(new GraphQLError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length != 0 ? $" via {viaPath}." : "."),
                        cyclePath.ToArray()));
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
