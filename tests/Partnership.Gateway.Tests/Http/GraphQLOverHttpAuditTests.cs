using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.GraphQL.Execution;
using Xunit.Abstractions;

namespace Partnership.Gateway.Tests.Http;

/// <summary>Runs the graphql-http 1.23.1 server audit suite (audit/audit.mjs) against the Gateway on a real socket.</summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    private const int AuditCount = 61;

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);

    [Fact]
    public async Task ServerAudits_AgainstRunningHub_AllPass()
    {
        await using var factory = new GatewayFactory();
        var url = factory.StartOnLoopback();
        var token = factory.Token();

        var results = await RunAuditsAsync(url, token);

        Assert.Equal(AuditCount, results.Count);
        var failures = results.Where(r => r.Status != "ok").ToList();
        foreach (var f in failures) output.WriteLine($"{f.Id} {f.Status}: {f.Name} — {f.Reason}");
        output.WriteLine($"{results.Count - failures.Count}/{results.Count} audits pass");
        Assert.True(failures.Count == 0,
            "Failing audits:\n" + string.Join("\n", failures.Select(f => $"{f.Id} {f.Name}: {f.Reason}")));
    }

    private static async Task<List<AuditResult>> RunAuditsAsync(Uri url, string token)
    {
        var stdout = await NodeScript.RunAsync("graphql-http", TimeSpan.FromMinutes(2), "audit.mjs", url.ToString(), token);
        return JsonSerializer.Deserialize<List<AuditResult>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
