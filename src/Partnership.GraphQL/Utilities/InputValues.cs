using System.Collections;
using System.Text.Json;

namespace Partnership.GraphQL.Utilities;

/// <summary>Reads the JSON-like .NET values variables arrive as: maps, lists and <see cref="JsonElement"/>s.</summary>
internal static class InputValues
{
    /// <summary>A <see cref="JsonElement"/> as the plain value JavaScript would hold; other values unchanged.</summary>
    public static object? Plain(object? value) => value is JsonElement e ? e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => ToMap(e),
        JsonValueKind.Array => ToList(e),
        _ => null,
    } : value;

    private static Dictionary<string, object?> ToMap(JsonElement e)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject()) map[p.Name] = Plain(p.Value);
        return map;
    }

    private static object?[] ToList(JsonElement e)
    {
        var list = new List<object?>();
        foreach (var item in e.EnumerateArray()) list.Add(Plain(item));
        return list.ToArray();
    }

    /// <summary>True for a string-keyed map (graphql-js <c>isObjectLike</c> and not an array).</summary>
    public static bool TryGetMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro: map = ro; return true;
            case IDictionary<string, object?> rw: map = new Dictionary<string, object?>(rw, StringComparer.Ordinal); return true;
            case IDictionary legacy:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in legacy) copy[entry.Key.ToString()!] = entry.Value;
                map = copy;
                return true;
            default: map = null!; return false;
        }
    }

    /// <summary>True for a list (graphql-js <c>isIterableObject</c>): enumerable, not a string, not a map.</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> list)
    {
        switch (value)
        {
            case null or string: list = null!; return false;
            case IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary: list = null!; return false;
            case IReadOnlyList<object?> ro: list = ro; return true;
            case IEnumerable enumerable:
                var items = new List<object?>();
                foreach (var item in enumerable) items.Add(item);
                list = items;
                return true;
            default: list = null!; return false;
        }
    }
}
