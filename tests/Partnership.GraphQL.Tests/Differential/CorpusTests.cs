using System.Text;
using Xunit.Abstractions;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// The hand-written corpus (Corpus/*.jsonl), one test case per file and group (a validation rule, an execution
/// rule, a family of syntax errors): every line is run through graphql-js 17.1.0 and through the engine, and the
/// answers must agree (ResultComparer; deliberate differences only as listed in DeliberateDifferences).
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Groups() => Corpus.Groups();

    [Theory]
    [MemberData(nameof(Groups))]
    public void Group_EngineAndGraphqlJs_Agree(string file, string group)
    {
        var failures = new StringBuilder();
        var cases = Corpus.InGroup(file, group);
        var failed = 0;
        foreach (var corpusCase in cases)
        {
            var expected = Oracle.Answer(corpusCase);
            var actual = Engine.Run(corpusCase.ProtocolLine);
            var differences = ResultComparer.Compare(expected, actual);
            if (differences.Count == 0) continue;
            if (DeliberateDifferences.Explain(corpusCase, actual) is { } accepted)
            {
                output.WriteLine($"accepted difference ({accepted.Reason}):\n{ResultComparer.Format(corpusCase.Title, corpusCase.Json, expected, actual, differences)}");
                continue;
            }
            failed++;
            failures.Append(ResultComparer.Format(corpusCase.Title, corpusCase.Json, expected, actual, differences));
        }
        if (failed > 0) Assert.Fail($"{failed} of {cases.Count} cases in {file} [{group}] disagree with graphql-js {DifferentialEnvironment.GraphqlJsVersion}:\n{failures}");
    }

    /// <summary>
    /// Guards the corpus itself: each line must do in graphql-js what its "expect" (and "expectMessage",
    /// "expectCount") says — an intended-invalid case really is invalid, and for the intended reason.
    /// </summary>
    [Theory]
    [MemberData(nameof(Groups))]
    public void Group_InGraphqlJs_BehavesAsTheCasesSay(string file, string group)
    {
        var failures = new StringBuilder();
        foreach (var corpusCase in Corpus.InGroup(file, group))
        {
            var answer = Oracle.Answer(corpusCase);
            var outcome = ResultComparer.Outcome(answer);
            var problems = new List<string>();
            var expect = corpusCase.Expect;
            var matches = expect == outcome
                          || (expect == "valid" && outcome is "valid" or "data")
                          || (expect == "invalid" && outcome == "errors");
            if (expect is null) problems.Add("the line has no \"expect\"");
            else if (!matches) problems.Add($"expected {expect}, graphql-js gives {outcome}");
            var messages = (answer["errors"] ?? answer["schemaErrors"])?.AsArray().Select(e => (string)e!["message"]!).ToList() ?? [];
            foreach (var wanted in corpusCase.ExpectMessages)
            {
                if (!messages.Any(m => m.Contains(wanted, StringComparison.Ordinal))) problems.Add($"no error message contains \"{wanted}\"");
            }
            if (corpusCase.ExpectCount is { } count && count != messages.Count) problems.Add($"expected {count} errors, graphql-js gives {messages.Count}");
            if (problems.Count > 0)
                failures.Append($"✗ {corpusCase.Title}: {string.Join("; ", problems)}\n    graphql-js: {answer.ToJsonString()}\n");
        }
        if (failures.Length > 0) Assert.Fail("Corpus cases that do not do what they say in graphql-js:\n" + failures);
    }

    /// <summary>The corpus cannot lose a rule: every one of graphql-js's specifiedRules has valid and invalid cases.</summary>
    [Fact]
    public void Corpus_EverySpecifiedRuleOfGraphqlJs_HasValidAndInvalidCases()
    {
        DifferentialEnvironment.EnsureOracleAvailable();
        var output = NodeProcess.Run([DifferentialEnvironment.OracleScript, "specified-rules"], []);
        var rules = System.Text.Json.Nodes.JsonNode.Parse(output[0])!.AsArray().Select(r => (string)r!).ToList();
        Assert.Equal(32, rules.Count);
        var missing = new List<string>();
        foreach (var rule in rules)
        {
            var cases = Corpus.Cases.Where(c => c.Group == rule).ToList();
            if (!cases.Any(c => c.Expect == "valid")) missing.Add(rule + " (no valid case)");
            if (!cases.Any(c => c.Expect == "invalid")) missing.Add(rule + " (no invalid case)");
        }
        Assert.True(missing.Count == 0, "Corpus gaps: " + string.Join(", ", missing));
    }
}
