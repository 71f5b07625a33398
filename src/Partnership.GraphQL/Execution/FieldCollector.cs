using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// Field collection (spec CollectFields, graphql-js 17.1 <c>collectFields</c>/<c>collectSubfields</c>): applies
/// <c>@skip</c>/<c>@include</c>, follows fragment spreads once each and inline fragments whose type condition
/// matches, and groups fields by response key in first-seen order.
/// </summary>
internal sealed class FieldCollector
{
    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly bool _cacheArguments;

    public FieldCollector(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, bool shared)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
        _cacheArguments = !shared;
        Shared = shared;
    }

    /// <summary>True when the collected fields are cached beyond this execution.</summary>
    public bool Shared { get; }

    public CollectedFields CollectFields(ObjectType runtimeType, SelectionSetNode selectionSet)
    {
        var grouped = new List<CollectedField>();
        Dictionary<string, CollectedField>? byKey = null;
        HashSet<string>? visited = null;
        Visit(runtimeType, selectionSet, grouped, ref byKey, ref visited);
        return grouped.Count == 0 ? CollectedFields.Empty : new CollectedFields([.. grouped]);
    }

    public CollectedFields CollectSubfields(ObjectType runtimeType, List<FieldNode> fieldNodes)
    {
        var grouped = new List<CollectedField>();
        Dictionary<string, CollectedField>? byKey = null;
        HashSet<string>? visited = null;
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } set) Visit(runtimeType, set, grouped, ref byKey, ref visited);
        }
        return grouped.Count == 0 ? CollectedFields.Empty : new CollectedFields([.. grouped]);
    }

    private void Visit(ObjectType runtimeType, SelectionSetNode selectionSet, List<CollectedField> grouped,
        ref Dictionary<string, CollectedField>? byKey, ref HashSet<string>? visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    if (!ShouldInclude(field)) continue;
                    var key = field.ResponseKey;
                    CollectedField? existing = null;
                    if (byKey is not null) byKey.TryGetValue(key, out existing);
                    else
                    {
                        // Small selections: a linear scan beats building a dictionary.
                        foreach (var g in grouped) if (g.ResponseKey == key) { existing = g; break; }
                        if (grouped.Count >= 8)
                        {
                            byKey = new Dictionary<string, CollectedField>(StringComparer.Ordinal);
                            foreach (var g in grouped) byKey[g.ResponseKey] = g;
                        }
                    }
                    if (existing is not null)
                    {
                        existing.Nodes.Add(field);
                        continue;
                    }
                    // A field the type does not define (only possible without validation) is left out, as graphql-js.
                    var definition = _schema.GetField(runtimeType, field.Name.Value);
                    if (definition is null) continue;
                    var collected = new CollectedField(key, field, definition)
                    {
                        CanCacheArguments = _cacheArguments || !HasVariables(field),
                    };
                    grouped.Add(collected);
                    byKey?.Add(key, collected);
                    break;
                }
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline) || !ConditionMatches(inline.TypeCondition, runtimeType)) continue;
                    Visit(runtimeType, inline.SelectionSet, grouped, ref byKey, ref visited);
                    break;
                case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    if (!ShouldInclude(spread)) continue;
                    if (!_fragments.TryGetValue(name, out var fragment) || !ConditionMatches(fragment.TypeCondition, runtimeType)) continue;
                    if (!(visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(name)) continue;
                    Visit(runtimeType, fragment.SelectionSet, grouped, ref byKey, ref visited);
                    break;
                }
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? condition, ObjectType runtimeType)
    {
        if (condition is null) return true;
        var type = _schema.GetType(condition.Name.Value);
        if (ReferenceEquals(type, runtimeType)) return true;
        return type is IAbstractType abstractType && _schema.IsSubType(abstractType, runtimeType);
    }

    private bool ShouldInclude(SelectionNode node)
    {
        var directives = node.Directives;
        if (directives.Count == 0) return true;
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "skip" && IfArgument(directive, SpecifiedDirectives.Skip) == true) return false;
        }
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "include" && IfArgument(directive, SpecifiedDirectives.Include) == false) return false;
        }
        return true;
    }

    private bool? IfArgument(DirectiveNode directive, DirectiveDefinition definition)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            switch (argument.Value)
            {
                case BooleanValueNode b: return b.Value;
                case VariableNode v when _variables.TryGetValue(v.Name.Value, out var value) && value is bool b: return b;
            }
        }
        // Anything else (missing, null, wrong type): coerce as graphql-js does, which reports the error.
        var values = Values.GetArgumentValues(definition.Arguments, directive, directive.Arguments, _variables, false);
        return values.TryGetValue("if", out var result) ? result as bool? : null;
    }

    private static bool HasVariables(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (HasVariables(argument.Value)) return true;
        }
        return false;
    }

    private static bool HasVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode: return true;
            case ListValueNode list:
                foreach (var item in list.Values) if (HasVariables(item)) return true;
                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields) if (HasVariables(field.Value)) return true;
                return false;
            default: return false;
        }
    }
}
