using System.Text;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation;

// Argument comparison keys and the cached data of FieldMergeChecker.
internal sealed partial class FieldMergeChecker
{
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
