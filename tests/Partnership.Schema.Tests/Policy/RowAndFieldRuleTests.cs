using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>Lookups, the NHS-number route, meetings, and the side channels (filters, sorts, counts) of the policy.</summary>
public class RowAndFieldRuleTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    [Fact]
    public async Task Child_ByIdTheCallerMayNotSee_IsNullWithoutAnyError()
    {
        foreach (var (caller, child) in new[] { (PoliceOfficer, CinNoConsent), (PoliceOfficer, OtherCouncil), (HousingOfficer, CpChild), (SchoolDsl, CinConsent), (PoliceOfficer, ConsentWithdrawn) })
        {
            var r = await f.Host.RunAsync(caller, "query($id: ID!) { child(id: $id) { firstName } node(id: $id) { id } }", new { id = Id(child) });
            r.AssertNoErrors();
            Assert.Null(r.At("child"));
            Assert.Null(r.At("node"));
        }
    }

    [Fact]
    public async Task Node_VisibleChild_ResolvesAsChild()
    {
        var r = await f.Host.RunAsync(PoliceOfficer, "query($id: ID!) { node(id: $id) { __typename ... on Child { firstName } } }", new { id = Id(CpChild) });
        r.AssertNoErrors();
        Assert.Equal("Child", r.At("node.__typename")!.GetValue<string>());
        Assert.Equal("Casey", r.At("node.firstName")!.GetValue<string>());
    }

    [Fact]
    public async Task ProtectionStatus_HealthLooksUpAnyChildByNhsNumber_CpIsParity()
    {
        var r = await f.Host.RunAsync(EmergencyDoctor, "query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber childProtectionPlan { start } lookedAfter { start end } prebirthPlan { start } responsibleAuthority { code name officeHoursPhone outOfHoursPhone } } }",
            new { n = Nhs(6).ToDisplayString() });
        r.AssertNoErrors();
        Assert.Equal(Nhs(6).Value, r.At("protectionStatus.nhsNumber")!.GetValue<string>());
        Assert.Null(r.At("protectionStatus.childProtectionPlan"));
        Assert.Equal("2026-02-01", r.At("protectionStatus.lookedAfter.start")!.GetValue<string>());
        Assert.Equal("01344 000002", r.At("protectionStatus.responsibleAuthority.outOfHoursPhone")!.GetValue<string>());
    }

    [Fact]
    public async Task ProtectionStatus_PoliceWithoutARole_IsNull()
    {
        var r = await f.Host.RunAsync(PoliceOfficer, "query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber } }", new { n = Nhs(4).Value });
        r.AssertNoErrors();
        Assert.Null(r.At("protectionStatus"));
    }

    [Theory]
    [InlineData("123", "nhsNumber has 3 digits; an NHS number has 10.")]
    [InlineData("9990000019", "nhsNumber is not a valid NHS number (check digit should be 8, found 9).")]
    [InlineData("99900000AB", "nhsNumber must contain only digits (and optional spaces); found 'A'.")]
    public async Task ProtectionStatus_InvalidNhsNumber_ClearErrorWithCode(string nhs, string message)
    {
        var r = await f.Host.RunAsync(HealthVisitor, "query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber } }", new { n = nhs });
        var error = Assert.Single(r.Errors);
        Assert.Equal(message, error!["message"]!.GetValue<string>());
        Assert.Equal("INVALID_NHS_NUMBER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(r.At("protectionStatus"));
    }

    [Fact]
    public async Task Children_HealthFiltersOnExactNhsNumber_FindsThatChildOnly()
    {
        var lookup = await f.Host.RunAsync(EmergencyDoctor, "query($n: String!) { children(where: { nhsNumber: { eq: $n } }) { totalCount nodes { firstName protectionStatus { lookedAfter { start } } } } }",
            new { n = Nhs(6).Value });
        lookup.AssertNoErrors();
        Assert.Equal(1, lookup.At("children.totalCount")!.GetValue<int>());
        Assert.Equal("Liam", lookup.At("children.nodes.0.firstName")!.GetValue<string>());
        // A prefix is not a lookup: it finds only the children health already sees.
        var prefix = await f.Host.RunAsync(EmergencyDoctor, "{ children(where: { nhsNumber: { startsWith: \"999\" } }) { nodes { firstName } } }");
        prefix.AssertNoErrors();
        Assert.DoesNotContain("Liam", prefix.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Children_HousingFiltersOnPlans_IsNotAuthorizedNotADifferentRowSet()
    {
        var r = await f.Host.RunAsync(HousingOfficer, "{ children(where: { plans: { some: { kind: { eq: CHILD_PROTECTION } } } }) { totalCount } }");
        Assert.Equal(["children"], r.ErrorPaths("NOT_AUTHORIZED"));
        Assert.Null(r.Data);
    }

    [Fact]
    public async Task Children_PoliceFiltersOnAHiddenAddress_SameAsIfItWereEmpty()
    {
        // Connie's address is hidden from police (consent covers identity and protection status only): it filters as null.
        var r = await f.Host.RunAsync(PoliceOfficer, "{ exact: children(where: { address: { postcode: { startsWith: \"SL1 3\" } } }) { totalCount } prefix: children(where: { address: { postcode: { startsWith: \"SL1\" } } }) { nodes { firstName } } }");
        r.AssertNoErrors();
        Assert.Equal(0, r.At("exact.totalCount")!.GetValue<int>());
        Assert.Equal(["Casey", "Sam"], r.At("prefix.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task StrategyMeetings_FilterOnOtherAgenciesContributions_SeesOnlySharedOnes()
    {
        const string q = "{ strategyMeetings(where: { contributions: { some: { text: { contains: \"health\" } } } }) { totalCount } all: strategyMeetings { totalCount } }";
        var police = await f.Host.RunAsync(PoliceOfficer, q);
        police.AssertNoErrors();
        Assert.Equal(1, police.At("strategyMeetings.totalCount")!.GetValue<int>()); // attended: health's contribution is shared
        var school = await f.Host.RunAsync(SchoolDsl, q);
        school.AssertNoErrors();
        Assert.Equal(0, school.At("strategyMeetings.totalCount")!.GetValue<int>()); // sent apologies: not shared, as if absent
        Assert.Equal(2, school.At("all.totalCount")!.GetValue<int>()); // invited to Casey's and Nina's: their schedules
    }

    [Theory]
    [InlineData("sw-1", 4)]
    [InlineData("tvp-system", 5)] // every meeting the force was invited to, in the six councils
    [InlineData("pc-1", 4)]
    [InlineData("hv-1", 2)]       // the team's invitations, not every health organisation's
    [InlineData("gp-1", 0)]
    [InlineData("dsl-1", 2)]
    [InlineData("dsl-2", 0)]
    [InlineData("ho-1", 0)]
    public async Task StrategyMeetings_CountsOnlyMeetingsTheCallerMaySee(string subject, int expected)
    {
        var caller = new[] { SocialWorker, PoliceSystem, PoliceOfficer, HealthVisitor, GeneralPractitioner, SchoolDsl, OtherSchoolDsl, HousingOfficer }.Single(c => c.Subject == subject);
        var r = await f.Host.RunAsync(caller, "{ strategyMeetings(first: 10) { totalCount nodes { id } } }");
        r.AssertNoErrors();
        Assert.Equal(expected, r.At("strategyMeetings.totalCount")!.GetValue<int>());
        Assert.Equal(expected, r.At("strategyMeetings.nodes")!.AsArray().Count);
    }

    [Fact]
    public async Task StrategyMeetings_HeldAndChildNoLongerUnderStatutorySafeguarding_AbsentInviteeSeesScheduleAttendeeKeepsRecord()
    {
        const string q = "{ strategyMeetings(first: 10, order: [{ heldAt: ASC }]) { totalCount nodes { id heldAt decisions { notes } } } }";
        // The school was invited to Nina's meeting and did not attend; Nina is under no s47, plan or care: schedule only.
        var school = await f.Host.RunAsync(SchoolDsl, q);
        school.AssertNoErrorsBut("NOT_AUTHORIZED");
        Assert.Contains(school.ErrorPaths("NOT_AUTHORIZED"), p => p.EndsWith(".decisions", StringComparison.Ordinal));
        var ids = school.At("strategyMeetings.nodes")!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(GlobalId.Encode("StrategyMeeting", PastCinMeeting), ids);
        Assert.DoesNotContain("threshold not met", school.ToString());
        // The police attended it: its record is theirs for good.
        var police = await f.Host.RunAsync(PoliceOfficer, q);
        police.AssertNoErrorsBut("NOT_AUTHORIZED");
        Assert.Contains(GlobalId.Encode("StrategyMeeting", UpcomingMeeting), police.ToString()); // invited and still to be held
        Assert.Contains("threshold not met", police.ToString());
        var lookup = await f.Host.RunAsync(HealthVisitor, "query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("StrategyMeeting", PastCinMeeting) });
        lookup.AssertNoErrors();
        Assert.Null(lookup.At("node")); // the health visiting team was never invited to it

        var social = await f.Host.RunAsync(SocialWorker, q);
        social.AssertNoErrors();
        Assert.Contains("threshold not met", social.ToString());
    }

    [Fact]
    public async Task RecordAttendance_MeetingRecordNoLongerShared_SchoolStillRecordsItsOwnAttendance()
    {
        var r = await f.Host.RunAsync(SchoolDsl, """
            mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: APOLOGIES }) { meeting { heldAt } errors { code } } }
            """, new { id = GlobalId.Encode("StrategyMeeting", PastCinMeeting) });
        r.AssertNoErrors();
        Assert.Empty(r.At("recordAttendance.errors")!.AsArray());
        Assert.NotNull(r.At("recordAttendance.meeting.heldAt")); // no silent write: the meeting it wrote to comes back
        await using var db = f.Host.NewContext();
        Assert.Equal(AttendanceStatus.Apologies, db.MeetingInvitations.Single(i => i.Id == new Guid("00000000-0000-0000-0000-000000000612")).Status);
    }

    [Fact]
    public async Task Child_GpPractice_SeesItsRegisteredPatientButNotTheirProtectionStatusWithoutALookup()
    {
        var r = await f.Host.RunAsync(GeneralPractitioner, "query($id: ID!) { child(id: $id) { firstName address { postcode } hasSocialWorker plans { kind } } }", new { id = Id(CinNoConsent) });
        Assert.Equal("Nina", r.At("child.firstName")!.GetValue<string>());
        Assert.Equal("SL1 4AA", r.At("child.address.postcode")!.GetValue<string>());
        Assert.Null(r.At("child.hasSocialWorker"));
        Assert.Equal(["child.hasSocialWorker"], r.ErrorPaths("NOT_AUTHORIZED"));
        Assert.Empty(r.At("child.plans")!.AsArray());

        var status = await f.Host.RunAsync(GeneralPractitioner, "query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber } }", new { n = Nhs(4).Value });
        status.AssertNoErrors();
        Assert.Equal(Nhs(4).Value, status.At("protectionStatus.nhsNumber")!.GetValue<string>()); // CP-IS parity: by NHS number
    }

    [Fact]
    public async Task StrategyMeetings_PoliceSystem_FiltersByDateCouncilAndInvitation()
    {
        var r = await f.Host.RunAsync(PoliceSystem, @"{ strategyMeetings(where: { heldAt: { gte: ""2026-01-01T00:00:00Z"", lte: ""2026-02-28T23:59:59Z"" },
            localAuthority: { code: { in: [""870"", ""871""] } }, invitations: { some: { agency: { eq: POLICE } } } }, order: [{ heldAt: DESC }]) {
            totalCount nodes { heldAt localAuthority { code } children { firstName } invitations { agency status } decisions { startSection47 } actions { description ownerAgency } } } }");
        r.AssertNoErrors();
        Assert.Equal(3, r.At("strategyMeetings.totalCount")!.GetValue<int>());
        Assert.Equal("871", r.At("strategyMeetings.nodes.0.localAuthority.code")!.GetValue<string>()); // Nina's, which the force attended
        Assert.Equal("870", r.At("strategyMeetings.nodes.1.localAuthority.code")!.GetValue<string>());
        Assert.Equal("Casey", r.At("strategyMeetings.nodes.2.children.0.firstName")!.GetValue<string>());
        Assert.Equal(4, r.At("strategyMeetings.nodes.2.invitations")!.AsArray().Count);
    }

    [Fact]
    public async Task Contributions_AssessmentNotes_NeverReachAnotherAgency()
    {
        var r = await f.Host.RunAsync(PoliceOfficer, "{ strategyMeetings { nodes { contributions { agency category text } } } }");
        r.AssertNoErrors();
        var texts = r.At("strategyMeetings.nodes")!.AsArray().SelectMany(m => m!["contributions"]!.AsArray()).Select(c => c!["text"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("social work assessment notes", texts);
        Assert.Contains("health: missed checks", texts);
    }
}
