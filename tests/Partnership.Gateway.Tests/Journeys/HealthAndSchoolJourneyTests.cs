using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Identifiers;
using Partnership.GraphQL.AspNetCore.Security;
using M = Partnership.Data.Model;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>The health visitor's and the school DSL's journeys over HTTP with tokens of those agencies, on the test preset.</summary>
public sealed class HealthAndSchoolJourneyTests(JourneyHost host) : IClassFixture<JourneyHost>
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    private string HealthVisitor => host.Token(Agency.Health, JourneyHost.HealthVisitingTeam);

    [Fact]
    public async Task HealthVisitingCaseload_ChildrenUnderFiveOnTheTeamsCaseload_WithProtectionFlagsAndContact()
    {
        var data = await host.Data(HealthVisitor, """
            { healthVisitingCaseload(first: 100) { totalCount nodes { id firstName dateOfBirth expectedDateOfBirth hasSocialWorker
                socialCareHub { name phone } openPlanKinds
                protectionStatus { childProtectionPlan { start end } lookedAfter { start } prebirthPlan { start }
                  responsibleAuthority { code name officeHoursPhone outOfHoursPhone } } } } }
            """);
        var expected = await host.Db(db => db.HealthVisitingAssignments
            .Where(a => a.Team!.Name == JourneyHost.HealthVisitingTeam && Period.IsOpen(a.StartDate, a.EndDate, Today))
            .Where(a => a.Person!.Kind == M.PersonKind.Child && (a.Person.DateOfBirth == null || a.Person.DateOfBirth > Today.AddYears(-5)))
            .Select(a => a.PersonId).Distinct().CountAsync());
        Assert.True(expected > 0);
        var connection = data["healthVisitingCaseload"]!;
        Assert.Equal(expected, connection["totalCount"]!.GetValue<int>());
        var nodes = connection["nodes"]!.AsArray();
        Assert.All(nodes, n =>
        {
            if (n!["dateOfBirth"] is JsonValue dob) Assert.True(DateOnly.Parse(dob.GetValue<string>()) > Today.AddYears(-5));
            // CP-IS is keyed on the NHS number: a child without one (an unborn child) has no protection status record.
            if (n["protectionStatus"] is JsonObject status) Assert.Equal("871", status["responsibleAuthority"]!["code"]!.GetValue<string>());
        });
        // The named social work contact: children with a social worker carry their hub's name.
        Assert.All(nodes.Where(n => n!["hasSocialWorker"]!.GetValue<bool>()), n => Assert.NotNull(n!["socialCareHub"]?["name"]));
    }

    [Fact]
    public async Task ProtectionStatus_ChildOnPlanNotOnCaseload_CpisParity()
    {
        var (nhs, start) = await host.Db(async db => await db.Plans.Where(p => p.Kind == M.PlanKind.ChildProtection && p.EndDate == null && p.StartDate <= Today
                && p.Child!.NhsNumber != null && p.Child.LocalAuthority!.Code == "871")
            .Select(p => new { Nhs = (string)(object)p.Child!.NhsNumber!, p.StartDate }).Select(x => ValueTuple.Create(x.Nhs, x.StartDate)).FirstAsync());
        var data = await host.Data(HealthVisitor, """
            query($nhs: String!) { protectionStatus(nhsNumber: $nhs) { nhsNumber childProtectionPlan { start end } lookedAfter { start end } prebirthPlan { start end }
              responsibleAuthority { code name officeHoursPhone outOfHoursPhone } } }
            """, new { nhs });
        var status = data["protectionStatus"]!;
        Assert.Equal(start.ToString("yyyy-MM-dd"), status["childProtectionPlan"]!["start"]!.GetValue<string>());
        Assert.Equal("Slough", status["responsibleAuthority"]!["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(status["responsibleAuthority"]!["officeHoursPhone"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(status["responsibleAuthority"]!["outOfHoursPhone"]?.GetValue<string>()));

        var invalid = await host.Send(HealthVisitor, """{ protectionStatus(nhsNumber: "1234567890") { nhsNumber } }""");
        Assert.Equal("INVALID_NHS_NUMBER", invalid["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpcomingMeetings_AndHealthContribution_OnlyMeetingsHealthIsInvitedTo()
    {
        var data = await host.Data(HealthVisitor, """
            { strategyMeetings(first: 50, where: { heldAt: { gte: "2026-03-31T00:00:00Z" } }, order: [{ heldAt: ASC }]) { totalCount nodes { id heldAt invitations { agency organisation status } } } }
            """);
        var expected = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871" && m.HeldAt >= new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero))
            .Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Health && i.Organisation!.Name == JourneyHost.HealthVisitingTeam)).CountAsync());
        Assert.Equal(expected, data["strategyMeetings"]!["totalCount"]!.GetValue<int>());
        var meeting = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871"
            && m.Invitations.Any(i => i.Agency == M.Agency.Health && i.Organisation!.Name == JourneyHost.HealthVisitingTeam)).Where(JourneyHost.OpenToInvitees).Select(m => m.Id).FirstAsync());
        var added = await host.Data(HealthVisitor, """
            mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: "Seen at home 12 March: weight on the 9th centile; missed two appointments." }) {
              contribution { agency organisation text } errors { code } } }
            """, new { id = JourneyHost.Id("StrategyMeeting", meeting) });
        Assert.Empty(added["addContribution"]!["errors"]!.AsArray());
        Assert.Equal("HEALTH", added["addContribution"]!["contribution"]!["agency"]!.GetValue<string>());
        Assert.Equal(JourneyHost.HealthVisitingTeam, added["addContribution"]!["contribution"]!["organisation"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpcomingConferences_OnlyThoseTheTeamIsInvitedTo_StrategyMeetingsStayStrategyDiscussions()
    {
        var from = new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero);
        // The health organisation invited to most upcoming conferences: sharing is with it, not with every health body.
        var team = await host.Db(db => db.MeetingInvitations.Where(i => i.Agency == M.Agency.Health && i.Meeting!.Kind != M.MeetingKind.StrategyDiscussion && i.Meeting.HeldAt >= from)
            .GroupBy(i => i.Organisation!.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        var data = await host.Data(host.Token(Agency.Health, team, role: "HealthVisitor"), """
            query($from: DateTime!) {
              conferences(first: 100, where: { heldAt: { gte: $from } }, order: [{ heldAt: ASC }]) { totalCount nodes { id kind heldAt children { firstName } invitations { agency status } } }
              strategyMeetings(first: 100, where: { heldAt: { gte: $from } }) { nodes { id } }
            }
            """, new { from });
        var expected = await host.Db(db => db.Conferences.Where(m => m.LocalAuthority!.Code == "871" && m.HeldAt >= from)
            .Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Health && i.Organisation!.Name == team)).OrderBy(m => m.HeldAt).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync());
        Assert.NotEmpty(expected);
        var nodes = data["conferences"]!["nodes"]!.AsArray();
        Assert.Equal(expected.Count, data["conferences"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(k => JourneyHost.Id("Conference", k)), nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Contains(n!["invitations"]!.AsArray(), i => i!["agency"]!.GetValue<string>() == "HEALTH" && i["status"]!.GetValue<string>() == "INVITED"));
        Assert.All(nodes, n => Assert.NotEqual("STRATEGY_DISCUSSION", n!["kind"]!.GetValue<string>()));
        var meetingIds = data["strategyMeetings"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.DoesNotContain(expected, k => meetingIds.Contains(JourneyHost.Id("StrategyMeeting", k)));
    }

    [Fact]
    public async Task School_PupilsWithSocialWorker_ActionsAndContribution()
    {
        var today = Today;
        var school = await host.Db(db => db.Organisations.Where(o => o.Kind == M.OrganisationKind.School && o.LocalAuthority!.Code == "871")
            .Select(o => new { o.Urn, o.Id, Pupils = db.SchoolEnrolments.Count(e => e.SchoolId == o.Id && Period.IsOpen(e.StartDate, e.EndDate, today) && e.Person!.CaseHoldingHubId != null) })
            .OrderByDescending(o => o.Pupils).FirstAsync());
        Assert.True(school.Pupils > 0);
        var dsl = host.Token(Agency.Education, school.Urn!);

        var data = await host.Data(dsl, """
            { pupilsWithSocialWorker(first: 100) { totalCount nodes { firstName lastName upn hasSocialWorker openPlanKinds socialCareHub { name phone } } }
              assignedActions(first: 100) { totalCount nodes { id description ownerAgency dueDate completedOn } } }
            """);
        Assert.Equal(school.Pupils, data["pupilsWithSocialWorker"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["pupilsWithSocialWorker"]!["nodes"]!.AsArray(), n => Assert.True(n!["hasSocialWorker"]!.GetValue<bool>()));
        var actions = await host.Db(db => db.MeetingActions.CountAsync(a => a.OwnerAgency == M.Agency.Education && a.OwnerOrganisationId == school.Id
            && (a.Meeting!.Invitations.Any(i => i.Agency == M.Agency.Education && i.OrganisationId == school.Id && i.Status == M.AttendanceStatus.Attended)
                || (a.Meeting.Invitations.Any(i => i.Agency == M.Agency.Education && i.OrganisationId == school.Id)
                    && db.Meetings.Where(JourneyHost.UnderStatutorySafeguarding).Any(m => m.Id == a.MeetingId)))));
        Assert.Equal(actions, data["assignedActions"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["assignedActions"]!["nodes"]!.AsArray(), a => Assert.Equal("EDUCATION", a!["ownerAgency"]!.GetValue<string>()));

        // Plan detail is not the school's: the pupil summary says "has a social worker" and the plan type only.
        var denied = await host.Send(dsl, "{ pupilsWithSocialWorker(first: 1) { nodes { protectionStatus { childProtectionPlan { start } } } } }");
        Assert.Contains(denied["errors"]!.AsArray(), e => e!["extensions"]!["code"]!.GetValue<string>() == "NOT_AUTHORIZED");

        var meeting = await host.Db(db => db.StrategyMeetings.Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Education && i.OrganisationId == school.Id)).Where(JourneyHost.OpenToInvitees)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync());
        if (meeting is { } id)
        {
            var added = await host.Data(dsl, """
                mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: "Attendance 71% this term; arrives hungry most Mondays." }) { contribution { agency text } errors { code } } }
                """, new { id = JourneyHost.Id("StrategyMeeting", id) });
            Assert.Empty(added["addContribution"]!["errors"]!.AsArray());
            Assert.Equal("EDUCATION", added["addContribution"]!["contribution"]!["agency"]!.GetValue<string>());
        }
        var notInvited = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871" && !m.Invitations.Any(i => i.Agency == M.Agency.Education && i.OrganisationId == school.Id))
            .Select(m => m.Id).FirstAsync());
        var refused = await host.Data(dsl, """
            mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: "x" }) { contribution { text } errors { code } } }
            """, new { id = JourneyHost.Id("StrategyMeeting", notInvited) });
        Assert.Equal("NOT_FOUND", refused["addContribution"]!["errors"]![0]!["code"]!.GetValue<string>());
    }
}
