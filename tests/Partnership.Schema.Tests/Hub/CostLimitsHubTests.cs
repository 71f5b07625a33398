using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Hub;

/// <summary>The issue 12 attacks on cost, as a police officer would send them to the hub with its default limits.</summary>
public sealed class CostLimitsHubTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    private static string FiveDeep()
    {
        var inner = "firstName";
        for (int i = 0; i < 5; i++) inner = $"strategyMeetings {{ children {{ {inner} }} }}";
        return $"{{ children(first: 1) {{ nodes {{ {inner} }} }} }}";
    }

    private async Task<int> AuditEntriesAsync()
    {
        await using var db = f.Host.NewContext();
        return await db.AccessAuditEntries.CountAsync();
    }

    [Fact]
    public async Task Children_MeetingsAndChildrenFiveDeep_RefusedWithCostAndNoAudit()
    {
        var before = await AuditEntriesAsync();

        var r = await f.Host.RunAsync(PoliceOfficer, FiveDeep());

        Assert.Null(r.Json["data"]);
        Assert.Equal(["MAX_COST_EXCEEDED"], r.ErrorCodes);
        var extensions = r.Errors[0]!["extensions"]!;
        Assert.Equal(5000, extensions["maxCost"]!.GetValue<int>());
        Assert.True(extensions["cost"]!.GetValue<long>() > 5000);
        Assert.Equal(before, await AuditEntriesAsync());
    }

    [Fact]
    public async Task Children_HundredAliasesOfHundredRows_RefusedWithAliases()
    {
        var flood = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}: children(first: 100) {{ nodes {{ firstName }} }}")) + " }";

        var r = await f.Host.RunAsync(PoliceOfficer, flood);

        Assert.Null(r.Json["data"]);
        Assert.Equal(["MAX_ALIASES_EXCEEDED"], r.ErrorCodes);
        Assert.Equal(100, r.Errors[0]!["extensions"]!["aliases"]!.GetValue<int>());
    }

    [Fact]
    public async Task Children_FullPageWithNestedLists_Runs()
    {
        var r = await f.Host.RunAsync(SocialWorker, "{ children(first: 100) { nodes { firstName plans { kind start } strategyMeetings { heldAt } } } }"); // 1,101
        r.AssertNoErrors();
        Assert.NotEmpty(r.At("children.nodes")!.AsArray());
    }

    [Fact]
    public async Task Children_PageSizeFromVariable_CountedWithItsValue()
    {
        const string query = "query($n: Int) { children(first: $n) { nodes { strategyMeetings { children { strategyMeetings { children { firstName } } } } } } }";
        (await f.Host.RunAsync(SocialWorker, query, new { n = 6 })).AssertNoErrors(); // 1 + 6 × 781 = 4,687
        var seven = await f.Host.RunAsync(SocialWorker, query, new { n = 7 }); // 5,468
        Assert.Equal(["MAX_COST_EXCEEDED"], seven.ErrorCodes);
        Assert.Equal(5468, seven.Errors[0]!["extensions"]!["cost"]!.GetValue<long>());
    }

    [Fact]
    public async Task Execute_OverTheTimeout_AnswersTimeoutWithoutDataOrAudit()
    {
        var schema = HubSchema.Create((t, _) => AuditedFields.NoChild(t, "slow", Scalars.String, "a test field that waits", async ctx =>
        {
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return null;
        }));
        await using var host = await HubHost.SqliteAsync(services: s =>
        {
            s.AddSingleton(schema);
            s.AddSingleton(new GraphQLExecutor(new ExecutionLimitsOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(300) }.ToExecutorOptions(schema)));
        });
        await using (var db = host.NewContext()) await SeedAsync(db);

        var r = await host.RunAsync(SocialWorker, "{ children(first: 5) { nodes { firstName } } slow }");

        Assert.Null(r.Json["data"]);
        Assert.Equal(["TIMEOUT"], r.ErrorCodes);
        await using var check = host.NewContext();
        Assert.Equal(0, await check.AccessAuditEntries.CountAsync());
    }
}
