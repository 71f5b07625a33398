using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>
/// A conference from scheduling to outcome as social care and police live it: invitations, a police report, attendance, and
/// the outcome that clears the initial conference due, starts the plan and sets the next review.
/// </summary>
public sealed class ConferenceWorkflowTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private const string Schedule = """
        mutation($kind: MeetingKind!, $ids: [ID!]!, $at: DateTime!) { scheduleConference(input: { kind: $kind, childIds: $ids, heldAt: $at, location: "Observatory House, room 4" }) {
          conference { id kind heldAt status invitations { agency status } } errors { code } } }
        """;

    private const string Outcome = """
        mutation($id: ID!, $outcome: ConferenceOutcome!, $category: AbuseCategory) { recordConferenceOutcome(input: { conferenceId: $id, outcome: $outcome, category: $category }) {
          conference { id status outcome version } errors { code } } }
        """;

    private async Task<string> ScheduleAsync(string kind, Guid child, DateTimeOffset at)
    {
        var r = await _host.RunAsync(SocialWorker, Schedule, new { kind, ids = new[] { Id(child) }, at });
        r.AssertNoErrors();
        Assert.Empty(r.At("scheduleConference.errors")!.AsArray());
        return r.At("scheduleConference.conference.id")!.GetValue<string>();
    }

    [Fact]
    public async Task InitialConference_ScheduledReportedAttendedDecided_ClearsTheDueListAndStartsThePlanWithItsFirstReview()
    {
        Assert.Contains(Id(S47Child), await DueChildrenAsync());
        var id = await ScheduleAsync("INITIAL_CONFERENCE", S47Child, HubHost.Now.AddDays(3));

        // Police, invited as to a strategy discussion, sees it and sends its report before it.
        var seen = await _host.RunAsync(PoliceOfficer, "query($id: ID!) { node(id: $id) { ... on Conference { kind status location invitations { agency } } } }", new { id });
        seen.AssertNoErrors();
        Assert.Equal("SCHEDULED", seen.At("node.status")!.GetValue<string>());
        var report = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: \"Police report: no further incidents\" }) { errors { code } } }", new { id });
        Assert.Empty(report.At("addContribution.errors")!.AsArray());

        // An outcome waits for the conference to be held.
        var early = await _host.RunAsync(SocialWorker, Outcome, new { id, outcome = "PLAN_STARTED", category = "NEG" });
        Assert.Equal("NOT_YET_HELD", early.At("recordConferenceOutcome.errors.0.code")!.GetValue<string>());

        _host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));
        var attended = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: ATTENDED }) { errors { code } } }", new { id });
        Assert.Empty(attended.At("recordAttendance.errors")!.AsArray());
        var decided = await _host.RunAsync(SocialWorker, Outcome, new { id, outcome = "PLAN_STARTED", category = "NEG" });
        decided.AssertNoErrors();
        Assert.Empty(decided.At("recordConferenceOutcome.errors")!.AsArray());
        Assert.Equal("PLAN_STARTED", decided.At("recordConferenceOutcome.conference.outcome")!.GetValue<string>());
        Assert.Equal("OUTCOME_RECORDED", decided.At("recordConferenceOutcome.conference.status")!.GetValue<string>());

        Assert.DoesNotContain(Id(S47Child), await DueChildrenAsync());
        await using var db = _host.NewContext();
        var plan = await db.Plans.SingleAsync(p => p.ChildId == S47Child && p.Kind == PlanKind.ChildProtection && p.EndDate == null);
        Assert.Equal(AbuseCategory.Neglect, plan.InitialCategory);
        var held = new DateOnly(2026, 4, 3);
        Assert.Equal(held, plan.StartDate);
        Assert.Equal(held, (await db.Section47Enquiries.SingleAsync(s => s.ChildId == S47Child)).InitialConferenceDate);
        var reviews = await _host.RunAsync(SocialWorker, "{ reviewConferencesDue { childId planStart dueOn } }");
        reviews.AssertNoErrors();
        var review = reviews.At("reviewConferencesDue")!.AsArray().Single(r => r!["childId"]!.GetValue<string>() == Id(S47Child))!;
        Assert.Equal("2026-07-03", review["dueOn"]!.GetValue<string>()); // three months after the conference held

        // Police attended: the outcome is its to see, in the feed too.
        var feed = await _host.RunAsync(PoliceOfficer, "{ meetingChanges(first: 500) { changes { kind meetingId } } }");
        feed.AssertNoErrors();
        Assert.Equal(["SCHEDULED", "CONTRIBUTION_SHARED", "ATTENDANCE", "OUTCOME_RECORDED"],
            feed.At("meetingChanges.changes")!.AsArray().Where(c => c!["meetingId"]!.GetValue<string>() == id).Select(c => c!["kind"]!.GetValue<string>()));
        var again = await _host.RunAsync(SocialWorker, Outcome, new { id, outcome = "NO_PLAN", category = (string?)null });
        Assert.Equal("ALREADY_RECORDED", again.At("recordConferenceOutcome.errors.0.code")!.GetValue<string>());
    }

    [Fact]
    public async Task ReviewConference_Held_MovesTheNextReviewSixMonthsOnOrEndsThePlan()
    {
        var id = await ScheduleAsync("REVIEW_CONFERENCE", CpChild, HubHost.Now.AddDays(1));
        _host.Clock.Advance(TimeSpan.FromDays(2));
        var wrong = await _host.RunAsync(SocialWorker, Outcome, new { id, outcome = "PLAN_STARTED", category = "NEG" });
        Assert.Equal("INVALID_OUTCOME", wrong.At("recordConferenceOutcome.errors.0.code")!.GetValue<string>());
        var decided = await _host.RunAsync(SocialWorker, Outcome, new { id, outcome = "PLAN_CONTINUED", category = (string?)null });
        Assert.Empty(decided.At("recordConferenceOutcome.errors")!.AsArray());
        var reviews = await _host.RunAsync(SocialWorker, "{ reviewConferencesDue { childId lastReview dueOn } }");
        var review = reviews.At("reviewConferencesDue")!.AsArray().Single(r => r!["childId"]!.GetValue<string>() == Id(CpChild))!;
        Assert.Equal("2026-04-01", review["lastReview"]!.GetValue<string>());
        Assert.Equal("2026-10-01", review["dueOn"]!.GetValue<string>());

        var next = await ScheduleAsync("REVIEW_CONFERENCE", CpChild, HubHost.Now.AddDays(10));
        _host.Clock.Advance(TimeSpan.FromDays(10));
        var ended = await _host.RunAsync(SocialWorker, Outcome, new { id = next, outcome = "PLAN_ENDED", category = (string?)null });
        Assert.Empty(ended.At("recordConferenceOutcome.errors")!.AsArray());
        await using var db = _host.NewContext();
        Assert.Equal(new DateOnly(2026, 4, 10), (await db.Plans.SingleAsync(p => p.Id == CpPlan)).EndDate);
    }

    [Fact]
    public async Task ScheduleConference_WrongChildOrCaller_RefusedAndNothingStored()
    {
        var noEnquiry = await _host.RunAsync(SocialWorker, Schedule, new { kind = "INITIAL_CONFERENCE", ids = new[] { Id(CinConsent) }, at = HubHost.Now.AddDays(3) });
        Assert.Equal("NO_SECTION_47", noEnquiry.At("scheduleConference.errors.0.code")!.GetValue<string>());
        var noPlan = await _host.RunAsync(SocialWorker, Schedule, new { kind = "REVIEW_CONFERENCE", ids = new[] { Id(S47Child) }, at = HubHost.Now.AddDays(3) });
        Assert.Equal("NO_PLAN", noPlan.At("scheduleConference.errors.0.code")!.GetValue<string>());
        var strategy = await _host.RunAsync(SocialWorker, Schedule, new { kind = "STRATEGY_DISCUSSION", ids = new[] { Id(S47Child) }, at = HubHost.Now.AddDays(3) });
        Assert.Equal("INVALID_KIND", strategy.At("scheduleConference.errors.0.code")!.GetValue<string>());
        var police = await _host.RunAsync(PoliceOfficer, Schedule, new { kind = "INITIAL_CONFERENCE", ids = new[] { Id(S47Child) }, at = HubHost.Now.AddDays(3) });
        Assert.Equal("FORBIDDEN", police.At("scheduleConference.errors.0.code")!.GetValue<string>());
        var past = await _host.RunAsync(SocialWorker, Schedule, new { kind = "INITIAL_CONFERENCE", ids = new[] { Id(S47Child) }, at = HubHost.Now.AddDays(-1) });
        Assert.Equal("INVALID_DATE", past.At("scheduleConference.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(5, await db.Meetings.CountAsync());
        Assert.Equal(5, await db.MeetingChanges.CountAsync());
    }

    private async Task<List<string>> DueChildrenAsync()
    {
        var r = await _host.RunAsync(SocialWorker, "{ initialConferencesDue { childId } }");
        r.AssertNoErrors();
        return r.At("initialConferencesDue")!.AsArray().Select(n => n!["childId"]!.GetValue<string>()).ToList();
    }
}
