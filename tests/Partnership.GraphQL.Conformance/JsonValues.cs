using System.Text.Json;

namespace Partnership.GraphQL.Conformance;

/// <summary>
/// Turns protocol JSON into the plain .NET values the engine takes for variables and root values:
/// null, string, bool, long, double, <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// </summary>
public static class JsonValues
{
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ToNumber(element);
            case JsonValueKind.Array:
            {
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(ToValue(item));
                return list;
            }
            case JsonValueKind.Object:
                return ToMap(element);
            default:
                throw new InvalidOperationException($"Unexpected JSON value kind {element.ValueKind}.");
        }
    }

    /// <summary>An object as an ordered, string-keyed map (a later duplicate key wins, as in JSON.parse).</summary>
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = ToValue(property.Value);
        return map;
    }

    /// <summary>
    /// A number written as an integer that a double holds exactly (|n| ≤ 2^53) becomes a long; anything else
    /// (a fraction, an exponent, a larger integer) a double. JavaScript reads every JSON number as a double, so
    /// 9007199254740993 arrives in graphql-js as 9007199254740992 — the runner reads it the same way — and the
    /// engine treats a whole double as an integer wherever graphql-js does.
    /// </summary>
    private static object ToNumber(JsonElement element)
    {
        const long MaxSafe = 1L << 53;
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && element.TryGetInt64(out var whole) && whole is >= -MaxSafe and <= MaxSafe)
            return whole;
        return element.GetDouble();
    }
}
