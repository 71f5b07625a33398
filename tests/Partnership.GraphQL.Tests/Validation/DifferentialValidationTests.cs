using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Tests.Differential;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Tests.Validation;

/// <summary>
/// Random documents (Oracle/fuzz.mjs, seeded) validated by graphql-js 17.1 and by <see cref="DocumentValidator"/>:
/// executable documents with all specified rules, type system documents with the SDL rules (alone and as extensions of
/// the test schema). Every message and location must agree, in order. Needs node and the repository's one graphql-js
/// install in tests/oracle (scripts/setup.sh runs <c>npm ci</c> there); fails with instructions without them.
/// </summary>
public class DifferentialValidationTests
{
    [Theory]
    [InlineData(100, 11, 1.0)]
    [InlineData(100, 12, 0.3)]
    [InlineData(100, 13, 0.05)]
    public void Validate_RandomDocuments_MatchGraphqlJs(int count, int seed, double noise)
    {
        var cases = RunOracle(count, seed, noise.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(count, cases.Count);
        var mismatches = new StringBuilder();
        int failed = 0;
        foreach (var (query, _, expected) in cases)
        {
            var actual = Describe(DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query)));
            if (actual == expected) continue;
            if (failed++ < 3) mismatches.Append("Query:\n").Append(query).Append("\ngraphql-js:\n").Append(expected).Append("\nours:\n").Append(actual).Append("\n\n");
        }
        Assert.True(failed == 0, $"{failed} of {count} documents differ from graphql-js.\n{mismatches}");
    }

    [Fact]
    public void Validate_HostileDocuments_AbortLikeGraphqlJs()
    {
        var cases = RunOracle(0, 0, "hostile");
        Assert.Equal(3, cases.Count);
        foreach (var (query, _, expected) in cases)
        {
            Assert.Equal("Validation aborted. @\n", expected);
            Assert.Equal(expected, Describe(DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query))));
        }
    }

    [Theory]
    [InlineData(300, 21)]
    [InlineData(300, 22)]
    public void ValidateSdl_RandomTypeSystemDocuments_MatchGraphqlJs(int count, int seed)
    {
        var cases = RunOracle(count, seed, "sdl");
        Assert.True(cases.Count > count / 2, "too few parsable documents");
        var mismatches = new StringBuilder();
        int failed = 0;
        foreach (var (query, extendsSchema, expected) in cases)
        {
            var errors = DocumentValidator.ValidateSdl(Parser.Parse(query), extendsSchema ? ValidationTestSchema.Schema : null);
            var actual = Describe(errors);
            if (actual == expected) continue;
            if (failed++ < 3) mismatches.Append("SDL:\n").Append(query).Append("\ngraphql-js:\n").Append(expected).Append("\nours:\n").Append(actual).Append("\n\n");
        }
        Assert.True(failed == 0, $"{failed} of {cases.Count} documents differ from graphql-js.\n{mismatches}");
    }

    private static string Describe(IReadOnlyList<Partnership.GraphQL.Errors.GraphQLError> errors)
    {
        var sb = new StringBuilder();
        foreach (var e in errors)
        {
            sb.Append(e.Message).Append(" @");
            foreach (var l in e.Locations) sb.Append(' ').Append(l.Line).Append(':').Append(l.Column);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static List<(string Query, bool ExtendsSchema, string Expected)> RunOracle(int count, int seed, string mode)
    {
        DifferentialEnvironment.EnsureOracleAvailable();
        var oracle = Path.Combine(DifferentialEnvironment.RepositoryRoot, "tests", "Partnership.GraphQL.Tests", "Validation", "Oracle");
        var start = new ProcessStartInfo(DifferentialEnvironment.NodeExecutable)
        {
            WorkingDirectory = oracle,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("fuzz.mjs");
        start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(mode);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var result = new List<(string, bool, string)>();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var sb = new StringBuilder();
            foreach (var e in json.RootElement.GetProperty("errors").EnumerateArray())
            {
                sb.Append(e.GetProperty("message").GetString()).Append(" @");
                foreach (var l in e.GetProperty("locations").EnumerateArray())
                    sb.Append(' ').Append(l.GetProperty("line").GetInt32()).Append(':').Append(l.GetProperty("column").GetInt32());
                sb.Append('\n');
            }
            var root = json.RootElement;
            var extendsSchema = root.TryGetProperty("extendsSchema", out var ext) && ext.GetBoolean();
            result.Add((root.GetProperty("query").GetString()!, extendsSchema, sb.ToString()));
        }
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "fuzz.mjs failed: " + stderr.Result);
        return result;
    }
}
