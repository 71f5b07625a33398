using System.Text;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Utilities;

/// <summary>Prints value literals for messages and introspection defaults.</summary>
internal static class ValuePrinter
{
    // Interim: single-line printing until the language printer is merged, then this delegates to it.
    public static string Print(ValueNode node)
    {
        var sb = new StringBuilder();
        Append(sb, node);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, ValueNode node)
    {
        switch (node)
        {
            case VariableNode v: sb.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: sb.Append(i.Value); break;
            case FloatValueNode f: sb.Append(f.Value); break;
            case StringValueNode s: sb.Append(Inspector.JsonQuote(s.Value)); break;
            case BooleanValueNode b: sb.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: sb.Append("null"); break;
            case EnumValueNode e: sb.Append(e.Value); break;
            case ListValueNode l:
                sb.Append('[');
                for (int k = 0; k < l.Values.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    Append(sb, l.Values[k]);
                }
                sb.Append(']');
                break;
            case ObjectValueNode o:
                if (o.Fields.Count == 0) { sb.Append("{}"); break; }
                sb.Append("{ ");
                for (int k = 0; k < o.Fields.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    sb.Append(o.Fields[k].Name.Value).Append(": ");
                    Append(sb, o.Fields[k].Value);
                }
                sb.Append(" }");
                break;
        }
    }
}
