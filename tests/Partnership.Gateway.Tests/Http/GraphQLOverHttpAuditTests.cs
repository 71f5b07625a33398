using System.Diagnostics;
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
        var auditDirectory = Path.Combine(Repository.Root, "tests", "Partnership.Gateway.Tests", "audit");
        Assert.True(Directory.Exists(Path.Combine(auditDirectory, "node_modules", "graphql-http")),
            "graphql-http is not installed in " + auditDirectory + "; run scripts/setup.sh");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = auditDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "audit.mjs", url.ToString(), token }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, "audit.mjs failed: " + await stderr);
        return JsonSerializer.Deserialize<List<AuditResult>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
