using System.Globalization;
using System.Text;

namespace Partnership.Schema.Tests.Leak;

/// <summary>An enum value in a generated argument (printed bare, sent as a string in variables).</summary>
internal sealed record EnumValue(string Name);

/// <summary>The arguments of a root connection, as the checker needs them (the filter and order as plain input values).</summary>
internal sealed record ConnectionArgs(Dictionary<string, object?>? Where, List<object?>? Order, int? First, int? Last, string? After, string? Before)
{
    /// <summary>The id of the row whose cursor <see cref="After"/> or <see cref="Before"/> came from (a follow-up page).</summary>
    public Guid? CursorRow { get; init; }

    /// <summary>The NHS numbers looked up by the request that issued the cursor (its row may have been visible through them).</summary>
    public IReadOnlySet<string>? CursorLookups { get; init; }
}

/// <summary>One selected field: response key, field name, arguments, sub-selections, and a type condition under an interface.</summary>
internal sealed class Sel(string key, string field)
{
    public string Key { get; } = key;
    public string Field { get; } = field;
    public Dictionary<string, object?> Args { get; } = new(StringComparer.Ordinal);
    public List<Sel> Children { get; } = [];
    /// <summary>Under <c>node</c>/<c>nodes</c>: the concrete type this field is asked on (null: any).</summary>
    public string? On { get; init; }
    public ConnectionArgs? Connection { get; init; }

    public Sel Add(Sel child) { Children.Add(child); return this; }
}

/// <summary>A generated request: root selections, printed with random fragments, aliases and variables.</summary>
internal sealed class LeakQuery
{
    public List<Sel> Roots { get; } = [];
    /// <summary>A mutation (its arguments are printed inline: the variable types are looked up on the query type).</summary>
    public bool Mutation { get; init; }
    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);
    public string Text { get; private set; } = "";

    private readonly StringBuilder _fragments = new();
    private readonly List<string> _variableDefinitions = [];
    private int _fragmentCount, _variableCount;

    /// <summary>Prints the request. <paramref name="rng"/> decides which values become variables and which selections move into fragments.</summary>
    public string Print(Random rng, Func<Sel, string, string> argumentType, Func<string, string?> typeOfField)
    {
        _fragments.Clear();
        _variableDefinitions.Clear();
        Variables.Clear();
        _fragmentCount = _variableCount = 0;
        var body = new StringBuilder();
        foreach (var root in Roots) PrintSel(body, root, Mutation ? "Mutation" : "Query", rng, argumentType, typeOfField);
        var header = Mutation ? "mutation " : _variableDefinitions.Count > 0 ? $"query Leak({string.Join(", ", _variableDefinitions)}) " : rng.Next(2) == 0 ? "query " : "";
        Text = $"{header}{{ {body}}}\n{_fragments}";
        return Text;
    }

    private void PrintSel(StringBuilder sb, Sel sel, string parentType, Random rng, Func<Sel, string, string> argumentType, Func<string, string?> typeOfField)
    {
        sb.Append(sel.Key == sel.Field ? sel.Field : $"{sel.Key}: {sel.Field}");
        if (sel.Args.Count > 0)
        {
            sb.Append('(');
            var first = true;
            foreach (var (name, value) in sel.Args)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(name).Append(": ");
                if (!Mutation && parentType == "Query" && rng.Next(3) == 0)
                {
                    var variable = $"v{++_variableCount}";
                    _variableDefinitions.Add($"${variable}: {argumentType(sel, name)}");
                    Variables[variable] = ToVariable(value);
                    sb.Append('$').Append(variable);
                }
                else AppendLiteral(sb, value);
            }
            sb.Append(')');
        }
        if (sel.Children.Count > 0)
        {
            var type = typeOfField(parentType + "." + sel.Field) ?? "";
            sb.Append(" { ");
            // Under an interface, type-conditioned fields go in inline fragments or named fragments on their type.
            foreach (var group in sel.Children.GroupBy(c => c.On))
            {
                var fields = group.ToList();
                var on = group.Key ?? type;
                var mode = group.Key is not null ? 1 + rng.Next(2) : rng.Next(6) switch { 0 => 1, 1 => 2, _ => 0 };
                var inner = new StringBuilder();
                foreach (var child in fields) { PrintSel(inner, child, on, rng, argumentType, typeOfField); inner.Append(' '); }
                if (mode == 0 || on.Length == 0) sb.Append(inner);
                else if (mode == 1) sb.Append("... on ").Append(on).Append(" { ").Append(inner).Append("} ");
                else
                {
                    var name = $"F{++_fragmentCount}";
                    _fragments.Append("fragment ").Append(name).Append(" on ").Append(on).Append(" { ").Append(inner).Append("}\n");
                    sb.Append("...").Append(name).Append(' ');
                }
            }
            sb.Append('}');
        }
        sb.Append(' ');
    }

    private static object? ToVariable(object? value) => value switch
    {
        EnumValue e => e.Name,
        Dictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => ToVariable(kv.Value)),
        List<object?> l => l.Select(ToVariable).ToList(),
        _ => value,
    };

    public static void AppendLiteral(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case EnumValue e: sb.Append(e.Name); break;
            case string s: sb.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"'); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case Dictionary<string, object?> d:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in d)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k).Append(": ");
                    AppendLiteral(sb, v);
                }
                sb.Append('}');
                break;
            case List<object?> l:
                sb.Append('[');
                for (int i = 0; i < l.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendLiteral(sb, l[i]);
                }
                sb.Append(']');
                break;
            default: throw new ArgumentException($"Cannot print {value.GetType().Name}.");
        }
    }
}
