using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Tests.Execution;

/// <summary>
/// Every case in Oracle/execution-cases.json runs through our engine and must give exactly the JSON graphql-js
/// 17.1.0 gave (Oracle/generate-expectations.mjs wrote "expected"): data, error messages, locations, paths,
/// extensions. Root values are JSON; markers turn into resolvers as the generator turns them into functions.
/// </summary>
public class ExecutionCasesTests
{
    private static readonly Lazy<JsonDocument> Cases = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(OracleDirectory(), "execution-cases.json"))));

    private static readonly Dictionary<string, GraphQLSchema> Schemas = [];

    private static string OracleDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Oracle");

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var c in Cases.Value.RootElement.GetProperty("cases").EnumerateArray()) names.Add(c.GetProperty("name").GetString()!);
        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Execute_OracleCase_MatchesGraphQLJs(string name)
    {
        var c = Find(name);
        var expected = Compact(c.GetProperty("expected"));
        Assert.Equal(expected, await Run(c));
    }

    private static JsonElement Find(string name)
    {
        foreach (var c in Cases.Value.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("name").GetString() == name) return c;
        }
        throw new InvalidOperationException(name);
    }

    private static GraphQLSchema SchemaFor(JsonElement c)
    {
        var key = c.TryGetProperty("schema", out var s) ? s.GetString()! : "main";
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(key, out var schema))
            {
                schema = SchemaBuilder.BuildSchema(Cases.Value.RootElement.GetProperty("schemas").GetProperty(key).GetString()!);
                Schemas[key] = schema;
            }
            return schema;
        }
    }

    private static async Task<string> Run(JsonElement c)
    {
        var schema = SchemaFor(c);
        DocumentNode document;
        try
        {
            document = Parser.Parse(c.GetProperty("query").GetString()!);
        }
        catch (GraphQLError error)
        {
            return ExecutionTestHelpers.ToJson(ExecutionResult.FromErrors(RequestFailure.Syntax, error));
        }
        if (!(c.TryGetProperty("validate", out var v) && v.ValueKind == JsonValueKind.False))
        {
            var errors = DocumentValidator.Validate(schema, document);
            if (errors.Count > 0)
                return ExecutionTestHelpers.ToJson(new ExecutionResult { Failure = RequestFailure.Validation, Errors = errors });
        }
        var root = c.TryGetProperty("root", out var r) ? (Dictionary<string, object?>)Live(r)! : [];
        root["echo"] = (FieldResolver)(ctx => new ValueTask<object?>(ctx.Arguments));
        var args = new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            RootValue = root,
            VariableValues = c.TryGetProperty("variables", out var vars) ? ExecutionTestHelpers.Json(vars.GetRawText()) : null,
            OperationName = c.TryGetProperty("operationName", out var op) ? op.GetString() : null,
            Options = new ExecutionOptions
            {
                ExposeExceptionMessages = true,
                MaxCoercionErrors = c.TryGetProperty("maxCoercionErrors", out var max) ? max.GetInt32() : 50,
            },
        };
        if (c.TryGetProperty("subscribe", out var sub) && sub.ValueKind == JsonValueKind.True)
        {
            var subscription = await Executor.SubscribeAsync(args);
            if (!subscription.IsStream) return ExecutionTestHelpers.ToJson(subscription.FailureResult!);
            var sb = new StringBuilder("{\"events\":[");
            var first = true;
            await foreach (var result in subscription.Stream!)
            {
                if (!first) sb.Append(',');
                first = false;
                sb.Append(ExecutionTestHelpers.ToJson(result));
            }
            return sb.Append("]}").ToString();
        }
        return ExecutionTestHelpers.ToJson(await Executor.ExecuteAsync(args));
    }

    /// <summary>JSON to live values: the generator's markers become resolvers (graphql-js calls function-valued properties).</summary>
    private static object? Live(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty("@throw", out var message))
                {
                    var text = message.GetString()!;
                    return (FieldResolver)(_ => throw new InvalidOperationException(text));
                }
                if (e.TryGetProperty("@gqlError", out var gqlError))
                {
                    var text = gqlError.GetProperty("message").GetString()!;
                    var extensions = gqlError.TryGetProperty("extensions", out var x) ? ExecutionTestHelpers.Json(x.GetRawText()) : null;
                    return (FieldResolver)(_ => throw new GraphQLError(text, extensions: extensions));
                }
                if (e.TryGetProperty("@async", out var asyncValue))
                {
                    var inner = Live(asyncValue);
                    var delay = e.TryGetProperty("delay", out var d) ? d.GetInt32() : 1;
                    return (FieldResolver)(async ctx =>
                    {
                        await Task.Delay(delay);
                        return inner is FieldResolver f ? await f(ctx) : inner;
                    });
                }
                if (e.TryGetProperty("@asyncThrow", out var asyncMessage))
                {
                    var text = asyncMessage.GetString()!;
                    var throwDelay = e.TryGetProperty("delay", out var td) ? td.GetInt32() : 1;
                    return (FieldResolver)(async _ =>
                    {
                        await Task.Delay(throwDelay);
                        throw new InvalidOperationException(text);
                    });
                }
                if (e.TryGetProperty("@events", out var events))
                {
                    var items = new List<object?>();
                    foreach (var item in events.EnumerateArray()) items.Add(Live(item));
                    return (FieldResolver)(_ => new ValueTask<object?>(Stream(items)));
                }
                var map = new Dictionary<string, object?>();
                foreach (var p in e.EnumerateObject()) map[p.Name] = Live(p.Value);
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>();
                foreach (var item in e.EnumerateArray()) list.Add(Live(item));
                return list;
            case JsonValueKind.String: return e.GetString();
            case JsonValueKind.Number: return e.TryGetInt64(out var l) ? l : e.GetDouble();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            default: return null;
        }
    }

    private static async IAsyncEnumerable<object?> Stream(List<object?> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static string Compact(JsonElement e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            e.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
