using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// graphql-js's answers, computed once per batch and shared by every test that needs them: one node process
/// for the whole hand-written corpus, one per generated schema, one for printSchema and the introspection query.
/// </summary>
internal static class Oracle
{
    private static readonly Lazy<IReadOnlyDictionary<CorpusCase, JsonObject>> CorpusAnswers = new(() =>
    {
        var cases = Corpus.Cases;
        var answers = Run("run", cases.Select(c => c.ProtocolLine).ToList());
        var map = new Dictionary<CorpusCase, JsonObject>();
        for (var i = 0; i < cases.Count; i++) map[cases[i]] = answers[i];
        return map;
    });

    private static readonly Lazy<string> IntrospectionQueryText = new(() =>
    {
        DifferentialEnvironment.EnsureOracleAvailable();
        var output = NodeProcess.Run([DifferentialEnvironment.OracleScript, "introspection-query"], []);
        return (string)JsonNode.Parse(output[0])!;
    });

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<JsonObject>>> Batches = new();

    public static JsonObject Answer(CorpusCase corpusCase) => CorpusAnswers.Value[corpusCase];

    /// <summary>graphql-js's <c>getIntrospectionQuery</c> with every 17.1 option on.</summary>
    public static string IntrospectionQuery => IntrospectionQueryText.Value;

    /// <summary>Answers for a named batch of lines, computed once (the key must identify the lines).</summary>
    public static IReadOnlyList<JsonObject> Batch(string key, string mode, Func<IReadOnlyList<string>> lines) =>
        Batches.GetOrAdd(key, _ => new Lazy<IReadOnlyList<JsonObject>>(() => Run(mode, lines()))).Value;

    /// <summary>Runs lines through the oracle in one node process; one answer per line, in order.</summary>
    public static IReadOnlyList<JsonObject> Run(string mode, IReadOnlyList<string> lines)
    {
        DifferentialEnvironment.EnsureOracleAvailable();
        var output = NodeProcess.Run([DifferentialEnvironment.OracleScript, mode], lines);
        if (output.Count != lines.Count)
            throw new InvalidOperationException($"The oracle answered {output.Count} lines for {lines.Count} inputs.");
        return output.Select(line => (JsonObject)JsonNode.Parse(line)!).ToList();
    }
}
