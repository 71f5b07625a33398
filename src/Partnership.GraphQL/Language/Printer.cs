using System.Text;

namespace Partnership.GraphQL.Language;

/// <summary>
/// Prints an AST as GraphQL text, identical to graphql-js 17.1's <c>print</c>: two-space indentation, arguments
/// and list values broken over lines past 80 columns, object values as blocks past 80 columns, block strings and
/// descriptions as graphql-js lays them out.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The GraphQL text of <paramref name="node"/>.</summary>
    public static string Print(Node node) => Reduce(node).Render();

    private static PrintBuffer Reduce(Node? node) => node switch
    {
        null => PrintBuffer.Empty,
        NameNode n => new PrintBuffer(n.Value),
        VariableNode n => Join(["$", Reduce(n.Name)]),
        DocumentNode n => Join(Map(n.Definitions), "\n\n"),
        OperationDefinitionNode n => Operation(n),
        VariableDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"), Reduce(n.Variable), ": ", Reduce(n.Type),
            Wrap(" = ", Reduce(n.DefaultValue)), Wrap(" ", Join(Map(n.Directives), " ")),
        ]),
        SelectionSetNode n => n.Selections.Count == 0 ? new PrintBuffer("{}") : Block(Map(n.Selections)),
        FieldNode n => Join([
            WrappedLineAndArgs(Join([Wrap("", Reduce(n.Alias), ": "), Reduce(n.Name)]), Map(n.Arguments)),
            Wrap(" ", Join(Map(n.Directives), " ")), Wrap(" ", Reduce(n.SelectionSet)),
        ]),
        ArgumentNode n => Join([Reduce(n.Name), ": ", Reduce(n.Value)]),
        FragmentSpreadNode n => Join([Join(["...", Reduce(n.Name)]), Wrap(" ", Join(Map(n.Directives), " "))]),
        InlineFragmentNode n => Join(["...", Wrap("on ", Reduce(n.TypeCondition)), Join(Map(n.Directives), " "), Reduce(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"), "fragment ", Reduce(n.Name), " on ", Reduce(n.TypeCondition), " ",
            Wrap("", Join(Map(n.Directives), " "), " "), Reduce(n.SelectionSet),
        ]),
        IntValueNode n => new PrintBuffer(n.Value),
        FloatValueNode n => new PrintBuffer(n.Value),
        StringValueNode n => n.Block ? new PrintBuffer(BlockString.Print(n.Value), true) : new PrintBuffer(PrintString(n.Value)),
        BooleanValueNode n => new PrintBuffer(n.Value ? "true" : "false"),
        NullValueNode => new PrintBuffer("null"),
        EnumValueNode n => new PrintBuffer(n.Value),
        ListValueNode n => ListValue(Map(n.Values)),
        ObjectValueNode n => ObjectValue(Map(n.Fields)),
        ObjectFieldNode n => Join([Reduce(n.Name), ": ", Reduce(n.Value)]),
        DirectiveNode n => Join(["@", Reduce(n.Name), Wrap("(", Join(Map(n.Arguments), ", "), ")")]),
        NamedTypeNode n => Reduce(n.Name),
        ListTypeNode n => Join(["[", Reduce(n.Type), "]"]),
        NonNullTypeNode n => Join([Reduce(n.Type), "!"]),
        _ => ReduceTypeSystem(node),
    };

    private static PrintBuffer Operation(OperationDefinitionNode n)
    {
        var variables = Map(n.VariableDefinitions);
        var varDefs = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        string operation = OperationName(n.Operation);
        var prefix = Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join([operation, Join([Reduce(n.Name), varDefs]), Join(Map(n.Directives), " ")], " "),
        ]);
        bool anonymousQuery = n.Operation == OperationType.Query && prefix.Length == operation.Length;
        return Join([anonymousQuery ? PrintBuffer.Empty : Join([prefix, " "]), Reduce(n.SelectionSet)]);
    }

    private static PrintBuffer ListValue(PrintBuffer[] values) =>
        2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Join(values, "\n").Indent(), "\n]")
            : Join(["[", Join(values, ", "), "]"]);

    private static PrintBuffer ObjectValue(PrintBuffer[] fields) =>
        4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : Join(["{ ", Join(fields, ", "), " }"]);

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    // ---- graphql-js printer helpers, same measures and same mutations ----

    internal static PrintBuffer[] Map<T>(IReadOnlyList<T> nodes) where T : Node
    {
        if (nodes.Count == 0) return [];
        var result = new PrintBuffer[nodes.Count];
        for (int i = 0; i < result.Length; i++) result[i] = Reduce(nodes[i]);
        return result;
    }

    /// <summary>Joins the non-empty items with the separator; the first item becomes the head and is extended.</summary>
    internal static PrintBuffer Join(ReadOnlySpan<object> items, string separator = "")
    {
        var result = PrintBuffer.Empty;
        foreach (var item in items)
        {
            var buffer = item as PrintBuffer;
            var text = item as string;
            int length = buffer?.Length ?? text!.Length;
            if (length == 0) continue;
            if (result.Length == 0)
            {
                result = buffer ?? new PrintBuffer(text!);
            }
            else
            {
                if (separator.Length != 0) result.Append(separator);
                if (buffer is not null) result.Append(buffer); else result.Append(text!);
            }
        }
        return result;
    }

    internal static PrintBuffer Join(PrintBuffer[] items, string separator = "") => Join(new ReadOnlySpan<object>(items), separator);

    internal static int JoinedLength(PrintBuffer[] items, string separator)
    {
        int length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0) length += (length == 0 ? 0 : separator.Length) + item.Length;
        }
        return length;
    }

    internal static PrintBuffer Block(PrintBuffer[] items) => Wrap("{\n", Join(items, "\n").Indent(), "\n}");

    internal static PrintBuffer Wrap(string start, PrintBuffer buffer, string end = "")
    {
        if (buffer.Length == 0) return PrintBuffer.Empty;
        return start.Length == 0 ? buffer.Append(end) : new PrintBuffer(start).Append(buffer).Append(end);
    }

    internal static bool HasMultilineItems(PrintBuffer[] items)
    {
        foreach (var item in items)
        {
            if (item.Newlines != 0) return true;
        }
        return false;
    }

    private static PrintBuffer WrappedLineAndArgs(PrintBuffer prefix, PrintBuffer[] args)
    {
        if (args.Length == 0) return prefix;
        return Join([
            prefix,
            prefix.Length + JoinedLength(args, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Join(args, "\n").Indent(), "\n)")
                : Wrap("(", Join(args, ", "), ")"),
        ]);
    }

    /// <summary>graphql-js <c>printString</c>: a quoted string with control characters, quote and backslash escaped.</summary>
    public static string PrintString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) sb.Append("\\u").Append(((int)c).ToString("X4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
