using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>
/// The meeting change feed as a force system follows it: a first sync from the start, resuming from a cursor, changes told only
/// as far as the policy lets the caller see them, an invitation withdrawn given as REVOKED, and the same pages pushed by the
/// <c>meetingChanged</c> subscription.
/// </summary>
public sealed class MeetingChangeFeedTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private const string PageQuery = """
        query($after: String, $first: Int) { meetingChanges(after: $after, first: $first) {
          changes { cursor kind meetingId meetingKind at version } endCursor hasNextPage
          strategyMeetings { id version status } conferences { id version } } }
        """;

    private static string Mid(Guid meeting) => GlobalId.Encode("StrategyMeeting", meeting);

    private async Task<JsonObject> PageAsync(TestCaller caller, string? after = null, int first = 100)
    {
        var r = await _host.RunAsync(caller, PageQuery, new { after, first });
        r.AssertNoErrors();
        return r.At("meetingChanges")!.AsObject();
    }

    /// <summary>Follows the feed from <paramref name="after"/> to its end in pages of <paramref name="first"/>: the meetings' versions it ends with, and the cursor.</summary>
    internal static async Task<(Dictionary<string, int> Versions, string Cursor, List<JsonObject> Changes)> SyncAsync(
        Func<string?, Task<JsonObject>> page, string? after, Dictionary<string, int>? versions = null)
    {
        versions ??= [];
        var changes = new List<JsonObject>();
        while (true)
        {
            var p = await page(after);
            foreach (var c in p["changes"]!.AsArray())
            {
                var change = c!.AsObject();
                changes.Add(change);
                var id = change["meetingId"]!.GetValue<string>();
                if (change["kind"]!.GetValue<string>() == "REVOKED") versions.Remove(id);
                else versions[id] = Math.Max(versions.GetValueOrDefault(id), change["version"]!.GetValue<int>());
            }
            after = p["endCursor"]!.GetValue<string>();
            if (!p["hasNextPage"]!.GetValue<bool>()) return (versions, after, changes);
        }
    }

    /// <summary>What a fresh query returns: every strategy meeting and conference the caller sees, with its version.</summary>
    private async Task<Dictionary<string, int>> FreshAsync(TestCaller caller)
    {
        var r = await _host.RunAsync(caller, "{ strategyMeetings(first: 50) { nodes { id version } } conferences(first: 50) { nodes { id version } } }");
        r.AssertNoErrors();
        return r.At("strategyMeetings.nodes")!.AsArray().Concat(r.At("conferences.nodes")!.AsArray())
            .ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task MeetingChanges_FirstSyncInSmallPages_EndsWithExactlyTheMeetingsPoliceSees()
    {
        var (versions, _, changes) = await SyncAsync(after => PageAsync(PoliceOfficer, after, first: 2), null);
        Assert.Equal(await FreshAsync(PoliceOfficer), versions);
        Assert.Contains(Mid(UpcomingMeeting), versions.Keys);
        Assert.DoesNotContain(Mid(ReadingMeeting), versions.Keys); // Reading is not in this officer's token
        var cursors = changes.Select(c => c["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(cursors.Count, cursors.Distinct().Count());
    }

    [Fact]
    public async Task MeetingChanges_ResumedAfterAReschedule_GivesOnlyTheChangeAndTheMeetingAsItStands()
    {
        var (_, cursor, _) = await SyncAsync(after => PageAsync(PoliceOfficer, after), null);
        var r = await _host.RunAsync(SocialWorker, """
            mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: "2026-04-03T14:00:00Z" }) { errors { code } } }
            """, new { id = Mid(UpcomingMeeting) });
        Assert.Empty(r.At("rescheduleStrategyMeeting.errors")!.AsArray());
        var page = await PageAsync(PoliceOfficer, cursor);
        var change = Assert.Single(page["changes"]!.AsArray())!;
        Assert.Equal("RESCHEDULED", change["kind"]!.GetValue<string>());
        Assert.Equal(Mid(UpcomingMeeting), change["meetingId"]!.GetValue<string>());
        Assert.Equal(2, change["version"]!.GetValue<int>());
        var meeting = Assert.Single(page["strategyMeetings"]!.AsArray())!;
        Assert.Equal(2, meeting["version"]!.GetValue<int>());
        // Nothing new: the same cursor comes back and no change.
        var again = await PageAsync(PoliceOfficer, page["endCursor"]!.GetValue<string>());
        Assert.Empty(again["changes"]!.AsArray());
        Assert.Equal(page["endCursor"]!.GetValue<string>(), again["endCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task MeetingChanges_ContributionTheCallerMayNotSee_ToldAsUpdatedOnly()
    {
        var (_, policeCursor, _) = await SyncAsync(after => PageAsync(PoliceOfficer, after), null);
        var (_, healthCursor, _) = await SyncAsync(after => PageAsync(HealthVisitor, after), null);
        // Police attended the s47 meeting; the health visiting team was invited but did not attend, so police's contribution
        // is not shared with it: health learns only that the meeting changed.
        var r = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: \"PNC checks: no trace\" }) { errors { code } } }",
            new { id = Mid(S47Meeting) });
        Assert.Empty(r.At("addContribution.errors")!.AsArray());
        var police = Assert.Single((await PageAsync(PoliceOfficer, policeCursor))["changes"]!.AsArray())!;
        Assert.Equal("CONTRIBUTION_SHARED", police["kind"]!.GetValue<string>());
        var health = await PageAsync(HealthVisitor, healthCursor);
        var change = Assert.Single(health["changes"]!.AsArray())!;
        Assert.Equal("UPDATED", change["kind"]!.GetValue<string>());
        Assert.DoesNotContain("PNC", health.ToJsonString(), StringComparison.Ordinal);
        var social = await PageAsync(SocialWorker, null, 500);
        Assert.Equal("CONTRIBUTION_SHARED", social["changes"]!.AsArray()[^1]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithdrawInvitation_School_SchoolToldRevokedWithTheIdOnlyAndNoLongerSeesIt()
    {
        var (_, cursor, _) = await SyncAsync(after => PageAsync(SchoolDsl, after), null);
        var invite = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100001\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Empty(invite.At("inviteToMeeting.errors")!.AsArray());
        var invited = await PageAsync(SchoolDsl, cursor);
        Assert.Equal("INVITED", Assert.Single(invited["changes"]!.AsArray())!["kind"]!.GetValue<string>());
        Assert.Contains(Mid(UpcomingMeeting), (await FreshAsync(SchoolDsl)).Keys);

        var withdraw = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { withdrawInvitation(input: { meetingId: $id, organisation: \"100001\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Empty(withdraw.At("withdrawInvitation.errors")!.AsArray());
        var revoked = await PageAsync(SchoolDsl, invited["endCursor"]!.GetValue<string>());
        var change = Assert.Single(revoked["changes"]!.AsArray())!;
        Assert.Equal("REVOKED", change["kind"]!.GetValue<string>());
        Assert.Equal(Mid(UpcomingMeeting), change["meetingId"]!.GetValue<string>());
        Assert.Null(change["at"]);
        Assert.Null(change["version"]);
        Assert.Empty(revoked["strategyMeetings"]!.AsArray());
        Assert.DoesNotContain(Mid(UpcomingMeeting), (await FreshAsync(SchoolDsl)).Keys);
        // A school syncing afresh ends where a fresh query does; police, still invited, sees the withdrawal as a schedule change.
        var (versions, _, _) = await SyncAsync(after => PageAsync(SchoolDsl, after), null);
        Assert.Equal(await FreshAsync(SchoolDsl), versions);
        var police = await PageAsync(PoliceOfficer, null, 500);
        Assert.Equal("INVITATION_WITHDRAWN", police["changes"]!.AsArray()[^1]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task MeetingChanges_OrganisationNeverInvited_NoChangeAboutTheMeetings()
    {
        // The other school was invited to nothing: it learns of no meeting, not even that one changed.
        await _host.RunAsync(SocialWorker, "mutation($id: ID!) { cancelStrategyMeeting(input: { meetingId: $id, reason: \"moved\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        var page = await PageAsync(OtherSchoolDsl);
        Assert.Empty(page["changes"]!.AsArray());
        Assert.False(page["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("bWVldGluZ0NoYW5nZXM6LTE=")] // "meetingChanges:-1"
    [InlineData("Q2hpbGQ6MTIz")] // another type's id
    public async Task MeetingChanges_ForeignCursor_InvalidCursorAndNoData(string cursor)
    {
        var r = await _host.RunAsync(PoliceOfficer, PageQuery, new { after = cursor, first = 10 });
        Assert.Equal(["PAGINATION_INVALID_CURSOR"], r.ErrorCodes);
        Assert.Null(r.Data);
    }

    [Fact]
    public async Task MeetingChanges_PageTooLarge_RefusedWithTheLimit()
    {
        var r = await _host.RunAsync(PoliceOfficer, PageQuery, new { after = (string?)null, first = 501 });
        Assert.Equal(["PAGINATION_MAX_ITEMS"], r.ErrorCodes);
    }

    [Fact]
    public async Task InviteToMeeting_ByPoliceOrAfterTheMeeting_RefusedAndNothingChanged()
    {
        var police = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100001\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Equal("FORBIDDEN", police.At("inviteToMeeting.errors.0.code")!.GetValue<string>());
        var held = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100001\" }) { errors { code } } }",
            new { id = Mid(S47Meeting) });
        Assert.Equal("ALREADY_HELD", held.At("inviteToMeeting.errors.0.code")!.GetValue<string>());
        var unknown = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { withdrawInvitation(input: { meetingId: $id, organisation: \"999999\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Equal("UNKNOWN_ORGANISATION", unknown.At("withdrawInvitation.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(5, await db.MeetingChanges.CountAsync());
        Assert.Equal(1, (await db.Meetings.SingleAsync(m => m.Id == UpcomingMeeting)).Version);
    }

    [Fact]
    public async Task MeetingChanged_ResumedFromACursor_PushesWhatWasMissedThenEachNewChange()
    {
        var (_, cursor, _) = await SyncAsync(after => PageAsync(PoliceSystem, after), null);
        // Changed while the system was disconnected.
        await _host.RunAsync(SocialWorker, "mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: \"2026-04-03T14:00:00Z\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        await using var scope = _host.Services.CreateAsyncScope();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var subscribed = await scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>().SubscribeAsync(new GraphQLRequest
        {
            Query = "subscription($after: String) { meetingChanged(after: $after) { changes { cursor kind version } endCursor strategyMeetings { id version } } }",
            Variables = new Dictionary<string, object?> { ["after"] = cursor },
            Services = scope.ServiceProvider, User = PoliceSystem.ToPrincipal(),
        }, timeout.Token);
        Assert.NotNull(subscribed.Stream);
        await using var events = subscribed.Stream!.GetAsyncEnumerator(timeout.Token);
        Assert.True(await events.MoveNextAsync());
        var first = Response.Of(events.Current).At("meetingChanged")!;
        Assert.Equal("RESCHEDULED", first["changes"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal(2, first["strategyMeetings"]![0]!["version"]!.GetValue<int>());

        var next = events.MoveNextAsync().AsTask();
        await _host.RunAsync(SocialWorker, "mutation($id: ID!) { cancelStrategyMeeting(input: { meetingId: $id, reason: \"family moved\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.True(await next.WaitAsync(timeout.Token)); // woken by the commit, not by the poll (the hub's clock stands still)
        var second = Response.Of(events.Current).At("meetingChanged")!;
        var change = Assert.Single(second["changes"]!.AsArray())!;
        Assert.Equal("CANCELLED", change["kind"]!.GetValue<string>());
        Assert.Equal(3, change["version"]!.GetValue<int>());
        // The pushed cursor is the query's: a client that drops here resumes with no gap and no duplicate.
        Assert.Empty((await PageAsync(PoliceSystem, second["endCursor"]!.GetValue<string>()))["changes"]!.AsArray());
        await timeout.CancelAsync();
    }
    [Fact]
    public async Task MeetingChanged_OrganisationNotInvited_NothingPushedUntilItIsInvited()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var subscribed = await scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>().SubscribeAsync(new GraphQLRequest
        {
            Query = "subscription { meetingChanged { changes { kind meetingId } } }", Services = scope.ServiceProvider, User = OtherSchoolDsl.ToPrincipal(),
        }, timeout.Token);
        await using var events = subscribed.Stream!.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync().AsTask();
        // A change to a meeting the school is not invited to wakes the stream, which finds nothing the school may see.
        await _host.RunAsync(SocialWorker, "mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: \"2026-04-03T14:00:00Z\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        await Task.Delay(500);
        Assert.False(next.IsCompleted);
        var invite = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100002\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Empty(invite.At("inviteToMeeting.errors")!.AsArray());
        Assert.True(await next.WaitAsync(timeout.Token));
        var change = Assert.Single(Response.Of(events.Current).At("meetingChanged.changes")!.AsArray())!;
        Assert.Equal("INVITED", change["kind"]!.GetValue<string>());
        await timeout.CancelAsync();
    }
    [Fact]
    public async Task AddContribution_ReportToAConferencePoliceIsInvitedTo_StoredAndInTheFeed()
    {
        var conference = new Guid("00000000-0000-0000-0000-000000001301");
        await using (var db = _host.NewContext())
        {
            db.Meetings.Add(new Partnership.Data.Model.Meeting
            {
                Id = conference, Kind = Partnership.Data.Model.MeetingKind.InitialConference, LocalAuthorityId = Slough,
                HeldAt = HubHost.Now.AddDays(6), UpdatedAt = HubHost.Now.AddDays(-1),
            });
            db.MeetingChildren.Add(new Partnership.Data.Model.MeetingChild { MeetingId = conference, ChildId = S47Child });
            db.MeetingInvitations.Add(new Partnership.Data.Model.MeetingInvitation
            {
                Id = Guid.NewGuid(), MeetingId = conference, Agency = Partnership.Data.Model.Agency.Police, OrganisationId = PoliceArea,
                Status = Partnership.Data.Model.AttendanceStatus.Invited,
            });
            await db.SaveChangesAsync();
            await Partnership.Data.Synthetic.SyntheticLoader.StartMeetingFeedAsync(db);
        }
        var (_, cursor, _) = await SyncAsync(after => PageAsync(PoliceOfficer, after), null);
        var id = GlobalId.Encode("Conference", conference);
        var r = await _host.RunAsync(PoliceOfficer, """
            mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: "Report to conference: two domestic incidents since the strategy meeting" }) {
              contribution { agency text } errors { code } } }
            """, new { id });
        r.AssertNoErrors();
        Assert.Empty(r.At("addContribution.errors")!.AsArray());
        Assert.Equal("POLICE", r.At("addContribution.contribution.agency")!.GetValue<string>());
        var page = await PageAsync(PoliceOfficer, cursor);
        var change = Assert.Single(page["changes"]!.AsArray())!;
        Assert.Equal("CONTRIBUTION_SHARED", change["kind"]!.GetValue<string>());
        Assert.Equal("INITIAL_CONFERENCE", change["meetingKind"]!.GetValue<string>());
        Assert.Equal(id, change["meetingId"]!.GetValue<string>());
        Assert.Equal(2, Assert.Single(page["conferences"]!.AsArray())!["version"]!.GetValue<int>());
        // A school not invited to the conference cannot send it a report.
        var school = await _host.RunAsync(OtherSchoolDsl, "mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: \"x\" }) { errors { code } } }", new { id });
        Assert.Equal("NOT_FOUND", school.At("addContribution.errors.0.code")!.GetValue<string>());
    }
}
