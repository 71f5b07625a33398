using System.Text.Json.Nodes;
using Partnership.GraphQL.Conformance;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>Our engine's answers, through the conformance runner in-process (the same code the console runner uses).</summary>
internal static class Engine
{
    private static readonly ConformanceRunner Runner = new();

    public static JsonObject Run(string line) => (JsonObject)JsonNode.Parse(Runner.RunAsync(line).GetAwaiter().GetResult())!;

    public static JsonObject PrintSchema(string line) => (JsonObject)JsonNode.Parse(Runner.PrintSchema(line))!;
}
