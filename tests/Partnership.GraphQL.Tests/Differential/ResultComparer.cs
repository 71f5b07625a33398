using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// Compares graphql-js's answer with the engine's: the same outcome (schema errors, request errors, valid, data),
/// the same errors (count, message, locations, path) and the same data, key order included. Returns readable
/// differences; empty means agreement.
/// </summary>
internal static class ResultComparer
{
    private const int MaxDifferences = 12;

    public static List<string> Compare(JsonObject expected, JsonObject actual)
    {
        var differences = new List<string>();
        if (expected["internalError"] is { } oracleFailure)
        {
            differences.Add("graphql-js could not answer this line (the case is broken): " + FirstLine((string)oracleFailure!));
            return differences;
        }
        if (actual["internalError"] is { } engineFailure)
        {
            differences.Add("the engine threw: " + Shorten((string)engineFailure!, 1200));
            return differences;
        }

        var expectedOutcome = Outcome(expected);
        var actualOutcome = Outcome(actual);
        if (expectedOutcome != actualOutcome)
            differences.Add($"outcome: graphql-js gives {Describe(expected)}; the engine gives {Describe(actual)}");

        CompareErrors(expected, actual, differences);

        if (expected.ContainsKey("data") && actual.ContainsKey("data")) CompareJson("data", expected["data"], actual["data"], differences);
        if (expected["printed"] is { } printed && actual["printed"] is { } enginePrinted)
            CompareText((string)printed!, (string)enginePrinted!, differences);
        return differences;
    }

    /// <summary>schemaErrors | errors | valid | data | partial (data with errors) | printed.</summary>
    public static string Outcome(JsonObject response)
    {
        if (response.ContainsKey("internalError")) return "internalError";
        if (response.ContainsKey("schemaErrors")) return "schemaErrors";
        if (response.ContainsKey("printed")) return "printed";
        if (response["valid"] is JsonValue valid && valid.GetValueKind() == JsonValueKind.True) return "valid";
        if (response.ContainsKey("data")) return response.ContainsKey("errors") ? "partial" : "data";
        var first = (string?)response["errors"]?[0]?["message"] ?? "";
        return first.StartsWith("Syntax Error", StringComparison.Ordinal) ? "syntax" : "errors";
    }

    private static string Describe(JsonObject response)
    {
        var errors = ErrorList(response);
        var messages = string.Join("; ", errors.Take(3).Select(e => "\"" + e.Message + "\""));
        return Outcome(response) switch
        {
            "schemaErrors" => $"schema errors ({errors.Count}): {messages}",
            "syntax" or "errors" => $"request errors without data ({errors.Count}): {messages}",
            "partial" => $"data with {errors.Count} field error(s): {messages}",
            "data" => "data without errors",
            "valid" => "valid",
            var other => other,
        };
    }

    private sealed record ErrorEntry(string Message, string Locations, string Path)
    {
        public string SortKey => Path + "\u0001" + Message + "\u0001" + Locations;
    }

    private static List<ErrorEntry> ErrorList(JsonObject response)
    {
        var array = response["schemaErrors"] as JsonArray ?? response["errors"] as JsonArray;
        var list = new List<ErrorEntry>();
        if (array is null) return list;
        foreach (var error in array)
        {
            list.Add(new ErrorEntry(
                (string?)error?["message"] ?? "<no message>",
                error?["locations"]?.ToJsonString() ?? "none",
                error?["path"]?.ToJsonString() ?? "none"));
        }
        return list;
    }

    private static void CompareErrors(JsonObject expected, JsonObject actual, List<string> differences)
    {
        var expectedErrors = ErrorList(expected);
        var actualErrors = ErrorList(actual);
        if (expected.ContainsKey("data") && actual.ContainsKey("data"))
        {
            // Field errors: order not defined by the specification (see DeliberateDifferences).
            expectedErrors.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            actualErrors.Sort((a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
        }
        if (expectedErrors.Count != actualErrors.Count)
        {
            differences.Add($"error count: graphql-js {expectedErrors.Count}, engine {actualErrors.Count}");
        }
        var common = Math.Min(expectedErrors.Count, actualErrors.Count);
        for (var i = 0; i < common && differences.Count < MaxDifferences; i++)
        {
            var e = expectedErrors[i];
            var a = actualErrors[i];
            if (e.Message != a.Message && DeliberateDifferences.Explain(e.Message, a.Message) is null)
                differences.Add($"error[{i}] message: graphql-js \"{e.Message}\", engine \"{a.Message}\"");
            if (e.Locations != a.Locations)
                differences.Add($"error[{i}] locations (\"{e.Message}\"): graphql-js {e.Locations}, engine {a.Locations}");
            if (e.Path != a.Path)
                differences.Add($"error[{i}] path (\"{e.Message}\"): graphql-js {e.Path}, engine {a.Path}");
        }
        for (var i = common; i < expectedErrors.Count && differences.Count < MaxDifferences; i++)
            differences.Add($"missing error: \"{expectedErrors[i].Message}\" at {expectedErrors[i].Locations} path {expectedErrors[i].Path}");
        for (var i = common; i < actualErrors.Count && differences.Count < MaxDifferences; i++)
            differences.Add($"extra error: \"{actualErrors[i].Message}\" at {actualErrors[i].Locations} path {actualErrors[i].Path}");
    }

    private static void CompareJson(string path, JsonNode? expected, JsonNode? actual, List<string> differences)
    {
        if (differences.Count >= MaxDifferences) return;
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (null, _) or (_, null):
                differences.Add($"{path}: graphql-js {Show(expected)}, engine {Show(actual)}");
                return;
            case (JsonObject e, JsonObject a):
            {
                var expectedKeys = e.Select(p => p.Key).ToList();
                var actualKeys = a.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    var sameSet = expectedKeys.Order(StringComparer.Ordinal).SequenceEqual(actualKeys.Order(StringComparer.Ordinal));
                    differences.Add(sameSet
                        ? $"{path}: keys in a different order: graphql-js [{string.Join(", ", expectedKeys)}], engine [{string.Join(", ", actualKeys)}]"
                        : $"{path}: keys differ: graphql-js [{string.Join(", ", expectedKeys)}], engine [{string.Join(", ", actualKeys)}]");
                }
                foreach (var key in expectedKeys)
                {
                    if (a.ContainsKey(key)) CompareJson(path + "." + key, e[key], a[key], differences);
                }
                return;
            }
            case (JsonArray e, JsonArray a):
            {
                if (e.Count != a.Count) differences.Add($"{path}: graphql-js has {e.Count} items, engine {a.Count}");
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++) CompareJson($"{path}[{i}]", e[i], a[i], differences);
                return;
            }
            case (JsonValue e, JsonValue a):
            {
                var kind = e.GetValueKind();
                var same = kind == a.GetValueKind() && kind switch
                {
                    JsonValueKind.Number => e.GetValue<double>().Equals(a.GetValue<double>()),
                    JsonValueKind.String => e.GetValue<string>() == a.GetValue<string>(),
                    _ => true,
                };
                if (!same) differences.Add($"{path}: graphql-js {Show(e)}, engine {Show(a)}");
                return;
            }
            default:
                differences.Add($"{path}: graphql-js {Show(expected)}, engine {Show(actual)}");
                return;
        }
    }

    private static void CompareText(string expected, string actual, List<string> differences)
    {
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        var context = new StringBuilder();
        context.Append($"printed SDL differs from line {line + 1} (graphql-js {e.Length} lines, engine {a.Length}):");
        for (var i = Math.Max(0, line - 2); i < Math.Min(e.Length, line + 3); i++) context.Append($"\n      graphql-js {i + 1,4}| {e[i]}");
        for (var i = Math.Max(0, line - 2); i < Math.Min(a.Length, line + 3); i++) context.Append($"\n      engine     {i + 1,4}| {a[i]}");
        differences.Add(context.ToString());
    }

    /// <summary>A failing case, ready to read: what was sent, what differs, both answers.</summary>
    public static string Format(string title, JsonObject input, JsonObject expected, JsonObject actual, List<string> differences)
    {
        var text = new StringBuilder();
        text.Append("✗ ").Append(title).Append('\n');
        if (input["query"] is { } query) text.Append("    query: ").Append(Shorten(((string)query!).Replace("\n", "⏎ "), 600)).Append('\n');
        if (input["variables"] is { } variables) text.Append("    variables: ").Append(Shorten(variables.ToJsonString(), 300)).Append('\n');
        if (input["operationName"] is { } operationName) text.Append("    operationName: ").Append(operationName.ToJsonString()).Append('\n');
        if (input["rootValue"] is { } rootValue) text.Append("    rootValue: ").Append(Shorten(rootValue.ToJsonString(), 300)).Append('\n');
        foreach (var difference in differences) text.Append("    - ").Append(difference).Append('\n');
        text.Append("    graphql-js: ").Append(Shorten(expected.ToJsonString(), 1500)).Append('\n');
        text.Append("    engine:     ").Append(Shorten(actual.ToJsonString(), 1500)).Append('\n');
        return text.ToString();
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Shorten(node.ToJsonString(), 200);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string FirstLine(string text) => text.Split('\n')[0];
}
