using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// Collects the fields a selection asks of an object type (GraphQL "CollectFields"): fragments whose type
/// condition applies, <c>@skip</c>/<c>@include</c> honoured, fields merged by response key.
/// </summary>
internal static class SelectionCollector
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(ObjectType type, IEnumerable<SelectionSetNode?> sets, DataRequest request)
    {
        var result = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (set is not null) Collect(type, set, request, result, visited);
        }
        return result;
    }

    /// <summary>The selection sets of a field's nodes.</summary>
    public static IEnumerable<SelectionSetNode?> SetsOf(IEnumerable<FieldNode> nodes)
    {
        foreach (var node in nodes) yield return node.SelectionSet;
    }

    private static void Collect(ObjectType type, SelectionSetNode set, DataRequest request,
        OrderedDictionary<string, List<FieldNode>> result, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(selection, request.Variables)) continue;
            switch (selection)
            {
                case FieldNode field:
                    if (!result.TryGetValue(field.ResponseKey, out var list)) result.Add(field.ResponseKey, list = []);
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(type, inline.TypeCondition.Name.Value, request))
                        Collect(type, inline.SelectionSet, request, result, visited);
                    break;
                case FragmentSpreadNode spread:
                    if (!visited.Add(spread.Name.Value)) break;
                    if (request.Fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(type, fragment.TypeCondition.Name.Value, request))
                        Collect(type, fragment.SelectionSet, request, result, visited);
                    break;
            }
        }
    }

    private static bool Applies(ObjectType type, string condition, DataRequest request)
    {
        if (condition == type.Name) return true;
        foreach (var iface in type.Interfaces) if (iface.Name == condition) return true;
        return request.Schema?.GetType(condition) is IAbstractType abstractType && request.Schema.IsSubType(abstractType, type);
    }

    private static bool ShouldInclude(SelectionNode node, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            bool value = false;
            foreach (var arg in directive.Arguments)
            {
                if (arg.Name.Value != "if") continue;
                value = arg.Value switch
                {
                    BooleanValueNode b => b.Value,
                    VariableNode v => variables.TryGetValue(v.Name.Value, out var x) && x is true,
                    _ => false,
                };
            }
            if (name == "skip" && value) return false;
            if (name == "include" && !value) return false;
        }
        return true;
    }
}
