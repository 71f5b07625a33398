using System.Text;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation;

/// <summary>One reason two fields cannot merge, with the fields involved on each side.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>
/// The work of OverlappingFieldsCanBeMergedRule, with graphql-js 17.1's caches. Fragment arguments (an experimental
/// graphql-js syntax our parser does not accept) never occur, so every variable scope is graphql-js's
/// <c>undefined</c> and is left out here.
/// </summary>
internal sealed class FieldMergeChecker(ValidationContext context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(GraphQLType?, SelectionSetNode), CollectFieldsResult> _collected = [];
    private readonly Dictionary<(CollectFieldsResult, FragmentDefinitionNode?), bool> _comparedFieldsAndFragments = [];
    private readonly Dictionary<(FragmentDefinitionNode?, FragmentDefinitionNode?), bool> _comparedFragments = [];
    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;

    public List<FieldConflict> FindConflictsWithinSelectionSet(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var fields = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        if (fields.Spreads.Count != 0 && (fields.Grouped.Count != 0 || fields.Spreads.Count > 1))
        {
            var spreads = GetFragmentSpreads(fields);
            for (int i = 0; i < spreads.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, spreads[i]);
                for (int j = i + 1; j < spreads.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool mutuallyExclusive,
        CollectFieldsResult fields, SpreadRef spread)
    {
        Spend(1);
        if (fields.Grouped.Count == 0) return;
        var fragment = spread.Definition;
        if (HasOrdered(_comparedFieldsAndFragments, (fields, fragment), mutuallyExclusive)) return;
        _comparedFieldsAndFragments[(fields, fragment)] = mutuallyExclusive;
        if (fragment is null) return;
        var fragmentFields = CollectFragmentFields(fragment);
        var referenced = GetFragmentSpreads(fragmentFields);
        if (ReferenceEquals(fields, fragmentFields)) return;
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var next in referenced) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, next);
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, SpreadRef spread1, SpreadRef spread2)
    {
        var fragment1 = spread1.Definition;
        var fragment2 = spread2.Definition;
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2)) return;
        if (HasOrdered(_comparedFragments, (fragment1, fragment2), mutuallyExclusive)
            || HasOrdered(_comparedFragments, (fragment2, fragment1), mutuallyExclusive)) return;
        _comparedFragments[(fragment1, fragment2)] = mutuallyExclusive;
        if (fragment1 is null || fragment2 is null) return;
        var fields1 = CollectFragmentFields(fragment1);
        var referenced1 = GetFragmentSpreads(fields1);
        var fields2 = CollectFragmentFields(fragment2);
        var referenced2 = GetFragmentSpreads(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var next in referenced2) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, next);
        foreach (var next in referenced1) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, next, spread2);
    }

    // graphql-js OrderedPairSet.has: a pair compared under mutually exclusive parents also covers a later
    // mutually exclusive comparison, but not a later non-exclusive one.
    private static bool HasOrdered<TKey>(Dictionary<TKey, bool> set, TKey key, bool mutuallyExclusive) where TKey : notnull =>
        set.TryGetValue(key, out var stored) && (mutuallyExclusive || stored == mutuallyExclusive);

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive,
        GraphQLType? parentType1, SelectionSetNode selectionSet1, GraphQLType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var spreads1 = GetFragmentSpreads(fields1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        var spreads2 = GetFragmentSpreads(fields2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var spread2 in spreads2) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, spread2);
        foreach (var spread1 in spreads1) CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, spread1);
        foreach (var spread1 in spreads1)
        {
            foreach (var spread2 in spreads2) CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, spread2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectFieldsResult fields)
    {
        foreach (var (responseName, list) in fields.Grouped)
        {
            if (list.Count < 2) continue;
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(false, responseName, list[i], list[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectFieldsResult fields1, CollectFieldsResult fields2)
    {
        if (fields1.Grouped.Count == 0 || fields2.Grouped.Count == 0) return;
        foreach (var (responseName, list1, list2) in GetOverlappingFields(fields1, fields2))
        {
            foreach (var details1 in list1)
            {
                foreach (var details2 in list2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, details1, details2) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private List<(string, List<FieldDetails>, List<FieldDetails>)> GetOverlappingFields(CollectFieldsResult fields1, CollectFieldsResult fields2)
    {
        fields1.Overlapping ??= new Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
        if (fields1.Overlapping.TryGetValue(fields2, out var cached)) return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, list1) in fields1.Grouped)
        {
            Spend(1);
            if (fields2.Grouped.TryGetValue(responseName, out var list2)) overlapping.Add((responseName, list1, list2));
        }
        fields1.Overlapping[fields2] = overlapping;
        return overlapping;
    }

    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        var node1 = details1.Node;
        var node2 = details2.Node;
        // Fields on two different object types can never both apply, so only their shapes must agree.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
        Spend(2);
        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value) return null;

        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
                return new FieldConflict(responseName, $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields", [node1], [node2]);
            if (!SameArgumentsCached(details1, details2))
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
        }

        if (details1.Stream is not null || details2.Stream is not null)
        {
            var reason = "they have overlapping stream directives";
            if (details1.Stream is not null && details2.Stream is not null)
            {
                if (SameArguments(StreamArguments(details1), StreamArguments(details2))) reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
            }
            return new FieldConflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, details1.NamedType, selectionSet1, details2.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }
        return null;
    }

    // graphql-js caches the argument comparison of each pair of fields; only pairs that both have arguments need it.
    private bool SameArgumentsCached(FieldDetails details1, FieldDetails details2)
    {
        var arguments1 = details1.Node.Arguments;
        var arguments2 = details2.Node.Arguments;
        if (arguments1.Count == 0 || arguments2.Count == 0) return arguments1.Count == arguments2.Count;
        details1.SameArguments ??= new Dictionary<FieldDetails, bool>(ReferenceEqualityComparer.Instance);
        if (details1.SameArguments.TryGetValue(details2, out var same)) return same;
        same = SameArguments(arguments1, arguments2);
        details1.SameArguments[details2] = same;
        return same;
    }

    private static IReadOnlyList<ArgumentNode>? StreamArguments(FieldDetails details) =>
        details.Stream is { Arguments.Count: > 0 } stream ? stream.Arguments : null;

    private bool SameArguments(IReadOnlyList<ArgumentNode>? arguments1, IReadOnlyList<ArgumentNode>? arguments2)
    {
        if (arguments1 is null || arguments1.Count == 0) return arguments2 is null || arguments2.Count == 0;
        if (arguments2 is null || arguments1.Count != arguments2.Count) return false;
        for (int k = 0; k < arguments1.Count; k++)
        {
            var argument1 = arguments1[k];
            Spend(1);
            ValueNode? value2 = null;
            // The last argument of a name wins, as a JS Map built from the list.
            for (int i = arguments2.Count - 1; i >= 0; i--)
            {
                if (arguments2[i].Name.Value == argument1.Name.Value) { value2 = arguments2[i].Value; break; }
            }
            if (value2 is null || ComparisonKey(argument1.Value) != ComparisonKey(value2)) return false;
        }
        return true;
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeafType || type2.IsLeafType) return !ReferenceEquals(type1, type2);
        return false;
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length != 0) message.Append(" and ");
            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new FieldConflict(responseName, MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true), CollectConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (int i = start; i < side.Count; i++) nodes.Add(side[i]);
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    public static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private CollectFieldsResult CollectFields(GraphQLType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var result)) return result;
        result = new CollectFieldsResult();
        CollectFieldsImpl(parentType, selectionSet, result);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeInfo.TypeFromAst(context.ValidSchema, fragment.TypeCondition), fragment.SelectionSet);

    private void CollectFieldsImpl(GraphQLType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
    {
        var selections = selectionSet.Selections;
        for (int s = 0; s < selections.Count; s++)
        {
            switch (selections[s])
            {
                case FieldNode field:
                {
                    var definition = parentType is IFieldsContainer container ? container.GetField(field.Name.Value) : null;
                    var key = field.ResponseKey;
                    if (!result.Grouped.TryGetValue(key, out var list)) result.Grouped.Add(key, list = []);
                    DirectiveNode? stream = null;
                    var directives = field.Directives;
                    for (int d = 0; d < directives.Count; d++)
                    {
                        if (directives[d].Name.Value == "stream") { stream = directives[d]; break; }
                    }
                    list.Add(new FieldDetails(parentType, field, definition, stream));
                    break;
                }
                case FragmentSpreadNode spread:
                    result.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                {
                    var type = inline.TypeCondition is { } condition ? TypeInfo.TypeFromAst(context.ValidSchema, condition) : parentType;
                    CollectFieldsImpl(type, inline.SelectionSet, result);
                    break;
                }
            }
        }
    }

    // The distinct fragments spread in a selection set, one entry per fragment definition (unknown ones share one).
    private List<SpreadRef> GetFragmentSpreads(CollectFieldsResult fields)
    {
        if (fields.SpreadRefs is not null) return fields.SpreadRefs;
        var result = new List<SpreadRef>(fields.Spreads.Count);
        foreach (var node in fields.Spreads)
        {
            Spend(1);
            var definition = context.GetFragment(node.Name.Value);
            var previous = result.Find(r => ReferenceEquals(r.Definition, definition));
            if (previous is null) result.Add(new SpreadRef(node, definition));
            else previous.Node = node;
        }
        return fields.SpreadRefs = result;
    }

    /// <summary>A canonical text for a literal: equal texts mean graphql-js considers the arguments the same.</summary>
    private string ComparisonKey(ValueNode value)
    {
        if (_valueKeys.TryGetValue(value, out var key)) return key;
        var sb = new StringBuilder();
        AppendKey(sb, value);
        key = sb.ToString();
        _valueKeys[value] = key;
        return key;
    }

    private static void AppendKey(StringBuilder sb, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: AppendString(sb.Append('$'), v.Name.Value); break;
            case IntValueNode i: AppendString(sb.Append('i'), i.Value); break;
            case FloatValueNode f: AppendString(sb.Append('f'), f.Value); break;
            case StringValueNode s: AppendString(sb.Append(s.Block ? 'B' : 's'), s.Value); break;
            case BooleanValueNode b: sb.Append(b.Value ? 'T' : 'F'); break;
            case NullValueNode: sb.Append('N'); break;
            case EnumValueNode e: AppendString(sb.Append('e'), e.Value); break;
            case ListValueNode l:
                sb.Append('[');
                for (int i = 0; i < l.Values.Count; i++) AppendKey(sb, l.Values[i]);
                sb.Append(']');
                break;
            case ObjectValueNode o:
            {
                // Fields in name order (stable for repeated names), as graphql-js sorts them.
                var fields = new ObjectFieldNode[o.Fields.Count];
                for (int i = 0; i < fields.Length; i++) fields[i] = o.Fields[i];
                var order = new int[fields.Length];
                for (int i = 0; i < order.Length; i++) order[i] = i;
                Array.Sort(order, (a, b) =>
                {
                    var c = string.CompareOrdinal(fields[a].Name.Value, fields[b].Name.Value);
                    return c != 0 ? c : a - b;
                });
                sb.Append('{');
                foreach (var index in order)
                {
                    AppendString(sb, fields[index].Name.Value);
                    AppendKey(sb, fields[index].Value);
                }
                sb.Append('}');
                break;
            }
        }
    }

    private static void AppendString(StringBuilder sb, string value) => sb.Append(value.Length).Append(':').Append(value);

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0) throw new ValidationAbortedException(ValidationAbortedException.AbortedMessage);
    }

    private sealed class CollectFieldsResult
    {
        public readonly OrderedDictionary<string, List<FieldDetails>> Grouped = new(StringComparer.Ordinal);
        public readonly List<FragmentSpreadNode> Spreads = [];
        public List<SpreadRef>? SpreadRefs;
        public Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlapping;
    }

    private sealed class FieldDetails(GraphQLType? parentType, FieldNode node, FieldDefinition? definition, DirectiveNode? stream)
    {
        public GraphQLType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public NamedType? NamedType { get; } = definition?.Type.GetNamedType();
        public DirectiveNode? Stream { get; } = stream;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null && stream is null;
        /// <summary>Argument comparisons with other fields, made on first need.</summary>
        public Dictionary<FieldDetails, bool>? SameArguments { get; set; }
    }

    private sealed class SpreadRef(FragmentSpreadNode node, FragmentDefinitionNode? definition)
    {
        public FragmentSpreadNode Node { get; set; } = node;
        public FragmentDefinitionNode? Definition { get; } = definition;
    }
}
