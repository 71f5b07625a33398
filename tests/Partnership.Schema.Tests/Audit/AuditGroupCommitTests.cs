using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data.Audit;
using Partnership.Schema.Audit;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Audit;

/// <summary>
/// The audit under load: requests in flight share one chain append (group commit), none fails for want of a sequence, every
/// response's entry is in the chain, and the chain verifies — on SQLite, on PostgreSQL, and with three gateways on one PostgreSQL database.
/// </summary>
public sealed class AuditGroupCommitTests
{
    private const string Query = "query Screening { children { nodes { firstName } } }";

    [Fact]
    public async Task ConcurrentRequests_Sqlite_AllAnsweredAndChained()
    {
        await using var host = await HubHost.SqliteAsync();
        await using (var db = host.NewContext()) await SeedAsync(db);
        await AssertConcurrentAsync([host], requests: 60);
    }

    [Leak.PostgresLeakFact]
    public async Task ConcurrentRequests_Postgres_AllAnsweredAndChained()
    {
        var db = await (await Leak.SharedPostgres.ServerAsync()).CreateDatabaseAsync("groupcommit");
        await using var host = await HubHost.PostgresAsync(db);
        await using (var ctx = host.NewContext()) await SeedAsync(ctx);
        await AssertConcurrentAsync([host], requests: 60);
    }

    [Leak.PostgresLeakFact]
    public async Task ConcurrentRequests_ThreeGatewaysOnOneDatabase_AllAnsweredAndOneChain()
    {
        var db = await (await Leak.SharedPostgres.ServerAsync()).CreateDatabaseAsync("threegateways");
        await using var a = await HubHost.PostgresAsync(db);
        await using (var ctx = a.NewContext()) await SeedAsync(ctx);
        await using var b = await HubHost.PostgresAsync(db);
        await using var c = await HubHost.PostgresAsync(db);
        await AssertConcurrentAsync([a, b, c], requests: 90);
    }

    private static async Task AssertConcurrentAsync(HubHost[] hosts, int requests)
    {
        var callers = new[] { PoliceOfficer, SocialWorker };
        var conflictsBefore = AuditChain.Conflicts;
        var tasks = Enumerable.Range(0, requests).Select(i => Task.Run(() => hosts[i % hosts.Length].RunAsync(callers[i % 2], Query))).ToList();
        var responses = await Task.WhenAll(tasks);

        Assert.All(responses, r => r.AssertNoErrors());
        Assert.Equal(0, AuditChain.Conflicts - conflictsBefore);
        await using var db = hosts[0].NewContext();
        Assert.Equal(requests, await db.AccessAuditEntries.CountAsync());
        var verification = await AuditChain.VerifyAsync(db);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(requests, verification.EntriesChecked);
        // Every entry carries its items (the batch's multi-row inserts put each under its own entry).
        Assert.Equal(0, await db.AccessAuditEntries.CountAsync(e => !e.Items.Any()));
        var written = hosts.Select(h => h.Services.GetRequiredService<AuditGroupCommit>().Written).ToList();
        Assert.Equal(requests, written.Sum(w => w.Entries));
    }
}
