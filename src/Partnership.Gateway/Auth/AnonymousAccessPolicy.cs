using Partnership.GraphQL.Language;

namespace Partnership.Gateway.Auth;

/// <summary>
/// What a caller without a token may run: documents whose every operation selects, at its root, only
/// <c>__typename</c> and (in Development) the introspection fields <c>__schema</c> and <c>__type</c>.
/// Fragments and inline fragments at the root are followed; anything unknown is refused (fail closed).
/// Below an introspection field only introspection types can be reached, which validation enforces.
/// </summary>
internal sealed class AnonymousAccessPolicy(bool allowIntrospection)
{
    public bool AllowIntrospection { get; } = allowIntrospection;

    public bool Allows(DocumentNode document)
    {
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
                (fragments ??= new(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
            else if (definition is not OperationDefinitionNode)
                return false;
        }
        var any = false;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            any = true;
            if (!RootAllows(operation.SelectionSet, fragments, visited: null)) return false;
        }
        return any;
    }

    private bool RootAllows(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode>? fragments, HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var name = field.Name.Value;
                    if (name == "__typename") continue;
                    if (AllowIntrospection && name is "__schema" or "__type") continue;
                    return false;
                case InlineFragmentNode inline:
                    if (!RootAllows(inline.SelectionSet, fragments, visited)) return false;
                    continue;
                case FragmentSpreadNode spread:
                    if (fragments is null || !fragments.TryGetValue(spread.Name.Value, out var fragment)) return false;
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    // A cycle is a validation error; refusing it here is enough.
                    if (!visited.Add(spread.Name.Value)) return false;
                    if (!RootAllows(fragment.SelectionSet, fragments, visited)) return false;
                    visited.Remove(spread.Name.Value);
                    continue;
                default:
                    return false;
            }
        }
        return true;
    }
}
