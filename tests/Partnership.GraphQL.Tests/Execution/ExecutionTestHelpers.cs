using System.Text;
using System.Text.Json;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Tests.Execution;

/// <summary>Runs documents and renders results as compact JSON, the form graphql-js expectations are written in.</summary>
internal static class ExecutionTestHelpers
{
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            result.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static async Task<string> ExecuteJson(GraphQLSchema schema, string query, object? rootValue = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, ExecutionOptions? options = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = rootValue,
            VariableValues = variables,
            OperationName = operationName,
            Options = options ?? new ExecutionOptions { ExposeExceptionMessages = true },
        });
        return ToJson(result);
    }

    /// <summary>JSON text to the JSON-like values the engine takes: dictionaries, lists, long/double, string, bool, null.</summary>
    public static IReadOnlyDictionary<string, object?> Json(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return (IReadOnlyDictionary<string, object?>)Plain(doc.RootElement)!;
    }

    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => ToMap(e),
        JsonValueKind.Array => ToList(e),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> ToMap(JsonElement e)
    {
        var map = new Dictionary<string, object?>();
        foreach (var p in e.EnumerateObject()) map[p.Name] = Plain(p.Value);
        return map;
    }

    private static List<object?> ToList(JsonElement e)
    {
        var list = new List<object?>();
        foreach (var item in e.EnumerateArray()) list.Add(Plain(item));
        return list;
    }
}
