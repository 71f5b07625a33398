using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data.Model;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using Partnership.Testing.Postgres;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>
/// The change feed on PostgreSQL with two gateways on one database: a police system that syncs, follows the subscription on one
/// gateway, drops, and resumes by query on the other while both write, ends with exactly what a fresh query returns.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMeetingChangeFeedTests(PostgresFixture pg) : IAsyncLifetime
{
    private HubHost _a = null!, _b = null!;

    public async Task InitializeAsync()
    {
        var database = await pg.Server.CreateDatabaseAsync("changefeed");
        _a = await HubHost.PostgresAsync(database);
        _b = await HubHost.PostgresAsync(database);
        await using var db = _a.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    private const string PageQuery = """
        query($after: String, $first: Int) { meetingChanges(after: $after, first: $first) {
          changes { cursor kind meetingId version } endCursor hasNextPage } }
        """;

    private static Func<string?, Task<JsonObject>> Pages(HubHost host, int first) => async after =>
    {
        var r = await host.RunAsync(PoliceSystem, PageQuery, new { after, first });
        r.AssertNoErrors();
        return r.At("meetingChanges")!.AsObject();
    };

    [Fact]
    public async Task MeetingChanges_SubscriptionDroppedThenQueryOnAnotherGateway_NoGapNoDuplicateAndTheFreshState()
    {
        var (versions, cursor, seen) = await MeetingChangeFeedTests.SyncAsync(Pages(_a, 2), null);

        await using var scope = _a.Services.CreateAsyncScope();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var drop = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var subscribed = await scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>().SubscribeAsync(new GraphQLRequest
        {
            Query = "subscription($after: String) { meetingChanged(after: $after) { changes { cursor kind meetingId version } endCursor } }",
            Variables = new Dictionary<string, object?> { ["after"] = cursor },
            Services = scope.ServiceProvider, User = PoliceSystem.ToPrincipal(),
        }, drop.Token);
        Assert.NotNull(subscribed.Stream);

        // Two gateways write at once: A moves the upcoming meeting again and again, B schedules new meetings for Jay.
        var upcoming = GlobalId.Encode("StrategyMeeting", UpcomingMeeting);
        var writers = Task.WhenAll(
            Task.Run(async () =>
            {
                for (var i = 0; i < 6; i++)
                {
                    var r = await _a.RunAsync(SocialWorker, "mutation($id: ID!, $at: DateTime!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: $at }) { errors { code } } }",
                        new { id = upcoming, at = new DateTimeOffset(2026, 4, 3 + i, 10, 0, 0, TimeSpan.Zero) });
                    r.AssertNoErrors();
                }
            }),
            Task.Run(async () =>
            {
                for (var i = 0; i < 6; i++)
                {
                    var r = await _b.RunAsync(SocialWorker, "mutation($ids: [ID!]!, $at: DateTime!) { scheduleStrategyMeeting(input: { childIds: $ids, heldAt: $at }) { errors { code } } }",
                        new { ids = new[] { Id(CpChild) }, at = new DateTimeOffset(2026, 4, 10 + i, 9, 0, 0, TimeSpan.Zero) });
                    r.AssertNoErrors();
                }
            }));

        // Follow the subscription until a few changes have arrived, then drop the connection.
        await using (var events = subscribed.Stream.GetAsyncEnumerator(drop.Token))
        {
            var received = 0;
            while (received < 3 && await events.MoveNextAsync())
            {
                var page = Response.Of(events.Current).At("meetingChanged")!.AsObject();
                foreach (var change in page["changes"]!.AsArray()) { seen.Add(change!.AsObject()); received++; Apply(versions, change!); }
                cursor = page["endCursor"]!.GetValue<string>();
            }
            await drop.CancelAsync();
        }
        await writers;

        // Resume by query on the other gateway from the last cursor received.
        var (final, _, rest) = await MeetingChangeFeedTests.SyncAsync(Pages(_b, 2), cursor, versions);
        seen.AddRange(rest);

        var fresh = await _b.RunAsync(PoliceSystem, "{ strategyMeetings(first: 50) { nodes { id version } } conferences(first: 50) { nodes { id version } } }");
        fresh.AssertNoErrors();
        var expected = fresh.At("strategyMeetings.nodes")!.AsArray().Concat(fresh.At("conferences.nodes")!.AsArray())
            .ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!["version"]!.GetValue<int>());
        Assert.Equal(expected, final);
        Assert.Equal(7, final[upcoming]); // scheduled, then six moves
        var cursors = seen.Select(c => c["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(cursors.Count, cursors.Distinct().Count()); // no duplicate
        await using var db = _a.NewContext();
        // No gap: the system sees every meeting here, so every change logged was given, once.
        Assert.Equal(await db.MeetingChanges.CountAsync(), seen.Count);
    }

    [Fact]
    public async Task RescheduleStrategyMeeting_TwoGatewaysAtOnce_EachVersionOnceAndTheLoserToldToRetry()
    {
        var upcoming = GlobalId.Encode("StrategyMeeting", UpcomingMeeting);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? _a : _b).RunAsync(SocialWorker,
            "mutation($id: ID!, $at: DateTime!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: $at }) { errors { code } } }",
            new { id = upcoming, at = new DateTimeOffset(2026, 4, 3 + i, 10, 0, 0, TimeSpan.Zero) }))));
        var succeeded = results.Count(r => r.Errors.Count == 0);
        Assert.All(results.Where(r => r.Errors.Count > 0), r => Assert.Equal(["MEETING_CHANGED"], r.ErrorCodes));
        await using var db = _a.NewContext();
        var versions = await db.MeetingChanges.Where(c => c.MeetingId == UpcomingMeeting).OrderBy(c => c.Sequence).Select(c => c.Version).ToListAsync();
        Assert.Equal(Enumerable.Range(1, succeeded + 1), versions);
        Assert.Equal(succeeded + 1, (await db.Meetings.SingleAsync(m => m.Id == UpcomingMeeting)).Version);
    }

    [Fact]
    public async Task InitialConference_ScheduledThenDecidedOnTheOtherGateway_DueClearedPlanStartedInTheFeed()
    {
        var r = await _a.RunAsync(SocialWorker, """
            mutation($ids: [ID!]!, $at: DateTime!) { scheduleConference(input: { kind: INITIAL_CONFERENCE, childIds: $ids, heldAt: $at }) { conference { id } errors { code } } }
            """, new { ids = new[] { Id(S47Child) }, at = HubHost.Now.AddHours(2) });
        r.AssertNoErrors();
        var id = r.At("scheduleConference.conference.id")!.GetValue<string>();
        _a.Clock.Advance(TimeSpan.FromHours(3));
        _b.Clock.Advance(TimeSpan.FromHours(3));
        var decided = await _b.RunAsync(SocialWorker, """
            mutation($id: ID!) { recordConferenceOutcome(input: { conferenceId: $id, outcome: PLAN_STARTED, category: PHY }) { conference { outcome } errors { code } } }
            """, new { id });
        decided.AssertNoErrors();
        Assert.Empty(decided.At("recordConferenceOutcome.errors")!.AsArray());
        var due = await _a.RunAsync(SocialWorker, "{ initialConferencesDue { childId } }");
        Assert.DoesNotContain(Id(S47Child), due.At("initialConferencesDue")!.AsArray().Select(n => n!["childId"]!.GetValue<string>()));
        await using var db = _a.NewContext();
        Assert.Equal(AbuseCategory.Physical, (await db.Plans.SingleAsync(p => p.ChildId == S47Child && p.EndDate == null && p.Kind == PlanKind.ChildProtection)).InitialCategory);
        var (_, _, changes) = await MeetingChangeFeedTests.SyncAsync(Pages(_a, 100), null);
        Assert.Equal(["SCHEDULED", "OUTCOME_RECORDED"], changes.Where(c => c["meetingId"]!.GetValue<string>() == id).Select(c => c["kind"]!.GetValue<string>()));
    }

    private static void Apply(Dictionary<string, int> versions, JsonNode change)
    {
        var id = change["meetingId"]!.GetValue<string>();
        if (change["kind"]!.GetValue<string>() == "REVOKED") versions.Remove(id);
        else versions[id] = Math.Max(versions.GetValueOrDefault(id), change["version"]!.GetValue<int>());
    }
}
