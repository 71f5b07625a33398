using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>Conferences are their own connection under the meeting row rule; <c>strategyMeetings</c> stays strategy discussions only.</summary>
public sealed class ConferenceTests(SyntheticHubFixture fixture) : IClassFixture<SyntheticHubFixture>
{
    private static readonly DateTimeOffset Now = HubHost.Now;
    private static readonly TestCaller SocialWorker = new("SOCIAL_CARE", "conf-sw", ["871"], null, ["SocialWorker"]);
    private static readonly TestCaller HealthVisitor = new("HEALTH", "conf-hv", ["871"], "Slough Health Visiting Team A", ["HealthVisitor"]);
    private static readonly TestCaller Housing = new("HOUSING", "conf-housing", ["871"], "Slough Housing Services", ["HousingOfficer"]);

    private static List<Guid> Keys(Response r, string field) =>
        r.At(field + ".nodes")!.AsArray().Select(n => (Guid)GlobalId.DecodeKey(n!["id"]!.GetValue<string>(), field == "conferences" ? "Conference" : "StrategyMeeting", typeof(Guid))!).ToList();

    [Fact]
    public async Task Conferences_SocialCare_EveryConferenceOfItsCouncil_StrategyMeetingsUnchanged()
    {
        var r = await fixture.Host.RunAsync(SocialWorker, "{ conferences(first: 100) { totalCount nodes { id kind heldAt } } strategyMeetings(first: 100) { totalCount nodes { id } } }");
        r.AssertNoErrors();
        await using var db = fixture.Host.NewContext();
        var conferences = await db.Conferences.Where(m => m.LocalAuthority!.Code == "871").CountAsync();
        Assert.True(conferences > 0);
        Assert.Equal(conferences, r.At("conferences.totalCount")!.GetValue<int>());
        Assert.All(r.At("conferences.nodes")!.AsArray(), n => Assert.Contains(n!["kind"]!.GetValue<string>(), new[] { "INITIAL_CONFERENCE", "REVIEW_CONFERENCE" }));
        Assert.Equal(await db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871").CountAsync(), r.At("strategyMeetings.totalCount")!.GetValue<int>());
        var meetingKeys = Keys(r, "strategyMeetings");
        Assert.All(await db.Meetings.Where(m => meetingKeys.Contains(m.Id)).Select(m => m.Kind).ToListAsync(), k => Assert.Equal(MeetingKind.StrategyDiscussion, k));
    }

    [Fact]
    public async Task Conferences_HealthUpcoming_OnlyThoseItsTeamIsInvitedTo_AndAudited()
    {
        await using var db = fixture.Host.NewContext();
        // The health organisation invited to most upcoming conferences; sharing is with it, not with every health body.
        var team = await db.MeetingInvitations.Where(i => i.Agency == Agency.Health && i.Meeting!.Kind != MeetingKind.StrategyDiscussion && i.Meeting.HeldAt >= Now)
            .GroupBy(i => i.Organisation!.Name).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var caller = HealthVisitor with { Organisation = team };
        var r = await fixture.Host.RunAsync(caller, """
            query($from: DateTime!) { conferences(first: 50, where: { heldAt: { gte: $from } }, order: [{ heldAt: ASC }]) {
              totalCount nodes { id kind heldAt localAuthority { name } invitations { agency status } outcome } } }
            """, new { from = Now });
        r.AssertNoErrors();
        var expected = await db.Conferences.Where(m => m.LocalAuthority!.Code == "871" && m.HeldAt >= Now
                && m.Invitations.Any(i => i.Agency == Agency.Health && i.Organisation!.Name == team))
            .OrderBy(m => m.HeldAt).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.True(await db.Conferences.CountAsync(m => m.LocalAuthority!.Code == "871" && m.HeldAt >= Now && m.Invitations.Any(i => i.Agency == Agency.Health)) > expected.Count);
        Assert.Equal(expected.Count, r.At("conferences.totalCount")!.GetValue<int>());
        Assert.Equal(expected.Take(50), Keys(r, "conferences"));
        var first = expected[0];
        var child = await db.MeetingChildren.Where(m => m.MeetingId == first).Select(m => m.ChildId).FirstAsync();
        var entries = db.AccessAuditEntries.Where(e => e.Subject == "conf-hv").Select(e => e.Sequence);
        Assert.True(await db.AccessAuditItems.AnyAsync(i => i.ChildId == child && i.Category == InformationCategory.MeetingSchedule && entries.Contains(i.EntrySequence)));
    }

    [Fact]
    public async Task Conferences_KindFilter_AndNodeLookup()
    {
        var r = await fixture.Host.RunAsync(SocialWorker, "{ conferences(first: 100, where: { kind: { eq: INITIAL_CONFERENCE } }) { totalCount nodes { id kind } } }");
        r.AssertNoErrors();
        await using var db = fixture.Host.NewContext();
        Assert.Equal(await db.Conferences.CountAsync(m => m.LocalAuthority!.Code == "871" && m.Kind == MeetingKind.InitialConference), r.At("conferences.totalCount")!.GetValue<int>());
        var id = r.At("conferences.nodes.0.id")!.GetValue<string>();
        var node = await fixture.Host.RunAsync(SocialWorker, "query($id: ID!) { node(id: $id) { __typename ... on Conference { kind } } }", new { id });
        node.AssertNoErrors();
        Assert.Equal("Conference", node.At("node.__typename")!.GetValue<string>());
        // A conference is not a strategy meeting: its key under the StrategyMeeting type finds nothing.
        var key = GlobalId.DecodeKey(id, "Conference", typeof(Guid))!;
        var asMeeting = await fixture.Host.RunAsync(SocialWorker, "query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("StrategyMeeting", key) });
        Assert.Null(asMeeting.At("node"));
    }

    [Fact]
    public async Task Conferences_Housing_None()
    {
        var r = await fixture.Host.RunAsync(Housing, "{ conferences { totalCount } }");
        r.AssertNoErrors();
        Assert.Equal(0, r.At("conferences.totalCount")!.GetValue<int>());
    }
}
