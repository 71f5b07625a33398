using System.Collections;
using System.Reflection;
using System.Text;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

/// <summary>
/// A compact, order-stable text form of an AST — <c>Kind@start-end{key=value;...}</c>, keys sorted, absent and empty
/// children left out — so a whole tree, locations included, can be compared with the tree graphql-js 17.1 builds.
/// graphql-js offsets count UTF-16 units and ours count UTF-8 bytes, so offsets are converted before printing.
/// </summary>
internal static class AstDump
{
    public static string Dump(Node node, string text)
    {
        var sb = new StringBuilder();
        Write(sb, node, Encoding.UTF8.GetBytes(text));
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object value, byte[] body)
    {
        switch (value)
        {
            case Node node:
                sb.Append(node.Kind);
                if (node.Location is { } loc)
                {
                    sb.Append('@').Append(Encoding.UTF8.GetCharCount(body, 0, loc.Start))
                        .Append('-').Append(Encoding.UTF8.GetCharCount(body, 0, loc.End));
                }
                sb.Append('{');
                bool first = true;
                foreach (var (name, child) in Children(node))
                {
                    if (!first) sb.Append(';');
                    first = false;
                    sb.Append(name).Append('=');
                    Write(sb, child, body);
                }
                sb.Append('}');
                break;
            case IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, list[i]!, body);
                }
                sb.Append(']');
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case OperationType operation:
                sb.Append('"').Append(operation.ToString().ToLowerInvariant()).Append('"');
                break;
            case string s:
                sb.Append('"');
                foreach (char c in s)
                {
                    if (c == '"') sb.Append("\\\"");
                    else if (c == '\\') sb.Append("\\\\");
                    else if (c >= 0x20 && c <= 0x7E) sb.Append(c);
                    else sb.Append("\\u").Append(((int)c).ToString("X4"));
                }
                sb.Append('"');
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static IEnumerable<(string Name, object Value)> Children(Node node)
    {
        var properties = new List<(string, object)>();
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "Kind" or "Location" or "TokenCount" or "ResponseKey") continue;
            var value = property.GetValue(node);
            if (value is null || value is ICollection { Count: 0 }) continue;
            properties.Add((char.ToLowerInvariant(property.Name[0]) + property.Name[1..], value));
        }
        properties.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return properties;
    }
}
