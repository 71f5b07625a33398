using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>
/// domain.md's "Decided readings", one case each: meetings by invitation and attendance, CP-IS answered nationally and by the
/// expectant mother's NHS number, and no silent write on a meeting the caller may not act on. Each test on its own database.
/// </summary>
public sealed class DecidedReadingsTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private const string Meetings = @"{ strategyMeetings(first: 20, order: [{ heldAt: ASC }]) { totalCount nodes { id heldAt
        decisions { startSection47 criminalInvestigation } contributions { agency text } actions { description } } } }";

    private async Task<(JsonObject? Meeting, List<string> Denied)> MeetingAsync(TestCaller caller, Guid meeting)
    {
        var r = await _host.RunAsync(caller, Meetings);
        r.AssertNoErrorsBut("NOT_AUTHORIZED");
        var id = GlobalId.Encode("StrategyMeeting", meeting);
        var nodes = r.At("strategyMeetings.nodes")!.AsArray().Select(n => n!.AsObject()).ToList();
        var index = nodes.FindIndex(n => n["id"]!.GetValue<string>() == id);
        if (index < 0) return (null, []);
        var prefix = $"strategyMeetings.nodes.{index}.";
        return (nodes[index], r.ErrorPaths("NOT_AUTHORIZED").Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p[prefix.Length..]).ToList());
    }

    private static List<string> Texts(JsonObject meeting, string list, string field) =>
        meeting[list]!.AsArray().Select(x => x![field]!.GetValue<string>()).Order().ToList();

    [Fact]
    public async Task StrategyMeetings_PoliceAttendedANoS47Meeting_KeepTheRecordForGood()
    {
        // Nina's meeting decided "no s47": she is under no statutory safeguarding, yet the police attended it.
        var (m, denied) = await MeetingAsync(PoliceOfficer, PastCinMeeting);
        Assert.NotNull(m);
        Assert.Empty(denied);
        Assert.False(m!["decisions"]!["startSection47"]!.GetValue<bool>());
        Assert.Equal("no further police action", m["decisions"]!["criminalInvestigation"]!.GetValue<string>());
        Assert.Equal(["police: one callout, no offence", "social care: family engaging"], Texts(m, "contributions", "text"));
        Assert.Equal(["section 17 assessment"], Texts(m, "actions", "description"));
    }

    [Fact]
    public async Task StrategyMeetings_SchoolInvitedButAbsentAfterStatutoryEnds_ScheduleOnly()
    {
        var (m, denied) = await MeetingAsync(SchoolDsl, PastCinMeeting);
        Assert.NotNull(m);
        Assert.NotNull(m!["heldAt"]);
        Assert.Null(m["decisions"]);
        Assert.Null(m["actions"]);
        Assert.Equal(["actions", "decisions"], denied.Order()); // withheld, and said so
        Assert.Empty(m["contributions"]!.AsArray());
    }

    [Fact]
    public async Task StrategyMeetings_SchoolSentApologiesWhileRouteTwoHolds_DecisionsAndOnlyItsOwnActions()
    {
        var (m, denied) = await MeetingAsync(SchoolDsl, StrategyMeeting);
        Assert.NotNull(m);
        Assert.Empty(denied);
        Assert.True(m!["decisions"]!["startSection47"]!.GetValue<bool>());
        Assert.Equal(["attendance plan"], Texts(m, "actions", "description"));
        Assert.Equal(["school: attendance 71%"], Texts(m, "contributions", "text"));
    }

    [Fact]
    public async Task StrategyMeetings_HealthVisitingTeamAttended_EveryActionAndSharedContribution()
    {
        var (m, _) = await MeetingAsync(HealthVisitor, StrategyMeeting);
        Assert.NotNull(m);
        Assert.Equal(["attendance plan", "health check", "joint visit"], Texts(m, "actions", "description"));
        Assert.Equal(["health: missed checks", "police: two callouts", "school: attendance 71%"], Texts(m, "contributions", "text"));
    }

    [Fact]
    public async Task StrategyMeetings_AnotherHealthOrganisation_SeesNoneOfTheTeamsMeetings()
    {
        var r = await _host.RunAsync(GeneralPractitioner, Meetings);
        r.AssertNoErrors();
        Assert.Equal(0, r.At("strategyMeetings.totalCount")!.GetValue<int>());
    }

    [Fact]
    public async Task AddContribution_MeetingTheOrganisationWasNotInvitedTo_NotFoundAndNothingStored()
    {
        var input = new { meetingId = GlobalId.Encode("StrategyMeeting", StrategyMeeting), category = "AGENCY_CONTRIBUTIONS", text = "GP: registered, no concerns" };
        var r = await _host.RunAsync(GeneralPractitioner, "mutation($input: AddContributionInput!) { addContribution(input: $input) { errors { code } } }", new { input });
        r.AssertNoErrors();
        Assert.Equal("NOT_FOUND", r.At("addContribution.errors.0.code")!.GetValue<string>());
        var attendance = await _host.RunAsync(GeneralPractitioner, "mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: ATTENDED }) { meeting { id } errors { code } } }",
            new { id = input.meetingId });
        Assert.Equal("NOT_FOUND", attendance.At("recordAttendance.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(6, await db.MeetingContributions.CountAsync());
        Assert.DoesNotContain(await db.MeetingInvitations.Where(i => i.MeetingId == StrategyMeeting).Select(i => i.OrganisationId).ToListAsync(), o => o == GpPractice);
    }

    [Theory]
    [InlineData("HOUSING", null)]                 // a housing token naming no organisation
    [InlineData("HOUSING", "Another Housing Team")] // or one the hub does not know
    [InlineData("EDUCATION", "999999")]           // a school URN the hub does not know
    [InlineData("HEALTH", null)]
    public async Task AnyRequest_TokenWithoutAKnownOrganisation_RefusedAtTheDoor(string agency, string? organisation)
    {
        // Every grant is the organisation's: without one the hub knows, the request is refused before anything runs (fail closed).
        var r = await _host.RunAsync(new TestCaller(agency, $"no-org-{agency}", ["871"], organisation), "{ children { totalCount } strategyMeetings { totalCount } }");
        Assert.Null(r.Data);
        Assert.Equal(["UNKNOWN_ORGANISATION"], r.ErrorCodes);
        await using var db = _host.NewContext();
        Assert.False(await db.AccessAuditEntries.AnyAsync(e => e.Subject == $"no-org-{agency}"));
    }

    [Fact]
    public async Task Children_PoliceAndSocialCareWithoutAnOrganisation_StillAnswered()
    {
        // The police force is one organisation, and social care sees its councils' children: neither needs an org claim.
        var police = await _host.RunAsync(new TestCaller("POLICE", "force-no-org", ["871"]), "{ children { totalCount } }");
        police.AssertNoErrors();
        Assert.True(police.At("children.totalCount")!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Notifications_SameOrganisationPollsTheSameChild_OneNoticeADayEveryReadAudited()
    {
        const string poll = "{ children { nodes { firstName protectionStatus { childProtectionPlan { start } } } } }";
        for (var i = 0; i < 3; i++) (await _host.RunAsync(PoliceOfficer, poll)).AssertNoErrors();
        await using var db = _host.NewContext();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.ChildId == CpChild && n.TriggeredByAgency == Partnership.Data.Model.Agency.Police));
        Assert.Equal(3, await db.AccessAuditEntries.CountAsync(e => e.Subject == PoliceOfficer.Subject));
        _host.Clock.SetUtcNow(HubHost.Now.AddDays(1).AddMinutes(1));
        (await _host.RunAsync(PoliceOfficer, poll)).AssertNoErrors();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.ChildId == CpChild && n.TriggeredByAgency == Partnership.Data.Model.Agency.Police));
    }

    private const string ByIdentifier = "query($s: String!, $v: String!) { childByIdentifier(scheme: $s, value: $v) { firstName identifiers { scheme value } } }";

    [Fact]
    public async Task ChildByIdentifier_ForceId_PoliceFindTheChildAndSeeOnlyTheirOwnIds()
    {
        var r = await _host.RunAsync(PoliceOfficer, ByIdentifier, new { s = "TVP-NICHE", v = "N000000001" });
        r.AssertNoErrors();
        Assert.Equal("Casey", r.At("childByIdentifier.firstName")!.GetValue<string>());
        Assert.Equal(["TVP-NICHE N000000001"], r.At("childByIdentifier.identifiers")!.AsArray().Select(i => $"{i!["scheme"]} {i["value"]}"));
        var social = await _host.RunAsync(SocialWorker, ByIdentifier, new { s = "TVP-NICHE", v = "N000000001" });
        Assert.Equal(2, social.At("childByIdentifier.identifiers")!.AsArray().Count); // social care holds the case: every agency's
    }

    [Theory]
    [InlineData("POLICE", "TVP-NICHE", "N000000004")]    // Nina: the force's own id, but a child the force may not see
    [InlineData("HOUSING", "TVP-NICHE", "N000000001")]   // another agency's id
    public async Task ChildByIdentifier_ChildOrIdNotTheCallers_Null(string agency, string scheme, string value)
    {
        var caller = agency == "POLICE" ? PoliceOfficer : HousingOfficer;
        var r = await _host.RunAsync(caller, ByIdentifier, new { s = scheme, v = value });
        r.AssertNoErrors();
        Assert.Null(r.At("childByIdentifier"));
    }

    private const string Lookup = @"query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber expectedDateOfBirth childProtectionPlan { start }
        prebirthPlan { start } responsibleAuthority { name officeHoursPhone } } }";

    [Fact]
    public async Task ProtectionStatus_ChildOfAnotherCouncil_AnswersWithThatCouncilsPlanAndNotifiesIt()
    {
        // The emergency department's token names Slough; Olly is Reading's, on a child protection plan. CP-IS answers nationally.
        var r = await _host.RunAsync(EmergencyDoctor, Lookup, new { n = Nhs(10).Value });
        r.AssertNoErrors();
        Assert.Equal("2026-02-01", r.At("protectionStatus.childProtectionPlan.start")!.GetValue<string>());
        Assert.Equal("Reading", r.At("protectionStatus.responsibleAuthority.name")!.GetValue<string>());
        Assert.Equal("0118 000003", r.At("protectionStatus.responsibleAuthority.officeHoursPhone")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientHubId == ReadingHub && n.ChildId == OtherCouncil));
        // Looking Olly up does not open Reading's other children, nor Olly outside the request that looked him up.
        var after = await _host.RunAsync(EmergencyDoctor, "{ children { totalCount } }");
        Assert.Equal(0, after.At("children.totalCount")!.GetValue<int>());
    }

    [Fact]
    public async Task ProtectionStatus_ExpectantMothersNhsNumber_FindsTheUnbornChildsPreBirthPlan()
    {
        var r = await _host.RunAsync(EmergencyDoctor, Lookup, new { n = Nhs(20).Value });
        r.AssertNoErrors();
        Assert.Null(r.At("protectionStatus.nhsNumber"));
        Assert.Equal("2026-06-01", r.At("protectionStatus.expectedDateOfBirth")!.GetValue<string>());
        Assert.Equal("2026-02-01", r.At("protectionStatus.prebirthPlan.start")!.GetValue<string>());
        var all = await _host.RunAsync(EmergencyDoctor, "query($n: String!) { protectionStatuses(nhsNumber: $n) { expectedDateOfBirth } }", new { n = Nhs(20).Value });
        all.AssertNoErrors();
        Assert.Single(all.At("protectionStatuses")!.AsArray());
    }

    [Fact]
    public async Task ProtectionStatus_UnbornChild_SocialCareSeesThePreBirthPlan()
    {
        var r = await _host.RunAsync(SocialWorker, "query($id: ID!) { child(id: $id) { protectionStatus { prebirthPlan { start } expectedDateOfBirth } } }", new { id = Id(Unborn) });
        r.AssertNoErrors();
        Assert.Equal("2026-02-01", r.At("child.protectionStatus.prebirthPlan.start")!.GetValue<string>());
    }
}
