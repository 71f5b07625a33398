using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>
/// Runs every example of docs/journeys/*.md as written, in order, over HTTP with a token made from the `dev-token` command
/// above it, on the test preset: no request error, and no user error in any mutation payload. `{{path}}` in variables is
/// taken from the previous answer in the same file, as the docs tell a reader to do.
/// </summary>
public sealed partial class DocsExamplesTests(JourneyHost host) : IClassFixture<JourneyHost>
{
    private static List<string> Names() => Directory.GetFiles(Path.Combine(Repository.Root, "docs", "journeys"), "*.md")
        .Select(f => Path.GetFileName(f)).Where(f => f != "README.md").Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Files() => new(Names());

    [Fact]
    public void Docs_EveryAgencyHasAJourneyFile()
    {
        Assert.Equal(["education.md", "governance.md", "health.md", "housing.md", "police.md", "social-care.md"], Names());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Examples_RunAsWritten_WithTheirAgencysToken(string file)
    {
        var blocks = Fence().Matches(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "journeys", file)))
            .Select(m => (Lang: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();
        string? token = null;
        JsonNode? previous = null;
        var ran = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var (lang, body) = blocks[i];
            if (lang == "sh" && body.Contains("dev-token")) token = TokenFor(body);
            if (lang != "graphql") continue;
            Assert.True(token is not null, $"{file}: a graphql example before any dev-token command");
            JsonNode? variables = null;
            if (i + 1 < blocks.Count && blocks[i + 1].Lang == "json")
            {
                var prior = previous;
                var text = Placeholder().Replace(blocks[i + 1].Body, m => Resolve(prior, m.Groups[1].Value, file));
                variables = JsonNode.Parse(text);
            }
            var response = await host.Send(token!, body, variables);
            // A field withheld by the policy is null with NOT_AUTHORIZED (a meeting's record where only its schedule is shared); anything else fails.
            Assert.True(JourneyHost.OnlyNotAuthorized(response), $"{file} example {ran + 1}: {response.ToJsonString()}");
            var data = response["data"]!.AsObject();
            foreach (var (field, value) in data)
                if (value is JsonObject payload && payload["errors"] is JsonArray errors)
                    Assert.True(errors.Count == 0, $"{file} example {ran + 1} ({field}): {errors.ToJsonString()}");
            previous = data;
            ran++;
        }
        Assert.True(ran > 0, $"{file} has no graphql example");
    }

    private static string Resolve(JsonNode? data, string path, string file)
    {
        var node = data;
        foreach (var part in path.Split('.'))
            node = int.TryParse(part, out var index) ? (node as JsonArray)?.ElementAtOrDefault(index) : (node as JsonObject)?[part];
        Assert.True(node is JsonValue, $"{file}: {{{{{path}}}}} is not in the previous answer: {data?.ToJsonString()}");
        return node!.GetValue<object>().ToString()!;
    }

    private string TokenFor(string command)
    {
        var args = Args().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        string Value(string name) => args[args.IndexOf(name) + 1];
        var agency = Value("--agency") switch
        {
            "SOCIAL_CARE" => Agency.SocialCare,
            "POLICE" => Agency.Police,
            "HEALTH" => Agency.Health,
            "EDUCATION" => Agency.Education,
            "HOUSING" => Agency.Housing,
            var other => throw new InvalidOperationException(other),
        };
        var councils = args.Select((a, i) => (a, i)).Where(x => x.a == "--la").Select(x => args[x.i + 1]).ToArray();
        return host.Token(agency, Value("--org"), councils, args.Contains("--role") ? Value("--role") : null,
            args.Contains("--system") ? CallerKind.System : CallerKind.Person);
    }

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"\{\{([\w.]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("\"([^\"]*)\"|(\\S+)")]
    private static partial Regex Args();
}
