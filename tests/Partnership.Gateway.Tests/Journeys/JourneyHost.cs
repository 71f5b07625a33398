using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data;
using Partnership.Data.Dates;
using Partnership.Gateway.Auth;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>
/// One Gateway (the real host: JWT auth, the hub schema, a temporary SQLite database with the <c>test</c> synthetic preset)
/// shared by a test class, and a way to send GraphQL over HTTP with a dev token of a given agency, role and organisation.
/// </summary>
public sealed class JourneyHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 31);

    /// <summary>
    /// domain.md's route 2 over a meeting, written out for the tests' expectations: one of its children has an open s47 enquiry, a CP
    /// or pre-birth plan, or is looked after. An invited organisation that did not attend sees the decisions and its own actions
    /// while it holds; one that attended keeps the record for good; every invited organisation sees the schedule.
    /// </summary>
    public static Expression<Func<Partnership.Data.Model.Meeting, bool>> UnderStatutorySafeguarding { get; } = m => m.Children.Any(c =>
        c.Child!.Section47Enquiries.Any(s => Period.IsOpen(s.StartDate, s.EndDate, Today))
        || c.Child.Plans.Any(p => (p.Kind == Partnership.Data.Model.PlanKind.ChildProtection || p.Kind == Partnership.Data.Model.PlanKind.PreBirth
            || p.Kind == Partnership.Data.Model.PlanKind.LookedAfter) && Period.IsOpen(p.StartDate, p.EndDate, Today)));

    /// <summary>A meeting its invitees may still write to: not cancelled, and held at most 60 days ago (Sharing:MeetingRecordWindow).</summary>
    public static Expression<Func<Partnership.Data.Model.Meeting, bool>> OpenToInvitees { get; } = m => m.CancelledAt == null && m.HeldAt > Now.AddDays(-60);

    // The organisations of the test preset, by the names the token's `org` claim gives (the hub matches id, URN, ODS code or name).
    public const string PoliceOrg = "Thames Valley Police Slough LPA", HealthVisitingTeam = "Slough Health Visiting Team A",
        SloughHub1 = "Slough Hub 1 (child protection)";

    /// <summary>No <c>Data:SeedAsOf</c>: the hub seeds the world at its own today, which the fixed clock makes 31 March 2026.</summary>
    public GatewayFactory Factory { get; } = new() { TestServices = s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)), Settings = { ["Data:SeedAsOf"] = "" } };

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public string Token(Agency agency, string organisation, string[]? councils = null, string? role = null, CallerKind kind = CallerKind.Person) =>
        DevTokenIssuer.Issue(new DevTokenRequest(agency, [role ?? DevTokenIssuer.DefaultRole(agency)], organisation, councils ?? ["871"], kind,
            $"journeys-{agency}-{kind}".ToLowerInvariant(), TimeSpan.FromHours(1)), Factory.Key, GatewayFactory.Audience);

    /// <summary>Posts a GraphQL request; returns the whole response body.</summary>
    public async Task<JsonObject> Send(string token, string query, object? variables = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var response = await Client.SendAsync(GatewayFactory.Post(body, token));
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException(text);
    }

    /// <summary>Posts and asserts there are no errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> Data(string token, string query, object? variables = null)
    {
        var json = await Send(token, query, variables);
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }

    /// <summary>
    /// The data of a response whose only errors are <c>NOT_AUTHORIZED</c>: a field the caller may not see (a meeting's record where
    /// only its schedule is shared) is null with an error that says so.
    /// </summary>
    public async Task<JsonNode> DataWithheldWhereNotShared(string token, string query, object? variables = null)
    {
        var json = await Send(token, query, variables);
        Assert.True(OnlyNotAuthorized(json), json.ToJsonString());
        return json["data"]!;
    }

    public static bool OnlyNotAuthorized(JsonNode json) =>
        (json["errors"] as JsonArray ?? []).All(e => e?["extensions"]?["code"]?.GetValue<string>() == "NOT_AUTHORIZED");

    /// <summary>Runs <paramref name="work"/> with the hub's database (to pick test data and check what was stored).</summary>
    public async Task<T> Db<T>(Func<PartnershipDbContext, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PartnershipDbContext>());
    }

    public static string Id(string type, Guid key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
