using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Social care's scorecard per council, hub and month: contacts, referrals, assessments, section 47 enquiries, child
/// protection plans started and ended, repeat plans, initial conferences held and how many within 15 working days, and
/// police attendance at strategy meetings. Counts only (no child is named), over the children of the caller's councils.
/// A child's events count to the hub holding the child's case today (plans to the plan's owning hub); events of children
/// no hub holds count to the council's row with <c>hub: null</c>.
/// </summary>
internal static class Scorecard
{
    public const int MaxMonths = 24;

    internal sealed class Row(string la, string? hub, string month)
    {
        public string LocalAuthority { get; } = la;
        public string? Hub { get; } = hub;
        public string Month { get; } = month;
        public int Contacts, Referrals, Assessments, Section47Enquiries, PlansStarted, PlansEnded, RepeatPlans,
            InitialConferences, InitialConferencesInTime, PoliceInvited, PoliceAttended, PoliceRecorded;
    }

    public static void AddFields(ObjectTypeBuilder t)
    {
        var row = new ObjectType("ScorecardRow", b =>
        {
            b.Field("localAuthority", Scalars.String.NonNull()).Resolve<Row>(r => r.LocalAuthority);
            b.Field("hub", Scalars.String, "The hub's name; null for the council's children no hub holds.").Resolve<Row>(r => r.Hub);
            b.Field("month", Scalars.String.NonNull(), "yyyy-MM.").Resolve<Row>(r => r.Month);
            b.Field("contacts", Scalars.Int.NonNull()).Resolve<Row>(r => r.Contacts);
            b.Field("referrals", Scalars.Int.NonNull()).Resolve<Row>(r => r.Referrals);
            b.Field("assessments", Scalars.Int.NonNull(), "Started.").Resolve<Row>(r => r.Assessments);
            b.Field("section47Enquiries", Scalars.Int.NonNull(), "Started.").Resolve<Row>(r => r.Section47Enquiries);
            b.Field("plansStarted", Scalars.Int.NonNull(), "Child protection plans (incl. pre-birth) started.").Resolve<Row>(r => r.PlansStarted);
            b.Field("plansEnded", Scalars.Int.NonNull()).Resolve<Row>(r => r.PlansEnded);
            b.Field("repeatPlans", Scalars.Int.NonNull(), "Plans started for a child who had an earlier child protection plan.").Resolve<Row>(r => r.RepeatPlans);
            b.Field("initialConferences", Scalars.Int.NonNull(), "Initial conferences held.").Resolve<Row>(r => r.InitialConferences);
            b.Field("initialConferencesInTime", Scalars.Int.NonNull(), "Held within 15 working days of the enquiry's start.").Resolve<Row>(r => r.InitialConferencesInTime);
            b.Field("policeInvited", Scalars.Int.NonNull(), "Strategy meetings police were invited to.").Resolve<Row>(r => r.PoliceInvited);
            b.Field("policeAttended", Scalars.Int.NonNull()).Resolve<Row>(r => r.PoliceAttended);
            b.Field("policeAttendanceRate", Scalars.Float, "Attended ÷ attendance recorded; null when none is.")
                .Resolve<Row>(r => r.PoliceRecorded == 0 ? null : Math.Round((double)r.PoliceAttended / r.PoliceRecorded, 4));
        })
        { Description = "One council's (or hub's) month of the statutory process, counted." };
        AuditedFields.NoChild(t, "scorecard", row.NonNull().List().NonNull(), JourneyQueries.CountsOnly, async ctx => await BuildAsync(ctx))
            .Description("Social care: the scorecard per council, hub and month (byHub: false for councils only).")
            .Argument("from", DataScalars.Date.NonNull(), "First month (any day of it).")
            .Argument("to", DataScalars.Date.NonNull(), "Last month (any day of it).")
            .Argument("byHub", Scalars.Boolean, true);
    }

    private static async Task<List<Row>> BuildAsync(IResolveFieldContext ctx)
    {
        var caller = AccessLog.SocialCareOnly(ctx, "the scorecard");
        var fromArg = (DateOnly)ctx.Arguments["from"]!;
        var toArg = (DateOnly)ctx.Arguments["to"]!;
        var byHub = ctx.GetArgument<bool>("byHub");
        var from = new DateOnly(fromArg.Year, fromArg.Month, 1);
        var to = new DateOnly(toArg.Year, toArg.Month, 1).AddMonths(1).AddDays(-1);
        if (to < from) throw new GraphQLError("\"to\" must not be before \"from\".", extensions: HubSchema.Code("INVALID_RANGE"));
        if (from.AddMonths(MaxMonths) <= to) throw new GraphQLError($"The range is limited to {MaxMonths} months.", extensions: HubSchema.Code("INVALID_RANGE"));
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-1);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(1);
        var db = HubEntities.Db(ctx);
        var children = db.People.Where(SharingPolicy.ChildRow(caller));
        var ct = ctx.CancellationToken;
        var hubNames = await db.Organisations.Where(o => o.Kind == OrganisationKind.SocialCareHub).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = new Dictionary<(string, string?, string), Row>();
        Row At(string la, Guid? hub, DateOnly day)
        {
            var name = byHub && hub is { } h ? hubNames.GetValueOrDefault(h) : null;
            var key = (la, name, day.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            if (!rows.TryGetValue(key, out var row)) rows[key] = row = new Row(la, name, key.Item3);
            return row;
        }
        bool In(DateOnly d) => d >= from && d <= to;

        // One statement per measure, each under the child row rule.
        foreach (var c in await db.Contacts.Where(x => x.ReceivedAt >= start && x.ReceivedAt < end && children.Any(p => p.Id == x.ChildId))
                     .Select(x => new { x.ReceivedAt, x.Child!.LocalAuthority!.Code, x.Child.CaseHoldingHubId }).ToListAsync(ct))
        {
            var d = JourneyQueries.England(c.ReceivedAt);
            if (In(d)) At(c.Code, c.CaseHoldingHubId, d).Contacts++;
        }
        foreach (var r in await db.Referrals.Where(x => x.ReferralDate >= from && x.ReferralDate <= to && children.Any(p => p.Id == x.ChildId))
                     .Select(x => new { x.ReferralDate, x.Child!.LocalAuthority!.Code, x.Child.CaseHoldingHubId }).ToListAsync(ct))
            At(r.Code, r.CaseHoldingHubId, r.ReferralDate).Referrals++;
        foreach (var a in await db.Assessments.Where(x => x.StartDate >= from && x.StartDate <= to && children.Any(p => p.Id == x.ChildId))
                     .Select(x => new
                     {
                         x.StartDate, Code = db.People.Where(p => p.Id == x.ChildId).Select(p => p.LocalAuthority!.Code).First(),
                         Hub = db.People.Where(p => p.Id == x.ChildId).Select(p => p.CaseHoldingHubId).First()
                     }).ToListAsync(ct))
            At(a.Code, a.Hub, a.StartDate).Assessments++;
        var enquiries = await db.Section47Enquiries.Where(x => children.Any(p => p.Id == x.ChildId)
                && ((x.StartDate >= from && x.StartDate <= to) || (x.InitialConferenceDate >= from && x.InitialConferenceDate <= to)))
            .Select(x => new { x.StartDate, x.InitialConferenceDate, x.Child!.LocalAuthority!.Code, x.Child.CaseHoldingHubId }).ToListAsync(ct);
        foreach (var s in enquiries)
        {
            if (In(s.StartDate)) At(s.Code, s.CaseHoldingHubId, s.StartDate).Section47Enquiries++;
            if (s.InitialConferenceDate is { } icpc && In(icpc))
            {
                var row = At(s.Code, s.CaseHoldingHubId, icpc);
                row.InitialConferences++;
                if (icpc <= WorkingDays.InitialConferenceDue(s.StartDate)) row.InitialConferencesInTime++;
            }
        }
        var cp = new[] { PlanKind.ChildProtection, PlanKind.PreBirth };
        foreach (var p in await db.Plans.Where(x => cp.Contains(x.Kind) && children.Any(c => c.Id == x.ChildId)
                         && ((x.StartDate >= from && x.StartDate <= to) || (x.EndDate >= from && x.EndDate <= to)))
                     .Select(x => new
                     {
                         x.StartDate, x.EndDate, x.LocalAuthority!.Code, x.OwningHubId,
                         Repeat = db.Plans.Any(o => o.ChildId == x.ChildId && cp.Contains(o.Kind) && o.StartDate < x.StartDate)
                     }).ToListAsync(ct))
        {
            if (In(p.StartDate))
            {
                var row = At(p.Code, p.OwningHubId, p.StartDate);
                row.PlansStarted++;
                if (p.Repeat) row.RepeatPlans++;
            }
            if (p.EndDate is { } e && In(e)) At(p.Code, p.OwningHubId, e).PlansEnded++;
        }
        var sees = SharingPolicy.SeesMeeting(caller);
        foreach (var m in await db.StrategyMeetings.Where(sees).Where(x => x.HeldAt >= start && x.HeldAt < end && x.Invitations.Any(i => i.Agency == Agency.Police))
                     .Select(x => new
                     {
                         x.HeldAt, x.LocalAuthority!.Code,
                         Hub = x.Children.Select(c => c.Child!.CaseHoldingHubId).FirstOrDefault(),
                         Attended = x.Invitations.Any(i => i.Agency == Agency.Police && i.Status == AttendanceStatus.Attended),
                         Recorded = x.Invitations.Any(i => i.Agency == Agency.Police && i.Status != AttendanceStatus.Invited),
                     }).ToListAsync(ct))
        {
            var d = JourneyQueries.England(m.HeldAt);
            if (!In(d)) continue;
            var row = At(m.Code, m.Hub, d);
            row.PoliceInvited++;
            if (m.Attended) row.PoliceAttended++;
            if (m.Recorded) row.PoliceRecorded++;
        }
        return [.. rows.Values.OrderBy(r => r.LocalAuthority, StringComparer.Ordinal).ThenBy(r => r.Hub is null ? 1 : 0)
            .ThenBy(r => r.Hub, StringComparer.Ordinal).ThenBy(r => r.Month, StringComparer.Ordinal)];
    }
}
