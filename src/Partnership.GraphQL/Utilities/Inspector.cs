using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Renders a .NET value the way graphql-js's <c>inspect</c> renders the equivalent JavaScript value, for error
/// messages: strings JSON-quoted, numbers as JavaScript prints them, lists as <c>[1, 2]</c>, maps as
/// <c>{ a: 1 }</c>, nesting deeper than two levels as <c>[Array]</c>/<c>[Object]</c>, lists cut after ten items.
/// </summary>
public static class Inspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value)
    {
        var sb = new StringBuilder();
        Format(sb, value, 0);
        return sb.ToString();
    }

    private static void Format(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); return;
            case string s: sb.Append(JsonQuote(s)); return;
            case char c: sb.Append(JsonQuote(c.ToString())); return;
            case bool b: sb.Append(b ? "true" : "false"); return;
            case JsonElement e: FormatJson(sb, e, depth); return;
            case Enum en: sb.Append(JsonQuote(en.ToString())); return;
            case Guid g: sb.Append(JsonQuote(g.ToString())); return;
        }
        if (JsNumber.TryGetDouble(value, out var number))
        {
            sb.Append(value is long or ulong or System.Numerics.BigInteger or decimal
                ? Convert.ToString(value, CultureInfo.InvariantCulture)
                : JsNumber.ToString(number));
            return;
        }
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                FormatObject(sb, map, depth);
                return;
            case IDictionary dictionary:
                var entries = new List<KeyValuePair<string, object?>>();
                foreach (DictionaryEntry entry in dictionary) entries.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
                FormatObject(sb, entries, depth);
                return;
            case IEnumerable list:
                var items = new List<object?>();
                foreach (var item in list) items.Add(item);
                FormatArray(sb, items, depth);
                return;
            case Delegate d:
                sb.Append("[function ").Append(d.Method.Name).Append(']');
                return;
        }
        // Types and other objects describe themselves as graphql-js's toJSON/toString would (a type prints its name).
        sb.Append(value.ToString());
    }

    private static void FormatObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var first = true;
        foreach (var (key, item) in map)
        {
            if (first)
            {
                if (depth + 1 > MaxRecursiveDepth) { sb.Append("[Object]"); return; }
                sb.Append("{ ");
                first = false;
            }
            else sb.Append(", ");
            sb.Append(key).Append(": ");
            Format(sb, item, depth + 1);
        }
        sb.Append(first ? "{}" : " }");
    }

    private static void FormatArray(StringBuilder sb, List<object?> items, int depth)
    {
        if (items.Count == 0) { sb.Append("[]"); return; }
        if (depth + 1 > MaxRecursiveDepth) { sb.Append("[Array]"); return; }
        var len = Math.Min(MaxArrayLength, items.Count);
        var remaining = items.Count - len;
        sb.Append('[');
        for (int i = 0; i < len; i++)
        {
            if (i > 0) sb.Append(", ");
            Format(sb, items[i], depth + 1);
        }
        if (remaining == 1) sb.Append(", ... 1 more item");
        else if (remaining > 1) sb.Append(", ... ").Append(remaining).Append(" more items");
        sb.Append(']');
    }

    private static void FormatJson(StringBuilder sb, JsonElement e, int depth)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var props = new List<KeyValuePair<string, object?>>();
                foreach (var p in e.EnumerateObject()) props.Add(new(p.Name, p.Value));
                FormatObject(sb, props, depth);
                break;
            case JsonValueKind.Array:
                var items = new List<object?>();
                foreach (var item in e.EnumerateArray()) items.Add(item);
                FormatArray(sb, items, depth);
                break;
            case JsonValueKind.String: sb.Append(JsonQuote(e.GetString()!)); break;
            case JsonValueKind.Number: sb.Append(JsNumber.ToString(e.GetDouble())); break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
            default: sb.Append(e.ValueKind == JsonValueKind.Undefined ? "undefined" : "null"); break;
        }
    }

    /// <summary>A string as JavaScript's <c>JSON.stringify</c> writes it.</summary>
    public static string JsonQuote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1])))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
