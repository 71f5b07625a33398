using System.Text.Json.Nodes;
using Partnership.Schema.Data.Paging;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Hub;

/// <summary>The case-holding hub's inbox: CP-IS-style notices of other agencies' views, read and marked read by that hub only.</summary>
public sealed class NotificationsTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    private const string Inbox = "{ notifications(first: 100) { id kind childId triggeredByAgency triggeredByOrganisation message readAt auditSequence } }";

    private async Task<JsonArray> PoliceViewsCaseyThenHubAReadsInbox()
    {
        var view = await f.Host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { firstName protectionStatus { childProtectionPlan { start } } } }", new { id = Id(CpChild) });
        view.AssertNoErrors();
        var inbox = await f.Host.RunAsync(SocialWorker, Inbox);
        inbox.AssertNoErrors();
        return inbox.At("notifications")!.AsArray();
    }

    [Fact]
    public async Task Notifications_PoliceViewedProtectionStatus_CaseHoldingHubSeesWhoAndWhy()
    {
        var inbox = await PoliceViewsCaseyThenHubAReadsInbox();
        var notice = inbox.First(n => n!["childId"]!.GetValue<string>() == Id(CpChild))!;
        Assert.Equal("PROTECTION_STATUS_VIEWED", notice["kind"]!.GetValue<string>());
        Assert.Equal("POLICE", notice["triggeredByAgency"]!.GetValue<string>());
        Assert.Equal("Slough LPA", notice["triggeredByOrganisation"]!.GetValue<string>());
        Assert.Null(notice["readAt"]);
        Assert.True(notice["auditSequence"]!.GetValue<double>() > 0);
        Assert.DoesNotContain("Casey", notice["message"]!.GetValue<string>()); // the notice names no one: the child is by id
    }

    [Fact]
    public async Task Notifications_AnotherHubOrAnotherAgency_SeesNone()
    {
        await PoliceViewsCaseyThenHubAReadsInbox();
        var otherHub = await f.Host.RunAsync(OtherHubSocialWorker, Inbox);
        otherHub.AssertNoErrors();
        Assert.DoesNotContain(otherHub.At("notifications")!.AsArray(), n => n!["childId"]!.GetValue<string>() == Id(CpChild));

        var police = await f.Host.RunAsync(PoliceOfficer, Inbox);
        Assert.Equal(["FORBIDDEN"], police.ErrorCodes);
        Assert.Null(police.At("notifications"));
    }

    [Fact]
    public async Task MarkNotificationsRead_AnyUnknownId_ChangesNothing_ThenMarksAllGiven()
    {
        var inbox = await PoliceViewsCaseyThenHubAReadsInbox();
        var id = inbox.First(n => n!["childId"]!.GetValue<string>() == Id(CpChild))!["id"]!.GetValue<string>();
        const string Mark = "mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) { notifications { id readAt } errors { code field } } }";

        var stranger = GlobalId.Encode("Notification", Guid.NewGuid());
        var bad = await f.Host.RunAsync(SocialWorker, Mark, new { ids = new[] { id, stranger, "not-an-id" } });
        bad.AssertNoErrors();
        var errors = bad.At("markNotificationsRead.errors")!.AsArray();
        Assert.Equal(["input.ids.1", "input.ids.2"], errors.Select(e => string.Join(".", e!["field"]!.AsArray().Select(p => p!.GetValue<string>()))));
        Assert.All(errors, e => Assert.Equal("NOT_FOUND", e!["code"]!.GetValue<string>()));
        Assert.Contains((await f.Host.RunAsync(SocialWorker, Inbox)).At("notifications")!.AsArray(), n => n!["id"]!.GetValue<string>() == id);

        var byOtherHub = await f.Host.RunAsync(OtherHubSocialWorker, Mark, new { ids = new[] { id } });
        Assert.Equal("NOT_FOUND", byOtherHub.At("markNotificationsRead.errors.0.code")!.GetValue<string>());

        var good = await f.Host.RunAsync(SocialWorker, Mark, new { ids = new[] { id } });
        good.AssertNoErrors();
        Assert.Empty(good.At("markNotificationsRead.errors")!.AsArray());
        Assert.Equal(HubHost.Now, good.At("markNotificationsRead.notifications.0.readAt")!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain((await f.Host.RunAsync(SocialWorker, Inbox)).At("notifications")!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        var all = await f.Host.RunAsync(SocialWorker, "{ notifications(unreadOnly: false, first: 100) { id readAt } }");
        Assert.Contains(all.At("notifications")!.AsArray(), n => n!["id"]!.GetValue<string>() == id && n["readAt"] is not null);
    }

    [Fact]
    public async Task Notifications_FirstOutOfRange_ClearError()
    {
        var r = await f.Host.RunAsync(SocialWorker, "{ notifications(first: 101) { id } }");
        Assert.Equal(["PAGINATION_MAX_ITEMS"], r.ErrorCodes);
    }

    [Fact]
    public async Task Query_HandWrittenAndDataRootFieldsTogether_ShareTheDatabaseWithoutClashing()
    {
        // Sibling root fields resolve concurrently; the hand-written ones take the same database turn as the data fields.
        const string Q = """
            query($id: ID!) {
              notifications(unreadOnly: false) { id }
              accessLog(childId: $id) { sequence }
              emergencyAccessReviews { id }
              children(first: 5) { totalCount nodes { firstName } }
              conferences(first: 5) { totalCount }
              strategyMeetings(first: 5) { nodes { heldAt } }
              node(id: $id) { id }
              initialConferencesDue { childId }
              hubCaseloads { name }
            }
            """;
        for (var i = 0; i < 10; i++)
        {
            var r = await f.Host.RunAsync(SocialWorker, Q, new { id = Id(CpChild) });
            r.AssertNoErrors();
        }
    }
}
