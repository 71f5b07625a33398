using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Tests.Data;

/// <summary>Runs requests through the engine's executor and reads the JSON response back as plain values.</summary>
internal sealed class GraphQLRunner(GraphQLSchema schema)
{
    private readonly GraphQLExecutor _executor = new(new GraphQLExecutorOptions { Schema = schema, ExposeExceptionMessages = true });

    public sealed record Result(Dictionary<string, object?>? Data, List<GraphQLError> Errors, string Json);

    public async Task<Result> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables, IServiceProvider services)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = services });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var errors = new List<GraphQLError>();
        if (doc.RootElement.TryGetProperty("errors", out var errs))
        {
            foreach (var e in errs.EnumerateArray())
            {
                var path = e.TryGetProperty("path", out var p) ? ((List<object?>)ToValue(p)!).Select(x => x!).ToList() : null;
                var ext = e.TryGetProperty("extensions", out var x) ? (Dictionary<string, object?>)ToValue(x)! : null;
                errors.Add(new GraphQLError(e.GetProperty("message").GetString()!, path: path, extensions: ext));
            }
        }
        var data = doc.RootElement.TryGetProperty("data", out var d) ? ToValue(d) as Dictionary<string, object?> : null;
        return new Result(data, errors, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static object? ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? (object)i : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
