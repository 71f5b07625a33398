using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data;
using Partnership.Gateway.Auth;
using Partnership.Gateway.Tests.Journeys;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.Testing.Postgres;

namespace Partnership.Gateway.Tests.Hosting;

/// <summary>
/// The one setting that moves the hub to PostgreSQL: the real host, configured with <c>Data:Provider=Postgres</c> against a
/// throwaway PostgreSQL 15 server, migrates, seeds and answers each agency exactly as the same host does on SQLite.
/// </summary>
public sealed class PostgresHostingTests : IAsyncLifetime
{
    private PostgresServer? _server;
    private GatewayFactory? _postgres, _sqlite;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        var connection = await _server.CreateDatabaseAsync("gateway");
        _postgres = Host(new() { ["Data:Provider"] = "Postgres", ["ConnectionStrings:Partnership"] = connection });
        _sqlite = Host(new());
    }

    private static GatewayFactory Host(Dictionary<string, string?> settings)
    {
        var factory = new GatewayFactory { TestServices = s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(JourneyHost.Now)) };
        foreach (var (k, v) in settings) factory.Settings[k] = v;
        return factory;
    }

    public async Task DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_sqlite is not null) await _sqlite.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }

    public static TheoryData<string, string, string[], string> Requests => new()
    {
        { "POLICE", "Thames Valley Police Slough LPA", ["871", "870"],
            """{ strategyMeetings(first: 30, order: [{ heldAt: DESC }]) { totalCount nodes { id heldAt localAuthority { code } children { firstName lastName } invitations { agency status } decisions { startSection47 } actions { description ownerAgency } } } }""" },
        { "SOCIAL_CARE", "Slough Hub 1 (child protection)", ["871"],
            """{ children(first: 40, where: { plans: { some: { kind: { eq: CHILD_PROTECTION } } } }, order: [{ lastName: ASC }, { firstName: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id nhsNumber firstName lastName dateOfBirth address { postcode } plans { kind start end category } } } }""" },
        { "HEALTH", "Slough Health Visiting Team A", ["871"],
            """{ healthVisitingCaseload(first: 50, order: [{ dateOfBirth: DESC }]) { totalCount nodes { id firstName nhsNumber hasSocialWorker openPlanKinds } } }""" },
        { "HOUSING", "Slough Housing Services", ["871"],
            """{ children(first: 20) { totalCount nodes { firstName lastName hasSocialWorker socialCareHub { name phone } dateOfBirth } } }""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Query_SameRequestOnPostgresAndSqlite_SameResponse(string agency, string organisation, string[] councils, string query)
    {
        var onPostgres = await SendAsync(_postgres!, agency, organisation, councils, query);
        var onSqlite = await SendAsync(_sqlite!, agency, organisation, councils, query);
        Assert.True(Journeys.JourneyHost.OnlyNotAuthorized(onPostgres) || agency == "HOUSING", onPostgres.ToJsonString());
        var root = ((JsonObject)onPostgres["data"]!).First().Value!;
        Assert.True(root["totalCount"]!.GetValue<int>() > 0, onPostgres.ToJsonString()); // a real answer, not two empty ones
        // Cursors are sealed with a fresh nonce each time: compared as present, not as text.
        Assert.Equal(Unsealed(onSqlite.ToJsonString()), Unsealed(onPostgres.ToJsonString()));
    }

    private static string Unsealed(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"(cursor|startCursor|endCursor)\":\"[A-Za-z0-9_-]+\"", "\"$1\":\"sealed\"");

    [Fact]
    public async Task Start_OnPostgres_ReadyAndEveryAccessAudited()
    {
        using var client = _postgres!.CreateClient();
        Assert.True((await client.GetAsync("/health/ready")).IsSuccessStatusCode);
        var response = await SendAsync(_postgres, "POLICE", "Thames Valley Police Slough LPA", ["871"], "{ strategyMeetings(first: 5) { nodes { children { firstName } } } }");
        Assert.True(response["errors"] is null, response.ToJsonString());
        using var scope = _postgres.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.True(await db.AccessAuditEntries.AnyAsync(e => e.Agency == Partnership.Data.Model.Agency.Police));
    }

    private static async Task<JsonObject> SendAsync(GatewayFactory host, string agency, string organisation, string[] councils, string query)
    {
        var token = host.Token(Enum.Parse<Agency>(agency.Replace("_", ""), ignoreCase: true), councils, organisation: organisation);
        using var client = host.CreateClient();
        var response = await client.SendAsync(GatewayFactory.Post(JsonSerializer.Serialize(new { query }), token));
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
