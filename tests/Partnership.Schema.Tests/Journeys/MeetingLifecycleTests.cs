using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>A meeting's lifecycle as a police system sees it: status, place, changes dated and counted, and what it may still write.</summary>
public sealed class MeetingLifecycleTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Mid(Guid meeting) => GlobalId.Encode("StrategyMeeting", meeting);

    private async Task<JsonObject> PoliceMeetingAsync(Guid meeting)
    {
        var r = await _host.RunAsync(PoliceOfficer, "query($id: ID!) { node(id: $id) { ... on StrategyMeeting { status mode location scheduledFor cancellationReason updatedAt version } } }",
            new { id = Mid(meeting) });
        r.AssertNoErrors();
        return r.At("node")!.AsObject();
    }

    [Fact]
    public async Task Status_EachStage_AsTheMeetingStands()
    {
        Assert.Equal("SCHEDULED", (await PoliceMeetingAsync(UpcomingMeeting))["status"]!.GetValue<string>());
        Assert.Equal("OUTCOME_RECORDED", (await PoliceMeetingAsync(S47Meeting))["status"]!.GetValue<string>());
        var r = await _host.RunAsync(PoliceSystem, "query($id: ID!) { node(id: $id) { ... on StrategyMeeting { status } } }", new { id = Mid(ReadingMeeting) });
        Assert.Equal("HELD", r.At("node.status")!.GetValue<string>());
    }

    [Fact]
    public async Task RescheduleStrategyMeeting_SocialCare_PoliceSeesTheChangeSinceItLastLooked()
    {
        var before = HubHost.Now;
        _host.Clock.SetUtcNow(before.AddMinutes(5));
        var r = await _host.RunAsync(SocialWorker, """
            mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: "2026-04-03T14:00:00Z", mode: IN_PERSON, location: "Observatory House, room 2" }) { errors { code } } }
            """, new { id = Mid(UpcomingMeeting) });
        r.AssertNoErrors();
        Assert.Empty(r.At("rescheduleStrategyMeeting.errors")!.AsArray());
        var m = await PoliceMeetingAsync(UpcomingMeeting);
        Assert.Equal("2026-04-03T14:00:00+00:00", m["scheduledFor"]!.GetValue<string>());
        Assert.Equal("IN_PERSON", m["mode"]!.GetValue<string>());
        Assert.Equal("Observatory House, room 2", m["location"]!.GetValue<string>());
        Assert.Equal(2, m["version"]!.GetValue<int>());
        var changed = await _host.RunAsync(PoliceOfficer, "query($since: DateTime!) { strategyMeetings(where: { updatedAt: { gt: $since } }, order: [{ updatedAt: ASC }]) { nodes { id version } } }",
            new { since = before });
        changed.AssertNoErrors();
        Assert.Equal([Mid(UpcomingMeeting)], changed.At("strategyMeetings.nodes")!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CancelStrategyMeeting_WithReason_PoliceSeesItAndCanNoLongerWriteToIt()
    {
        var r = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { cancelStrategyMeeting(input: { meetingId: $id, reason: \"Family moved out of area; transferred to Reading\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Empty(r.At("cancelStrategyMeeting.errors")!.AsArray());
        var m = await PoliceMeetingAsync(UpcomingMeeting);
        Assert.Equal("CANCELLED", m["status"]!.GetValue<string>());
        Assert.Equal("Family moved out of area; transferred to Reading", m["cancellationReason"]!.GetValue<string>());
        var contribution = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: \"PNC checks done\" }) { errors { code } } }",
            new { id = Mid(UpcomingMeeting) });
        Assert.Equal("MEETING_CANCELLED", contribution.At("addContribution.errors.0.code")!.GetValue<string>());
        var again = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { cancelStrategyMeeting(input: { meetingId: $id, reason: \"again\" }) { errors { code } } }", new { id = Mid(UpcomingMeeting) });
        Assert.Equal("MEETING_CANCELLED", again.At("cancelStrategyMeeting.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.False(await db.MeetingContributions.AnyAsync(k => k.MeetingId == UpcomingMeeting));
    }

    [Fact]
    public async Task RecordAttendance_LongAfterTheMeeting_RefusedAndNothingChanged()
    {
        // Casey's meeting was held on 20 January: 70 days ago, beyond the 60-day window.
        var r = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: APOLOGIES }) { errors { code } } }", new { id = Mid(StrategyMeeting) });
        Assert.Equal("MEETING_CLOSED", r.At("recordAttendance.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(Partnership.Data.Model.AttendanceStatus.Attended, (await db.MeetingInvitations.SingleAsync(i => i.Id == new Guid("00000000-0000-0000-0000-000000000602"))).Status);
        Assert.Equal(1, (await db.Meetings.SingleAsync(m => m.Id == StrategyMeeting)).Version);
    }

    [Fact]
    public async Task ScheduleOrReschedule_AtAChildsConfidentialAddress_Refused()
    {
        // Liam's placement is at a confidential address ("6 High Street"): it may never reach the invited organisations.
        var r = await _host.RunAsync(SocialWorker, """
            mutation($ids: [ID!]!) { scheduleStrategyMeeting(input: { childIds: $ids, heldAt: "2026-04-10T10:00:00Z", location: "6 high street, Slough" }) { meeting { id } errors { code message } } }
            """, new { ids = new[] { Id(LookedAfter) } });
        r.AssertNoErrors();
        Assert.Null(r.At("scheduleStrategyMeeting.meeting"));
        Assert.Equal("CONFIDENTIAL_LOCATION", r.At("scheduleStrategyMeeting.errors.0.code")!.GetValue<string>());
        Assert.DoesNotContain("6 high street", r.ToString(), StringComparison.OrdinalIgnoreCase);
        await using var db = _host.NewContext();
        Assert.Equal(5, await db.Meetings.CountAsync());
    }

    [Fact]
    public async Task RescheduleStrategyMeeting_ByPoliceOrOnceHeld_Refused()
    {
        var police = await _host.RunAsync(PoliceOfficer, "mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: \"2026-04-05T10:00:00Z\" }) { errors { code } } }", new { id = Mid(UpcomingMeeting) });
        Assert.Equal("FORBIDDEN", police.At("rescheduleStrategyMeeting.errors.0.code")!.GetValue<string>());
        var held = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { rescheduleStrategyMeeting(input: { meetingId: $id, heldAt: \"2026-04-05T10:00:00Z\" }) { errors { code } } }", new { id = Mid(S47Meeting) });
        Assert.Equal("ALREADY_HELD", held.At("rescheduleStrategyMeeting.errors.0.code")!.GetValue<string>());
    }
}
