using System.Globalization;
using System.Text;
using Partnership.GraphQL.Tests.Differential.Generator;
using Xunit.Abstractions;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// Documents from the seeded generator (Generator/), valid and subtly invalid, over several schemas: each chunk
/// is one test case, run through graphql-js and the engine, which must agree. The seed is fixed so a failure
/// reproduces; GRAPHQL_DIFFERENTIAL_SEED explores another sequence.
/// </summary>
public sealed class GeneratedDocumentTests(ITestOutputHelper output)
{
    public const int DefaultSeed = 20261122;
    private const int DocumentsPerSchema = 600;
    private const int ChunkSize = 150;

    private static readonly string[] GeneratorSchemas = ["pets", "library", "shop", "kitchen"];
    private static readonly Dictionary<string, GenSchema> ParsedSchemas = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, List<GeneratedCase>> AllCases = new(StringComparer.Ordinal);

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("GRAPHQL_DIFFERENTIAL_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : DefaultSeed;

    public static TheoryData<string, int> Chunks()
    {
        var data = new TheoryData<string, int>();
        foreach (var schema in GeneratorSchemas)
            for (var first = 0; first < DocumentsPerSchema; first += ChunkSize) data.Add(schema, first);
        return data;
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void GeneratedChunk_EngineAndGraphqlJs_Agree(string schema, int first)
    {
        var cases = Cases(schema).GetRange(first, ChunkSize);
        var lines = cases.Select(c => c.Line.ToJsonString()).ToList();
        var answers = Oracle.Batch($"generated:{schema}:{Seed}:{first}", "run", () => lines);
        var failures = new StringBuilder();
        var failed = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var actual = Engine.Run(lines[i]);
            var differences = ResultComparer.Compare(answers[i], actual);
            if (differences.Count == 0) continue;
            if (++failed <= 15) failures.Append(ResultComparer.Format(cases[i].Name + $" seed {Seed}", cases[i].Line, answers[i], actual, differences));
        }
        if (failed > 0) Assert.Fail($"{failed} of {cases.Count} generated documents over {schema} disagree with graphql-js (first 15 shown):\n{failures}");
    }

    [Fact]
    public void Generate_SameSeed_SameDocuments()
    {
        foreach (var schema in GeneratorSchemas)
        {
            var once = Generate(schema, 0, 40).Select(c => c.Line.ToJsonString()).ToList();
            var twice = Generate(schema, 0, 40).Select(c => c.Line.ToJsonString()).ToList();
            var slice = Generate(schema, 20, 20).Select(c => c.Line.ToJsonString()).ToList();
            Assert.Equal(once, twice);
            Assert.Equal(once.Skip(20), slice);
        }
    }

    [Fact]
    public void Generate_AllSchemas_AtLeast2000DocumentsOfManyKinds()
    {
        var all = GeneratorSchemas.SelectMany(Cases).ToList();
        Assert.True(all.Count >= 2000, $"only {all.Count} generated documents");
        var distinct = all.Select(c => c.Line.ToJsonString()).Distinct().Count();
        Assert.True(distinct >= all.Count * 98 / 100, $"only {distinct} of {all.Count} generated documents are distinct");
        var mutations = all.GroupBy(c => c.Mutation).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(mutations.GetValueOrDefault("valid") > all.Count / 3, "too few unmodified documents");
        Assert.True(mutations.Count >= 20, "too few kinds of invalid change: " + string.Join(", ", mutations.Keys));
        var queries = all.Select(c => (string)c.Line["query"]!).ToList();
        Assert.Contains(queries, q => q.Contains("fragment ", StringComparison.Ordinal) && q.Contains("...F", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("@skip", StringComparison.Ordinal) || q.Contains("@include", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("... on ", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains('$'));
    }

    [Fact]
    public void GeneratedDocuments_InGraphqlJs_MixValidAndInvalid()
    {
        var cases = GeneratorSchemas.SelectMany(s => Cases(s).GetRange(0, ChunkSize)).ToList();
        var answers = Oracle.Run("run", cases.Select(c => c.Line.ToJsonString()).ToList());
        var outcomes = answers.Select(ResultComparer.Outcome).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        var summary = string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}"));
        output.WriteLine($"graphql-js outcomes for {cases.Count} generated documents: {summary}");
        Assert.False(outcomes.ContainsKey("internalError"), "graphql-js failed on a generated line: " + summary);
        var executed = outcomes.GetValueOrDefault("data") + outcomes.GetValueOrDefault("partial") + outcomes.GetValueOrDefault("valid");
        var rejected = outcomes.GetValueOrDefault("errors") + outcomes.GetValueOrDefault("syntax");
        Assert.True(executed >= cases.Count / 3, "too few generated documents are valid: " + summary);
        Assert.True(rejected >= cases.Count / 5, "too few generated documents are invalid: " + summary);
        Assert.True(outcomes.GetValueOrDefault("partial") > 0, "no generated document produced field errors: " + summary);
    }

    /// <summary>All documents for a schema, generated once per test run and shared by the tests.</summary>
    private static List<GeneratedCase> Cases(string schema)
    {
        lock (AllCases)
        {
            if (!AllCases.TryGetValue(schema, out var cases))
            {
                cases = Generate(schema, 0, DocumentsPerSchema);
                AllCases[schema] = cases;
            }
            return cases;
        }
    }

    private static List<GeneratedCase> Generate(string schema, int first, int count)
    {
        GenSchema parsed;
        lock (ParsedSchemas)
        {
            if (!ParsedSchemas.TryGetValue(schema, out parsed!))
            {
                parsed = GenSchema.Parse(schema, Corpus.Sdl(schema));
                ParsedSchemas[schema] = parsed;
            }
        }
        return DocumentGenerator.Generate(parsed, Seed, first, count);
    }
}
