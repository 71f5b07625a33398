using System.Text;
using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// For every corpus schema (Corpus/Schemas/*.graphql): printSchema(buildSchema(sdl)) must be byte for byte
/// graphql-js's, and the full introspection result (getIntrospectionQuery with every 17.1 option on) the same.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string> Schemas() => new(Corpus.SchemaNames);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void PrintSchema_CorpusSchema_MatchesGraphqlJs(string schema)
    {
        var line = new JsonObject { ["sdl"] = Corpus.Sdl(schema) }.ToJsonString();
        var expected = Oracle.Batch("print-schema", "print-schema", PrintLines)[Corpus.SchemaNames.ToList().IndexOf(schema)];
        var actual = Engine.PrintSchema(line);
        AssertAgree($"printSchema of {schema}.graphql", new JsonObject(), expected, actual);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Introspection_FullQueryOnCorpusSchema_MatchesGraphqlJs(string schema)
    {
        var lines = IntrospectionLines();
        var index = Corpus.SchemaNames.ToList().IndexOf(schema);
        var expected = Oracle.Batch("introspection", "run", () => lines)[index];
        var actual = Engine.Run(lines[index]);
        Assert.True(expected.ContainsKey("data") && !expected.ContainsKey("errors"), "graphql-js did not introspect the schema: " + expected.ToJsonString());
        AssertAgree($"introspection of {schema}.graphql", new JsonObject(), expected, actual);
    }

    private static IReadOnlyList<string> PrintLines() =>
        Corpus.SchemaNames.Select(name => new JsonObject { ["sdl"] = Corpus.Sdl(name) }.ToJsonString()).ToList();

    private static IReadOnlyList<string> IntrospectionLines() =>
        Corpus.SchemaNames.Select(name => new JsonObject
        {
            ["sdl"] = Corpus.Sdl(name),
            ["query"] = Oracle.IntrospectionQuery,
        }.ToJsonString()).ToList();

    private static void AssertAgree(string title, JsonObject input, JsonObject expected, JsonObject actual)
    {
        var differences = ResultComparer.Compare(expected, actual);
        if (differences.Count == 0) return;
        var text = new StringBuilder(ResultComparer.Format(title, input, expected, actual, differences));
        Assert.Fail(text.ToString());
    }
}
