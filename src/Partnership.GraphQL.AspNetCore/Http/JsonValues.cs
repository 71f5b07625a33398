using System.Text.Json;

namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>
/// Turns JSON into the values <see cref="Partnership.GraphQL.Execution.GraphQLRequest"/> carries: null, string, bool,
/// long (integers that fit) or double, lists and string-keyed dictionaries.
/// </summary>
internal static class JsonValues
{
    /// <summary>Reads the value at the reader's current token and leaves the reader on its last token.</summary>
    public static object? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number:
                // Not a conditional expression: that would make both branches double.
                if (reader.TryGetInt64(out var l)) return l;
                return reader.GetDouble();
            case JsonTokenType.StartArray:
            {
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(Read(ref reader));
                return list;
            }
            case JsonTokenType.StartObject:
            {
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = Read(ref reader);
                }
                return map;
            }
            default:
                throw new JsonException("Expected a JSON value.");
        }
    }
}
