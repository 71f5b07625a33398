using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Data.Synthetic;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Policy;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>The hub seeded with the synthetic test preset, and a way to count the data statements of one query (the audit is left out).</summary>
public sealed class SyntheticHubFixture : IAsyncLifetime
{
    public HubHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await HubHost.SqliteAsync();
        await SyntheticLoader.GenerateAndLoadAsync(new Factory(Host), "test");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private sealed class Factory(HubHost host) : IDbContextFactory<PartnershipDbContext>
    {
        public PartnershipDbContext CreateDbContext() => host.NewContext();
    }
}

/// <summary>
/// One SQL statement per list level for the journeys' main queries, whatever the page size: the data features' projections
/// with the sharing policy's row rules inside them. A page with lists first reads its keys (the only statement that runs the
/// row rule, filter and keyset over every candidate), then each list level loads by those keys. Counted without the audit
/// (which the HubExecutor adds after the data).
/// </summary>
public sealed class JourneyStatementCountTests(SyntheticHubFixture fixture) : IClassFixture<SyntheticHubFixture>
{
    private async Task<(JsonObject Json, int Statements)> CountAsync(TestCaller caller, string query)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var principal = caller.ToPrincipal();
        var token = Caller.FromPrincipal(principal, out _)!;
        var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
        var org = caller.Organisation is null ? null
            : await db.Organisations.Where(o => o.Name == caller.Organisation || o.OdsCode == caller.Organisation).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
        var hubCaller = new HubCaller(token, org, HubHost.Now, "statement count");
        RequestClock.Set(hubCaller.Today);
        var request = new GraphQLRequest { Query = query, Services = scope.ServiceProvider, User = principal };
        request.ContextData[HubCaller.ContextKey] = hubCaller;
        fixture.Host.Statements.Clear();
        fixture.Host.Statements.Enabled = true;
        ExecutionResult result;
        try { result = await scope.ServiceProvider.GetRequiredService<GraphQLExecutor>().ExecuteAsync(request); }
        finally { fixture.Host.Statements.Enabled = false; }
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        var json = (JsonObject)JsonNode.Parse(stream.ToArray())!;
        // Only NOT_AUTHORIZED: the record of a meeting the caller sees only the schedule of is withheld.
        Assert.True((json["errors"] as JsonArray ?? []).All(e => e?["extensions"]?["code"]?.GetValue<string>() == "NOT_AUTHORIZED"), json.ToJsonString());
        return (json, fixture.Host.Statements.Commands.Count);
    }

    private static readonly TestCaller Police = new("POLICE", "count-police", ["871", "870"], "Thames Valley Police Slough LPA", System: true);

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public async Task PoliceMeetings_OneStatementPerListLevel(int first)
    {
        var (json, statements) = await CountAsync(Police, $$"""
            { strategyMeetings(first: {{first}}) { nodes { heldAt localAuthority { code } children { firstName } invitations { agency status } actions { description } } } }
            """);
        // The test world shares 5 to 20 meetings with this force (invited, children under statutory safeguarding or meeting to come).
        Assert.InRange(json["data"]!["strategyMeetings"]!["nodes"]!.AsArray().Count, Math.Min(first, 5), first);
        Assert.Equal(5, statements); // the page's keys, then by them: meetings ⋈ council, children, invitations, actions
    }

    [Fact]
    public async Task PoliceMeetings_WithTotalCountBeyondThePage_OneMore()
    {
        var (json, statements) = await CountAsync(Police, "{ strategyMeetings(first: 2) { totalCount nodes { heldAt invitations { agency } } } }");
        Assert.True(json["data"]!["strategyMeetings"]!["totalCount"]!.GetValue<int>() > 2);
        Assert.Equal(4, statements); // keys, meetings, invitations, count
    }

    [Fact]
    public async Task PoliceMeetings_WithTotalCountOfAWholeFirstPage_NoCountStatement()
    {
        var (json, statements) = await CountAsync(Police, "{ strategyMeetings(first: 100) { totalCount nodes { heldAt invitations { agency } } } }");
        var meetings = json["data"]!["strategyMeetings"]!;
        Assert.Equal(meetings["nodes"]!.AsArray().Count, meetings["totalCount"]!.GetValue<int>());
        Assert.Equal(3, statements); // keys, meetings, invitations: the page holds every row, so it is the count
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public async Task HealthVisitingCaseload_OneStatementPerListLevel(int first)
    {
        var caller = new TestCaller("HEALTH", "count-hv", ["871"], "Slough Health Visiting Team A");
        var (json, statements) = await CountAsync(caller, $$"""
            { healthVisitingCaseload(first: {{first}}) { nodes { firstName hasSocialWorker socialCareHub { name } protectionStatus { childProtectionPlan { start } responsibleAuthority { name } } plans { kind } } } }
            """);
        Assert.Equal(first, json["data"]!["healthVisitingCaseload"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, statements); // the page's keys, then children ⋈ hub ⋈ protection status references, plans
    }

    [Fact]
    public async Task AssignedActions_OneStatement()
    {
        var (_, statements) = await CountAsync(Police, "{ assignedActions(first: 30) { nodes { description dueDate ownerOrganisation } } }");
        Assert.Equal(1, statements);
    }
}
