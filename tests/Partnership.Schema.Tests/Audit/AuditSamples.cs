using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Audit;

/// <summary>
/// A request that makes one root field return a child's data, and the children it must then be recorded for (besides every
/// child the response names that the request did not).
/// </summary>
public sealed record AuditSample(TestCaller Caller, string Query, object? Variables = null, Guid[]? Children = null)
{
    /// <summary>Runs first (its own audit entries are not the sample's); returns the sample's variables.</summary>
    public Func<HubHost, Task<object?>>? Prepare { get; init; }

    /// <summary>For a subscription: the request that makes the event happen, once subscribed.</summary>
    public Func<HubHost, Task>? Trigger { get; init; }
}

/// <summary>The scenario world, plus a conference and housing's match reviews; notifications are polled for often.</summary>
public sealed class AuditSampleFixture : IAsyncLifetime
{
    public static readonly Guid Conference = G(1201), ToConfirm = G(1202), ToReject = G(1203), Pending = G(1204);

    public HubHost Host { get; private set; } = null!;

    private static Guid G(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public async Task InitializeAsync()
    {
        Host = await HubHost.SqliteAsync(o => o.NotificationPollInterval = TimeSpan.FromMilliseconds(50));
        await using var db = Host.NewContext();
        await SeedAsync(db);
        db.Meetings.Add(new Meeting { Id = Conference, Kind = MeetingKind.InitialConference, LocalAuthorityId = Slough, HeldAt = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero) });
        db.MeetingChildren.Add(new MeetingChild { MeetingId = Conference, ChildId = CpChild });
        HouseholdMatchReview Review(Guid id, Guid candidate) => new()
        {
            Id = id, HouseholdId = new Guid("00000000-0000-0000-0000-000000000950"), OrganisationId = HousingTeam, CandidatePersonId = candidate,
            Relationship = HouseholdRelationship.Child, Scheme = "SLOUGH-HOUSING", FamilyName = "Sent", MatchWeight = 15,
            Status = MatchReviewStatus.Pending, CreatedAt = HubHost.Now.AddDays(-1),
        };
        db.HouseholdMatchReviews.AddRange(Review(ToConfirm, S47Child), Review(ToReject, LookedAfter), Review(Pending, CinConsent));
        await db.SaveChangesAsync();
        await Partnership.Data.Synthetic.SyntheticLoader.StartMeetingFeedAsync(db);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>One live sample per root field that can return a child's data; a new such field needs one here.</summary>
internal static class AuditSamples
{
    private static string Gid(string type, Guid key) => GlobalId.Encode(type, key);

    private static readonly Guid UnmatchedChild = new("00000000-0000-0000-0000-000000001401");

    private static readonly Guid Action802 = new("00000000-0000-0000-0000-000000000802"), Plan203 = new("00000000-0000-0000-0000-000000000203"),
        Consent901 = new("00000000-0000-0000-0000-000000000901"), Grant990 = new("00000000-0000-0000-0000-000000000990");

    /// <summary>Police views a child of hub A: hub A gets a notice and the child an access log entry.</summary>
    private static async Task PoliceViewsAsync(HubHost host, Guid child) =>
        (await host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(child) })).AssertNoErrors();

    private const string RefusalMutation = "mutation($id: ID!, $org: ID!) { recordSharingDecision(input: { shared: false, category: PLAN_DETAIL, childId: $id, " +
        "recipientOrganisationId: $org, reason: \"not necessary for the tenancy\" }) { sharingDecision { shared } errors { code } } }";

    private static async Task RecordRefusalAsync(HubHost host, Guid child) =>
        (await host.RunAsync(SocialWorker, RefusalMutation, new { id = Id(child), org = HousingTeam.ToString() })).AssertNoErrors();

    /// <summary>A meeting of its own for a sample that changes it, so no other sample's meeting moves.</summary>
    private static async Task<string> ScheduleAsync(HubHost host, Guid child)
    {
        var r = await host.RunAsync(SocialWorker, "mutation($id: ID!) { scheduleStrategyMeeting(input: { childIds: [$id], heldAt: \"2026-04-09T09:00:00Z\" }) { meeting { id } errors { code } } }",
            new { id = Id(child) });
        return r.At("scheduleStrategyMeeting.meeting.id")!.GetValue<string>();
    }

    /// <summary>Where the caller's meeting change feed ends now.</summary>
    private static async Task<string> FeedEndAsync(HubHost host, TestCaller caller)
    {
        string? after = null;
        while (true)
        {
            var r = await host.RunAsync(caller, "query($after: String) { meetingChanges(after: $after, first: 500) { endCursor hasNextPage } }", new { after });
            r.AssertNoErrors();
            after = r.At("meetingChanges.endCursor")!.GetValue<string>();
            if (!r.At("meetingChanges.hasNextPage")!.GetValue<bool>()) return after;
        }
    }

    public static readonly IReadOnlyDictionary<string, AuditSample> ByField = new Dictionary<string, AuditSample>
    {
        ["Query.node"] = new(SocialWorker, "query($id: ID!) { node(id: $id) { id ... on Child { firstName } } }", new { id = Id(CpChild) }, [CpChild]),
        ["Query.nodes"] = new(SocialWorker, "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Child { firstName } } }", new { ids = new[] { Id(CpChild), Id(S47Child) } }, [CpChild, S47Child]),
        ["Query.child"] = new(SocialWorker, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(CpChild) }, [CpChild]),
        ["Query.children"] = new(PoliceOfficer, "{ children { nodes { id firstName } } }"),
        ["Query.protectionStatus"] = new(HealthVisitor, "query($nhs: String!) { protectionStatus(nhsNumber: $nhs) { childProtectionPlan { start } } }", new { nhs = Nhs(1).Value }, [CpChild]),
        ["Query.strategyMeetings"] = new(PoliceOfficer, "{ strategyMeetings { nodes { heldAt children { id } } } }"),
        ["Query.accessLog"] = new(SocialWorker, "query($id: ID!) { accessLog(childId: $id) { agency purpose } }", new { id = Id(CpChild) }, [CpChild])
        {
            Prepare = async host => { await PoliceViewsAsync(host, CpChild); return new { id = Id(CpChild) }; },
        },
        ["Query.emergencyAccessReviews"] = new(SocialWorker, "{ emergencyAccessReviews(pendingOnly: false) { childId reason } }", Children: [EmergencyChild]),
        ["Query.notifications"] = new(SocialWorker, "{ notifications(unreadOnly: false) { childId kind } }", Children: [CpChild])
        {
            Prepare = async host => { await PoliceViewsAsync(host, CpChild); return null; },
        },
        ["Query.healthVisitingCaseload"] = new(HealthVisitor, "{ healthVisitingCaseload { nodes { id firstName } } }", Children: [CpChild]),
        ["Query.pupilsWithSocialWorker"] = new(SchoolDsl, "{ pupilsWithSocialWorker { nodes { id firstName } } }"),
        ["Query.assignedActions"] = new(PoliceOfficer, "{ assignedActions { nodes { description dueDate } } }", Children: [CpChild]),
        ["Query.attendanceRates"] = new(PoliceOfficer, "{ attendanceRates(from: \"2026-01-01\", to: \"2026-03-31\") { localAuthority month invited attended } }"),
        ["Query.initialConferencesDue"] = new(SocialWorker, "{ initialConferencesDue { childId dueOn } }", Children: [S47Child]),
        ["Query.hubCaseloads"] = new(SocialWorker, "{ hubCaseloads { name openCases } }"),
        ["Query.scorecard"] = new(SocialWorker, "{ scorecard(from: \"2026-01-01\", to: \"2026-03-31\") { localAuthority month referrals } }"),
        ["Query.reviewConferencesDue"] = new(SocialWorker, "{ reviewConferencesDue { childId dueOn } }", Children: [CpChild]),
        ["Query.householdMatchReviews"] = new(HousingOfficer, "{ householdMatchReviews { lastName band } }"),
        ["Query.conferences"] = new(SocialWorker, "{ conferences { nodes { kind children { id } } } }", Children: [CpChild]),

        ["Mutation.recordConsent"] = new(SocialWorker, """
            mutation($id: ID!, $org: String!) { recordConsent(input: { childId: $id, givenByName: "Nora Noconsent", relationship: MOTHER,
              scopes: [{ organisation: $org, category: IDENTITY }] }) { consent { givenByName } errors { code } } }
            """, new { id = Id(CinNoConsent), org = PoliceArea.ToString() }, [CinNoConsent]),
        ["Mutation.withdrawConsent"] = new(SocialWorker, "mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { consent { withdrawnAt } errors { code } } }",
            new { id = Gid("Consent", Consent901) }, [CinConsent]),
        ["Mutation.requestEmergencyAccess"] = new(PoliceOfficer, """
            mutation($id: ID!) { requestEmergencyAccess(input: { childId: $id, reason: "child reported missing overnight" }) {
              emergencyAccess { childId expiresAt } child { firstName } errors { code } } }
            """, new { id = Id(CinNoConsent) }, [CinNoConsent]),
        ["Mutation.reviewEmergencyAccess"] = new(SocialWorker, """
            mutation($id: ID!) { reviewEmergencyAccess(input: { id: $id, outcome: "justified: the child was found" }) {
              emergencyAccess { childId reviewOutcome } errors { code } } }
            """, new { id = Gid("EmergencyAccess", Grant990) }, [EmergencyChild]),
        ["Mutation.recordAttendance"] = new(PoliceOfficer, "mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: APOLOGIES }) { meeting { heldAt } errors { code } } }",
            new { id = Gid(HubEntities.StrategyMeeting, UpcomingMeeting) }, [CinConsent]),
        ["Mutation.addContribution"] = new(PoliceOfficer, """
            mutation($m: ID!, $c: ID!) { addContribution(input: { meetingId: $m, childId: $c, category: AGENCY_CONTRIBUTIONS, text: "police: a further callout" }) {
              contribution { text } errors { code } } }
            """, new { m = Gid(HubEntities.StrategyMeeting, S47Meeting), c = Id(S47Child) }, [S47Child]),
        ["Mutation.completeAction"] = new(HealthVisitor, "mutation($id: ID!) { completeAction(input: { actionId: $id }) { action { completedOn } errors { code } } }",
            new { id = Gid(HubEntities.MeetingAction, Action802) }, [CpChild]),
        ["Mutation.scheduleStrategyMeeting"] = new(SocialWorker, """
            mutation($id: ID!) { scheduleStrategyMeeting(input: { childIds: [$id], heldAt: "2026-04-02T09:00:00Z" }) { meeting { heldAt } errors { code } } }
            """, new { id = Id(LookedAfter) }, [LookedAfter]),
        ["Mutation.recordMeetingDecisions"] = new(SocialWorker, """
            mutation($id: ID!) { recordMeetingDecisions(input: { meetingId: $id, startSection47: false, notes: "no further action" }) { meeting { heldAt } errors { code } } }
            """, new { id = Gid(HubEntities.StrategyMeeting, PastCinMeeting) }, [CinNoConsent]),
        ["Mutation.linkHousehold"] = new(HousingOfficer, """
            mutation($nhs: String!) { linkHousehold(input: { reference: "TEN-AUDIT", scheme: "SLOUGH-HOUSING", members: [{ relationship: CHILD, nhsNumber: $nhs }] }) {
              members { outcome person { id firstName } } errors { code } } }
            """, new { nhs = Nhs(9).Value }, [EmergencyChild]),
        ["Mutation.confirmHouseholdMatch"] = new(HousingOfficer, "mutation($id: ID!) { confirmHouseholdMatch(input: { reviewId: $id }) { review { status } person { id firstName } errors { code } } }",
            new { id = Gid("HouseholdMatchReview", AuditSampleFixture.ToConfirm) }, [S47Child]),
        ["Mutation.rejectHouseholdMatch"] = new(HousingOfficer, "mutation($id: ID!) { rejectHouseholdMatch(input: { reviewId: $id }) { review { status lastName } errors { code } } }",
            new { id = Gid("HouseholdMatchReview", AuditSampleFixture.ToReject) }),
        ["Mutation.startPlan"] = new(SocialWorker, "mutation($id: ID!) { startPlan(input: { childId: $id, kind: EARLY_HELP, start: \"2026-03-31\" }) { plan { kind start } errors { code } } }",
            new { id = Id(HouseholdChild) }, [HouseholdChild]),
        ["Mutation.endPlan"] = new(SocialWorker, "mutation($id: ID!) { endPlan(input: { planId: $id, end: \"2026-03-31\" }) { plan { end } errors { code } } }",
            new { id = Gid(HubEntities.Plan, Plan203) }, [CinNoConsent]),
        ["Mutation.markNotificationsRead"] = new(SocialWorker, "mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) { notifications { childId readAt } errors { code } } }",
            Children: [CpChild])
        {
            Prepare = async host =>
            {
                await PoliceViewsAsync(host, CpChild);
                var inbox = await host.RunAsync(SocialWorker, "{ notifications { id childId } }");
                var notice = inbox.At("notifications")!.AsArray().First(n => n!["childId"]!.GetValue<string>() == Id(CpChild))!;
                return new { ids = new[] { notice["id"]!.GetValue<string>() } };
            },
        },

        ["Query.childByIdentifier"] = new(PoliceOfficer, "{ childByIdentifier(scheme: \"TVP-NICHE\", value: \"N000000001\") { firstName identifiers { value } } }",
            Children: [CpChild]),
        ["Query.protectionStatuses"] = new(HealthVisitor, "query($nhs: String!) { protectionStatuses(nhsNumber: $nhs) { prebirthPlan { start } expectedDateOfBirth } }",
            new { nhs = Nhs(20).Value }, [Unborn]),
        ["Query.sharingExplanation"] = new(SocialWorker, "query($id: ID!) { sharingExplanation(childId: $id, organisation: \"Slough LPA\") { grants { category basis } } }",
            new { id = Id(CpChild) }, [CpChild]),
        ["Query.sharingDecisions"] = new(SocialWorker, "{ sharingDecisions { nodes { child { id } shared } } }", Children: [LookedAfter])
        {
            Prepare = async host => { await RecordRefusalAsync(host, LookedAfter); return null; },
        },
        ["Mutation.recordSharingDecision"] = new(SocialWorker, RefusalMutation, new { id = Id(HouseholdChild), org = HousingTeam.ToString() }, [HouseholdChild]),
        ["Mutation.rescheduleStrategyMeeting"] = new(SocialWorker, "mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: \"2026-04-20T09:00:00Z\", location: \"Observatory House\" }) { meeting { heldAt } errors { code } } }",
            Children: [LookedAfter])
        {
            Prepare = async host => new { id = await ScheduleAsync(host, LookedAfter) },
        },
        ["Mutation.cancelStrategyMeeting"] = new(SocialWorker, "mutation($id: ID!) { cancelStrategyMeeting(input: { meetingId: $id, reason: \"the family moved away\" }) { meeting { heldAt } errors { code } } }",
            Children: [Unborn])
        {
            Prepare = async host => new { id = await ScheduleAsync(host, Unborn) },
        },
        ["Mutation.inviteToMeeting"] = new(SocialWorker, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100002\" }) { meeting { heldAt } errors { code } } }",
            Children: [S47Child])
        {
            Prepare = async host => new { id = await ScheduleAsync(host, S47Child) },
        },
        ["Mutation.withdrawInvitation"] = new(SocialWorker, "mutation($id: ID!, $org: String!) { withdrawInvitation(input: { meetingId: $id, organisation: $org }) { meeting { heldAt } errors { code } } }",
            Children: [HouseholdChild])
        {
            Prepare = async host =>
            {
                var id = await ScheduleAsync(host, HouseholdChild);
                (await host.RunAsync(SocialWorker, "mutation($id: ID!) { inviteToMeeting(input: { meetingId: $id, organisation: \"100002\" }) { errors { code } } }", new { id }))
                    .AssertNoErrors();
                return new { id, org = "100002" };
            },
        },
        ["Mutation.scheduleConference"] = new(SocialWorker, "mutation($id: ID!) { scheduleConference(input: { kind: INITIAL_CONFERENCE, childIds: [$id], heldAt: \"2026-04-14T10:00:00Z\" }) { conference { heldAt } errors { code } } }",
            new { id = Id(S47Child) }, [S47Child]),
        // The conference held on 1 February about Casey: its outcome recorded.
        ["Mutation.recordConferenceOutcome"] = new(SocialWorker, "mutation($id: ID!) { recordConferenceOutcome(input: { conferenceId: $id, outcome: NO_PLAN }) { conference { heldAt outcome } errors { code } } }",
            new { id = Gid("Conference", AuditSampleFixture.Conference) }, [CpChild]),
        ["Query.nhsMatchRate"] = new(SocialWorker, "{ nhsMatchRate(council: \"871\") { inScope matched rate meetsGoLiveRule } }"),
        // A child on a child protection plan with no NHS number recorded: social care's list of the unmatched names her.
        ["Query.unmatchedChildren"] = new(SocialWorker, "{ unmatchedChildren(council: \"871\") { childId reasons } }", Children: [UnmatchedChild])
        {
            Prepare = async host =>
            {
                await using var db = host.NewContext();
                db.People.Add(new Person { Id = UnmatchedChild, Kind = PersonKind.Child, LocalAuthorityId = Slough, CaseHoldingHubId = HubA, GivenName = "Una", FamilyName = "Matched", DateOfBirth = new DateOnly(2022, 1, 1) });
                db.Plans.Add(new Plan { Id = Guid.NewGuid(), ChildId = UnmatchedChild, Kind = PlanKind.ChildProtection, LocalAuthorityId = Slough, StartDate = new DateOnly(2026, 3, 1), InitialCategory = AbuseCategory.Neglect });
                await db.SaveChangesAsync();
                return null;
            },
        },
        // Police follows its change feed from before a meeting about Connie was scheduled: the page is about her meeting.
        ["Query.meetingChanges"] = new(PoliceOfficer, "query($after: String) { meetingChanges(after: $after) { changes { kind meetingId } strategyMeetings { heldAt } } }",
            Children: [CinConsent])
        {
            Prepare = async host =>
            {
                var after = await FeedEndAsync(host, PoliceOfficer);
                await ScheduleAsync(host, CinConsent);
                return new { after };
            },
        },
        ["Subscription.meetingChanged"] = new(PoliceSystem, "subscription { meetingChanged { changes { kind meetingId } } }", Children: [CpChild])
        {
            Trigger = async host => await ScheduleAsync(host, CpChild),
        },

        // The force system views Sam: a caller that has not viewed him today, so the hub is told (one notice a day per organisation).
        ["Subscription.notificationReceived"] = new(SocialWorker, "subscription { notificationReceived { childId kind } }", Children: [S47Child])
        {
            Trigger = async host => (await host.RunAsync(PoliceSystem, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(S47Child) })).AssertNoErrors(),
        },
    };
}
