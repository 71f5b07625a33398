using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.GraphQL.AspNetCore.Security;
using M = Partnership.Data.Model;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>The police journey over HTTP with a force system's token serving Slough and Reading, on the test preset.</summary>
public sealed class PoliceJourneyTests(JourneyHost host) : IClassFixture<JourneyHost>
{
    private string Police => host.Token(Agency.Police, JourneyHost.PoliceOrg, ["871", "870"], kind: CallerKind.System);

    private const string Meetings = """
        query($from: DateTime!, $to: DateTime!) {
          strategyMeetings(first: 100, where: { heldAt: { gte: $from, lte: $to } }, order: [{ heldAt: ASC }]) {
            totalCount
            nodes {
              id heldAt localAuthority { code name }
              children { id firstName lastName dateOfBirth }
              invitations { agency organisation status }
              decisions { startSection47 criminalInvestigation }
              actions(where: { ownerAgency: { eq: POLICE } }) { id description ownerAgency dueDate completedOn }
            }
          }
        }
        """;

    [Fact]
    public async Task StrategyMeetings_DateRangeAcrossCouncils_OnlyMeetingsPoliceIsInvitedTo()
    {
        var data = await host.DataWithheldWhereNotShared(Police, Meetings, new { from = "2025-04-01T00:00:00Z", to = "2026-03-31T23:59:59Z" });

        var nodes = data["strategyMeetings"]!["nodes"]!.AsArray();
        // Every meeting the force was invited to: the schedule is shared from the invitation on (domain.md, decided readings).
        var expected = await host.Db(db => db.StrategyMeetings.Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Police))
            .Where(m => m.LocalAuthority!.Code == "871" || m.LocalAuthority!.Code == "870")
            .Where(m => m.HeldAt >= new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero) && m.HeldAt <= new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero))
            .CountAsync());
        Assert.True(expected > 0);
        Assert.Equal(expected, data["strategyMeetings"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(Math.Min(expected, 100), nodes.Count);
        Assert.Equal(["870", "871"], nodes.Select(n => n!["localAuthority"]!["code"]!.GetValue<string>()).Distinct().Order());
        // Children appear where the policy's statutory route holds (open s47, CP plan or looked after); others stay hidden.
        Assert.Contains(nodes, n => n!["children"]!.AsArray().Count > 0);
        foreach (var n in nodes)
        {
            Assert.Contains(n!["invitations"]!.AsArray(), i => i!["agency"]!.GetValue<string>() == "POLICE");
            // A meeting's actions are null (NOT_AUTHORIZED) where its record is not shared with the force.
            Assert.All(n["actions"] as JsonArray ?? [], a => Assert.Equal("POLICE", a!["ownerAgency"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task RecordAttendance_HeldMeeting_StoresAttendedForPolice()
    {
        var meeting = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871" && m.HeldAt < JourneyHost.Now).Where(JourneyHost.OpenToInvitees)
            .Where(m => m.Invitations.Count(i => i.Agency == M.Agency.Police) == 1)
            .OrderBy(m => m.Invitations.Any(i => i.Agency == M.Agency.Police && i.Status == M.AttendanceStatus.Attended)).ThenBy(m => m.Id)
            .Select(m => m.Id).FirstAsync());

        var data = await host.Data(Police, """
            mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: ATTENDED }) {
              meeting { id invitations { agency status } } errors { code field message } } }
            """, new { id = JourneyHost.Id("StrategyMeeting", meeting) });

        var payload = data["recordAttendance"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Contains(payload["meeting"]!["invitations"]!.AsArray(), i => i!["agency"]!.GetValue<string>() == "POLICE" && i["status"]!.GetValue<string>() == "ATTENDED");
        Assert.Contains(M.AttendanceStatus.Attended, await host.Db(db => db.MeetingInvitations.Where(i => i.MeetingId == meeting && i.Agency == M.Agency.Police).Select(i => i.Status).ToListAsync()));
        var audited = await host.Db(db => db.AccessAuditEntries.Where(e => e.Operation.Contains("recordAttendance")).CountAsync());
        Assert.True(audited > 0);
    }

    [Fact]
    public async Task RecordAttendance_AttendedBeforeMeetingOrUnknownMeeting_UserErrorAndNothingChanged()
    {
        var future = await host.Db(db => db.StrategyMeetings.Where(m => m.HeldAt > JourneyHost.Now && m.LocalAuthority!.Code == "871")
            .Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Police)).Select(m => (Guid?)m.Id).FirstOrDefaultAsync());
        if (future is { } id)
        {
            var before = await host.Db(db => db.MeetingInvitations.Where(i => i.MeetingId == id).Select(i => i.Status).ToListAsync());
            var data = await host.Data(Police, """
                mutation($id: ID!) { recordAttendance(input: { meetingId: $id, status: ATTENDED }) { meeting { id } errors { code field } } }
                """, new { id = JourneyHost.Id("StrategyMeeting", id) });
            Assert.Equal("INVALID_STATUS", data["recordAttendance"]!["errors"]![0]!["code"]!.GetValue<string>());
            Assert.Null(data["recordAttendance"]!["meeting"]);
            Assert.Equal(before, await host.Db(db => db.MeetingInvitations.Where(i => i.MeetingId == id).Select(i => i.Status).ToListAsync()));
        }
        var missing = await host.Data(Police, """
            mutation { recordAttendance(input: { meetingId: "U3RyYXRlZ3lNZWV0aW5nOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMQ", status: APOLOGIES }) { errors { code field } } }
            """);
        Assert.Equal("NOT_FOUND", missing["recordAttendance"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "meetingId"], missing["recordAttendance"]!["errors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task AddContribution_InvitedMeeting_StoredAndVisibleAsOwn_InvalidPartsStoreNothing()
    {
        var meeting = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "870").Where(JourneyHost.OpenToInvitees)
            .Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Police)).Select(m => m.Id).FirstAsync());
        var id = JourneyHost.Id("StrategyMeeting", meeting);
        var count = await host.Db(db => db.MeetingContributions.CountAsync(k => k.MeetingId == meeting));

        var bad = await host.Data(Police, """
            mutation($id: ID!) { addContribution(input: { meetingId: $id, category: ASSESSMENT_AND_CASE_NOTES, text: "  " }) { contribution { text } errors { code field } } }
            """, new { id });
        Assert.Equal(["INVALID_CATEGORY", "INVALID_TEXT"], bad["addContribution"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Order());
        Assert.Equal(count, await host.Db(db => db.MeetingContributions.CountAsync(k => k.MeetingId == meeting)));

        var good = await host.Data(Police, """
            mutation($id: ID!) { addContribution(input: { meetingId: $id, category: AGENCY_CONTRIBUTIONS, text: "Two call-outs to the address in March; no arrests." }) {
              contribution { agency category text } errors { code } } }
            """, new { id });
        Assert.Empty(good["addContribution"]!["errors"]!.AsArray());
        Assert.Equal("POLICE", good["addContribution"]!["contribution"]!["agency"]!.GetValue<string>());
        Assert.Equal(count + 1, await host.Db(db => db.MeetingContributions.CountAsync(k => k.MeetingId == meeting)));
    }

    [Fact]
    public async Task CompleteAction_PoliceAction_DoneOnce_OtherAgencysActionRefused()
    {
        var (action, other) = await host.Db(async db => (
            await db.MeetingActions.Where(a => a.OwnerAgency == M.Agency.Police && a.CompletedOn == null && a.Meeting!.LocalAuthority!.Code == "871"
                && a.Meeting.HeldAt < JourneyHost.Now && a.Meeting.Invitations.Any(i => i.Agency == M.Agency.Police)).Select(a => a.Id).FirstAsync(),
            await db.MeetingActions.Where(a => a.OwnerAgency == M.Agency.Health && a.CompletedOn == null
                && a.Meeting!.Invitations.Any(i => i.Agency == M.Agency.Police) && a.Meeting.LocalAuthority!.Code == "871").Select(a => a.Id).FirstAsync()));
        const string Complete = "mutation($id: ID!) { completeAction(input: { actionId: $id, completedOn: \"2026-03-31\" }) { action { id completedOn ownerAgency } errors { code } } }";

        var done = await host.Data(Police, Complete, new { id = JourneyHost.Id("MeetingAction", action) });
        Assert.Empty(done["completeAction"]!["errors"]!.AsArray());
        Assert.Equal("2026-03-31", done["completeAction"]!["action"]!["completedOn"]!.GetValue<string>());

        var again = await host.Data(Police, Complete, new { id = JourneyHost.Id("MeetingAction", action) });
        Assert.Equal("ALREADY_COMPLETED", again["completeAction"]!["errors"]![0]!["code"]!.GetValue<string>());

        var refused = await host.Data(Police, Complete, new { id = JourneyHost.Id("MeetingAction", other) });
        Assert.Equal("FORBIDDEN", refused["completeAction"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(await host.Db(db => db.MeetingActions.Where(a => a.Id == other).Select(a => a.CompletedOn).FirstAsync()));
    }

    [Fact]
    public async Task AttendanceRates_PerCouncilAndMonth_MatchTheInvitations()
    {
        var data = await host.Data(Police, """{ attendanceRates(from: "2025-04-01", to: "2026-03-31") { localAuthority month invited attended apologies didNotAttend notRecorded rate } }""");
        var rows = data["attendanceRates"]!.AsArray();
        Assert.NotEmpty(rows);
        var invited = await host.Db(db => db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871" || m.LocalAuthority!.Code == "870")
            .Where(m => m.Invitations.Any(i => i.Agency == M.Agency.Police))
            .Where(m => m.HeldAt >= new DateTimeOffset(2025, 3, 31, 23, 0, 0, TimeSpan.Zero) && m.HeldAt < new DateTimeOffset(2026, 3, 31, 23, 0, 0, TimeSpan.Zero)).CountAsync());
        Assert.Equal(invited, rows.Sum(r => r!["invited"]!.GetValue<int>()));
        foreach (var r in rows)
        {
            var n = r!["invited"]!.GetValue<int>();
            Assert.Equal(n, r["attended"]!.GetValue<int>() + r["apologies"]!.GetValue<int>() + r["didNotAttend"]!.GetValue<int>() + r["notRecorded"]!.GetValue<int>());
            if (r["rate"] is JsonValue rate) Assert.InRange(rate.GetValue<double>(), 0, 1);
        }

        var forbidden = await host.Send(Police, """{ attendanceRates(agency: HEALTH, from: "2025-04-01", to: "2026-03-31") { month } }""");
        Assert.Equal("FORBIDDEN", forbidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
