using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.GraphQL.AspNetCore.Security;
using M = Partnership.Data.Model;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>Children's social care's journeys over HTTP with a social worker's token for Slough, on the test preset.</summary>
public sealed class SocialCareJourneyTests(JourneyHost host) : IClassFixture<JourneyHost>
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    private string SocialWorker => host.Token(Agency.SocialCare, JourneyHost.SloughHub1);

    [Fact]
    public async Task ScheduleAndRecordDecisions_InvitationsGenerated_Section47StartsAndIcpcIsDue()
    {
        var today = Today;
        var child = await host.Db(db => db.People.Where(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871")
            .Where(p => db.SchoolEnrolments.Any(e => e.PersonId == p.Id && Period.IsOpen(e.StartDate, e.EndDate, today)))
            .Where(p => db.Referrals.Any(r => r.ChildId == p.Id && r.ClosureDate == null))
            .Where(p => !db.Section47Enquiries.Any(s => s.ChildId == p.Id && s.EndDate == null))
            .Select(p => p.Id).FirstAsync());
        var data = await host.Data(SocialWorker, """
            mutation($child: ID!) { scheduleStrategyMeeting(input: { childIds: [$child], heldAt: "2026-03-30T09:30:00+01:00", mode: VIRTUAL }) {
              meeting { id heldAt children { id } invitations { agency organisation status } } errors { code field message } } }
            """, new { child = JourneyHost.Id("Child", child) });
        var meeting = data["scheduleStrategyMeeting"]!["meeting"]!;
        Assert.Empty(data["scheduleStrategyMeeting"]!["errors"]!.AsArray());
        Assert.Equal(["EDUCATION", "HEALTH", "POLICE", "SOCIAL_CARE"], meeting["invitations"]!.AsArray().Select(i => i!["agency"]!.GetValue<string>()).Distinct().Order());
        Assert.All(meeting["invitations"]!.AsArray(), i => Assert.Equal("INVITED", i!["status"]!.GetValue<string>()));

        var decided = await host.Data(SocialWorker, """
            mutation($id: ID!) { recordMeetingDecisions(input: { meetingId: $id, startSection47: true, criminalInvestigation: "Joint visit with police",
                actions: [{ description: "Visit the child at school with police", ownerAgency: POLICE, dueDate: "2026-04-01" },
                          { description: "Share attendance records", ownerAgency: EDUCATION, dueDate: "2026-04-02" }] }) {
              meeting { decisions { startSection47 criminalInvestigation } actions { description ownerAgency ownerOrganisation dueDate } } errors { code field } } }
            """, new { id = meeting["id"]!.GetValue<string>() });
        Assert.Empty(decided["recordMeetingDecisions"]!["errors"]!.AsArray());
        Assert.True(decided["recordMeetingDecisions"]!["meeting"]!["decisions"]!["startSection47"]!.GetValue<bool>());
        Assert.Equal(2, decided["recordMeetingDecisions"]!["meeting"]!["actions"]!.AsArray().Count);

        var due = await host.Data(SocialWorker, "{ initialConferencesDue { childId enquiryStarted dueOn overdue workingDaysLate } }");
        var entry = due["initialConferencesDue"]!.AsArray().Single(d => d!["childId"]!.GetValue<string>() == JourneyHost.Id("Child", child));
        Assert.Equal("2026-03-30", entry!["enquiryStarted"]!.GetValue<string>());
        // 15 working days after Monday 30 March 2026, skipping Good Friday (3 April) and Easter Monday (6 April).
        Assert.Equal(WorkingDays.InitialConferenceDue(new DateOnly(2026, 3, 30)).ToString("yyyy-MM-dd"), entry["dueOn"]!.GetValue<string>());
        Assert.Equal("2026-04-22", entry["dueOn"]!.GetValue<string>());
        Assert.False(entry["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ScheduleStrategyMeeting_AnyPartInvalid_NothingStored()
    {
        var before = await host.Db(db => db.Meetings.CountAsync());
        var data = await host.Data(SocialWorker, """
            mutation { scheduleStrategyMeeting(input: { childIds: ["Q2hpbGQ6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAx"], heldAt: "2027-12-01T09:00:00Z" }) {
              meeting { id } errors { code field } } }
            """);
        var codes = data["scheduleStrategyMeeting"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("NOT_FOUND", codes);
        Assert.Contains("INVALID_DATE", codes);
        Assert.Null(data["scheduleStrategyMeeting"]!["meeting"]);
        Assert.Equal(before, await host.Db(db => db.Meetings.CountAsync()));

        var police = host.Token(Agency.Police, JourneyHost.PoliceOrg);
        var refused = await host.Data(police, """mutation { scheduleStrategyMeeting(input: { childIds: [], heldAt: "2026-03-31T09:00:00Z" }) { errors { code } } }""");
        Assert.Equal("FORBIDDEN", refused["scheduleStrategyMeeting"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task HubCaseloads_OpenCasesPerHubAgainstRange_AlertsAboveRange()
    {
        var data = await host.Data(SocialWorker, "{ hubCaseloads { name localAuthority openCases caseloadMin caseloadMax status practitioners { name openCases } } }");
        var hubs = data["hubCaseloads"]!.AsArray();
        var expected = await host.Db(db => db.People.CountAsync(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871" && p.CaseHoldingHubId != null));
        Assert.Equal(4, hubs.Count);
        Assert.Equal(expected, hubs.Sum(h => h!["openCases"]!.GetValue<int>()));
        foreach (var h in hubs)
        {
            var open = h!["openCases"]!.GetValue<int>();
            var status = open > h["caseloadMax"]!.GetValue<int>() ? "ABOVE_RANGE" : open < h["caseloadMin"]!.GetValue<int>() ? "BELOW_RANGE" : "IN_RANGE";
            Assert.Equal(status, h["status"]!.GetValue<string>());
        }
        var alerts = await host.Data(SocialWorker, "{ hubCaseloads(alertsOnly: true) { status } }");
        Assert.Equal(hubs.Count(h => h!["status"]!.GetValue<string>() == "ABOVE_RANGE"), alerts["hubCaseloads"]!.AsArray().Count);

        var police = await host.Send(host.Token(Agency.Police, JourneyHost.PoliceOrg), "{ hubCaseloads { name } }");
        Assert.Equal("FORBIDDEN", police["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scorecard_PerCouncilAndMonth_CountsMatchTheRecords()
    {
        var data = await host.Data(SocialWorker, """
            { scorecard(from: "2025-04-01", to: "2026-03-31", byHub: false) { localAuthority hub month contacts referrals assessments section47Enquiries
                plansStarted plansEnded repeatPlans initialConferences initialConferencesInTime policeInvited policeAttended policeAttendanceRate } }
            """);
        var rows = data["scorecard"]!.AsArray();
        Assert.All(rows, r => Assert.Equal("871", r!["localAuthority"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Null(r!["hub"]));
        var from = new DateOnly(2025, 4, 1);
        var referrals = await host.Db(db => db.Referrals.CountAsync(r => r.ReferralDate >= from && r.ReferralDate <= Today && r.Child!.LocalAuthority!.Code == "871"));
        var plans = await host.Db(db => db.Plans.CountAsync(p => (p.Kind == M.PlanKind.ChildProtection || p.Kind == M.PlanKind.PreBirth)
            && p.StartDate >= from && p.StartDate <= Today && p.LocalAuthority!.Code == "871"));
        Assert.True(referrals > 0);
        Assert.Equal(referrals, rows.Sum(r => r!["referrals"]!.GetValue<int>()));
        Assert.Equal(plans, rows.Sum(r => r!["plansStarted"]!.GetValue<int>()));
        Assert.All(rows, r => Assert.True(r!["initialConferencesInTime"]!.GetValue<int>() <= r["initialConferences"]!.GetValue<int>()));
        Assert.All(rows, r => Assert.True(r!["repeatPlans"]!.GetValue<int>() <= r["plansStarted"]!.GetValue<int>()));

        var byHub = await host.Data(SocialWorker, """{ scorecard(from: "2025-04-01", to: "2026-03-31") { hub referrals } }""");
        Assert.Equal(referrals, byHub["scorecard"]!.AsArray().Sum(r => r!["referrals"]!.GetValue<int>()));
        Assert.Contains(byHub["scorecard"]!.AsArray(), r => r!["hub"] is not null);

        var police = await host.Send(host.Token(Agency.Police, JourneyHost.PoliceOrg), """{ scorecard(from: "2025-04-01", to: "2026-03-31") { month } }""");
        Assert.Equal("FORBIDDEN", police["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartAndEndPlan_ValidatedOneOpenPlanPerKind_ReviewDueListed()
    {
        var child = await host.Db(db => db.People.Where(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871" && p.DateOfBirth != null)
            .Where(p => !db.Plans.Any(x => x.ChildId == p.Id && (x.Kind == M.PlanKind.ChildProtection || x.Kind == M.PlanKind.PreBirth)))
            .Select(p => p.Id).FirstAsync());
        var id = JourneyHost.Id("Child", child);
        const string Start = "mutation($input: StartPlanInput!) { startPlan(input: $input) { plan { id kind start end category } errors { code field } } }";

        var missing = await host.Data(SocialWorker, Start, new { input = new { childId = id, kind = "CHILD_PROTECTION", start = "2026-03-20" } });
        Assert.Equal("CATEGORY_REQUIRED", missing["startPlan"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(0, await host.Db(db => db.Plans.CountAsync(p => p.ChildId == child && p.Kind == M.PlanKind.ChildProtection)));

        var started = await host.Data(SocialWorker, Start, new { input = new { childId = id, kind = "CHILD_PROTECTION", start = "2026-03-20", category = "NEG" } });
        Assert.Empty(started["startPlan"]!["errors"]!.AsArray());
        Assert.Equal("NEG", started["startPlan"]!["plan"]!["category"]!.GetValue<string>());
        var planId = started["startPlan"]!["plan"]!["id"]!.GetValue<string>();

        var twice = await host.Data(SocialWorker, Start, new { input = new { childId = id, kind = "CHILD_PROTECTION", start = "2026-03-21", category = "PHY" } });
        Assert.Equal("ALREADY_OPEN", twice["startPlan"]!["errors"]![0]!["code"]!.GetValue<string>());

        var due = await host.Data(SocialWorker, "{ reviewConferencesDue { planId planStart lastReview dueOn overdue } }");
        var entry = due["reviewConferencesDue"]!.AsArray().Single(d => d!["planId"]!.GetValue<string>() == planId);
        Assert.Equal("2026-06-20", entry!["dueOn"]!.GetValue<string>()); // 3 months after the initial conference
        Assert.False(entry["overdue"]!.GetValue<bool>());
        var overdue = await host.Data(SocialWorker, "{ reviewConferencesDue(overdueOnly: true) { dueOn overdue } }");
        Assert.All(overdue["reviewConferencesDue"]!.AsArray(), d => Assert.True(string.CompareOrdinal(d!["dueOn"]!.GetValue<string>(), "2026-03-31") < 0));

        var early = await host.Data(SocialWorker, "mutation($id: ID!) { endPlan(input: { planId: $id, end: \"2026-03-01\" }) { errors { code } } }", new { id = planId });
        Assert.Equal("INVALID_DATE", early["endPlan"]!["errors"]![0]!["code"]!.GetValue<string>());
        var ended = await host.Data(SocialWorker, "mutation($id: ID!) { endPlan(input: { planId: $id, end: \"2026-03-31\" }) { plan { end } errors { code } } }", new { id = planId });
        Assert.Equal("2026-03-31", ended["endPlan"]!["plan"]!["end"]!.GetValue<string>());
    }
}
