using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// Limits how deeply an introspection query nests the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> (graphql-js's guard against expensive introspection; 3 levels).
/// </summary>
public static class MaxIntrospectionDepthRule
{
    private const int MaxListsDepth = 3;

    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override VisitAction EnterField(FieldNode node, VisitorContext _)
        {
            if (node.Name.Value is not ("__schema" or "__type")) return VisitAction.Continue;
            if (CheckDepth(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", node));
                return VisitAction.Skip;
            }
            return VisitAction.Continue;
        }

        private bool CheckDepth(Node node, Dictionary<string, int> visited, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth) return true;
                if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)) return false;
                if (context.GetFragment(name) is not { } fragment) return false;
                visited[name] = depth;
                if (CheckDepth(fragment, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }
                _checked[name] = depth;
                return false;
            }
            SelectionSetNode? selectionSet;
            switch (node)
            {
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                        return true;
                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragmentNode inline:
                    selectionSet = inline.SelectionSet;
                    break;
                case FragmentDefinitionNode definition:
                    selectionSet = definition.SelectionSet;
                    break;
                default:
                    return false;
            }
            if (selectionSet is null) return false;
            foreach (var child in selectionSet.Selections)
            {
                if (CheckDepth(child, visited, depth)) return true;
            }
            return false;
        }
    }
}
