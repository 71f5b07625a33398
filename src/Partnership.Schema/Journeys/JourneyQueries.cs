using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// The partners' root queries. Lists of children, meetings and actions are the hub's entity types over a narrowed source
/// (a caseload, a school roll, the caller's own actions): the sharing policy's row and field rules still apply inside the
/// query, and what is returned is recorded in the access audit. The attendance rates are counts over the meetings the
/// policy lets the caller see.
/// </summary>
internal static class JourneyQueries
{
    public const int MaxMonths = 36;

    /// <summary>Why a count view records nothing in the access audit.</summary>
    internal const string CountsOnly = "counts over children the caller may see; no child is named";

    internal sealed record AttendanceRate(string LocalAuthorityCode, string LocalAuthorityName, string Month, int Invited, int Attended, int Apologies, int DidNotAttend, int NotRecorded)
    {
        /// <summary>Attended ÷ meetings whose attendance is recorded; null when none is.</summary>
        public double? Rate => Attended + Apologies + DidNotAttend == 0 ? null : Math.Round((double)Attended / (Attended + Apologies + DidNotAttend), 4);
    }

    public static void AddFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var data = hub.Data;
        AuditedFields.Connection(t, "healthVisitingCaseload", hub.ChildType, ctx =>
        {
            var caller = Require(ctx, Agency.Health, "a health visiting caseload");
            if (caller.OrganisationId is not { } team) return Empty(ctx);
            var today = caller.Today;
            var fiveYearsAgo = today.AddYears(-5);
            return HubEntities.Db(ctx).People.Where(ModelQueries.OnHealthVisitingCaseload(team, today))
                .Where(p => p.Kind == PersonKind.Child && (p.DateOfBirth == null || p.DateOfBirth > fiveYearsAgo));
        }).Description("Health: the children aged 0–5 (and unborn) on the caller's health visiting team's caseload today, as the policy lets it see them.");

        AuditedFields.Connection(t, "pupilsWithSocialWorker", hub.ChildType, ctx =>
        {
            var caller = Require(ctx, Agency.Education, "the school's pupils");
            if (caller.OrganisationId is not { } school) return Empty(ctx);
            return HubEntities.Db(ctx).People.Where(ModelQueries.PupilOf(school, caller.Today))
                .Where(p => p.Kind == PersonKind.Child && p.CaseHoldingHubId != null);
        }).Description("Education: the caller's school's pupils on roll today who have a social worker (`hasSocialWorker`, `openPlanKinds`, `socialCareHub`).");

        AuditedFields.Connection(t, "assignedActions", hub.ActionType, ctx =>
        {
            var caller = HubSchema.Caller(ctx) ?? throw Unauthenticated();
            var agency = caller.Agency;
            var org = caller.OrganisationId;
            var openOnly = ctx.GetArgument<bool>("openOnly");
            // An organisation's own actions (police: the force's); the row rule keeps those of meetings it may see.
            return HubEntities.Db(ctx).MeetingActions.Where(a => a.OwnerAgency == agency && (agency == Agency.Police || agency == Agency.SocialCare || a.OwnerOrganisationId == org))
                .Where(a => !openOnly || a.CompletedOn == null);
        }).Argument("openOnly", Scalars.Boolean, false, "Only actions not yet completed.")
          .Description("Actions agreed at meetings the caller may see that its organisation (police: the force) owns.");

        var rate = new ObjectType("AttendanceRate", b =>
        {
            b.Field("localAuthority", Scalars.String.NonNull(), "The council's DfE code.").Resolve<AttendanceRate>(r => r.LocalAuthorityCode);
            b.Field("localAuthorityName", Scalars.String.NonNull()).Resolve<AttendanceRate>(r => r.LocalAuthorityName);
            b.Field("month", Scalars.String.NonNull(), "yyyy-MM, in England's time.").Resolve<AttendanceRate>(r => r.Month);
            b.Field("invited", Scalars.Int.NonNull(), "Strategy meetings the agency was invited to.").Resolve<AttendanceRate>(r => r.Invited);
            b.Field("attended", Scalars.Int.NonNull()).Resolve<AttendanceRate>(r => r.Attended);
            b.Field("apologies", Scalars.Int.NonNull()).Resolve<AttendanceRate>(r => r.Apologies);
            b.Field("didNotAttend", Scalars.Int.NonNull()).Resolve<AttendanceRate>(r => r.DidNotAttend);
            b.Field("notRecorded", Scalars.Int.NonNull(), "Still INVITED: attendance not yet recorded.").Resolve<AttendanceRate>(r => r.NotRecorded);
            b.Field("rate", Scalars.Float, "attended ÷ (attended + apologies + didNotAttend); null when none is recorded.").Resolve<AttendanceRate>(r => r.Rate);
        })
        { Description = "An agency's attendance at strategy meetings of one council in one month." };
        AuditedFields.NoChild(t, "attendanceRates", rate.NonNull().List().NonNull(), CountsOnly, async ctx => await AttendanceRatesAsync(ctx))
            .Description("Attendance of an agency (default: the caller's) at the strategy meetings the caller may see, per council and month.")
            .Argument("agency", data.EnumFor(typeof(Agency)), "Whose attendance; partners may only ask about their own.")
            .Argument("from", DataScalars.Date.NonNull(), "First day (England).")
            .Argument("to", DataScalars.Date.NonNull(), "Last day (England), inclusive.");
    }

    private static async Task<List<AttendanceRate>> AttendanceRatesAsync(IResolveFieldContext ctx)
    {
        var caller = HubSchema.Caller(ctx) ?? throw Unauthenticated();
        var agency = ctx.Arguments.GetValueOrDefault("agency") is Agency a ? a : caller.Agency;
        if (agency != caller.Agency && caller.Agency != Agency.SocialCare)
            throw new GraphQLError("Only children's social care can read another agency's attendance.", extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
        var from = (DateOnly)ctx.Arguments["from"]!;
        var to = (DateOnly)ctx.Arguments["to"]!;
        if (to < from) throw new GraphQLError("\"to\" must not be before \"from\".", extensions: HubSchema.Code("INVALID_RANGE"));
        if (to > from.AddMonths(MaxMonths)) throw new GraphQLError($"The range is limited to {MaxMonths} months.", extensions: HubSchema.Code("INVALID_RANGE"));
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-1); // England is UTC or UTC+1: widen, then cut exactly below
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(1);
        var db = HubEntities.Db(ctx);
        // One statement: the invitations of that agency to meetings the caller was invited to (its own attendance record, route 1) — social care: all of its councils.
        var rows = await db.StrategyMeetings.Where(SharingPolicy.InvitedTo(caller))
            .Where(m => m.HeldAt >= start && m.HeldAt < end)
            .SelectMany(m => m.Invitations.Where(i => i.Agency == agency), (m, i) => new { m.Id, m.LocalAuthority!.Code, m.LocalAuthority.Name, m.HeldAt, i.Status })
            .ToListAsync(ctx.CancellationToken);
        var result = new List<AttendanceRate>();
        foreach (var g in rows.Select(r => (r.Id, r.Code, r.Name, Day: England(r.HeldAt), r.Status))
                     .Where(r => r.Day >= from && r.Day <= to)
                     .GroupBy(r => (r.Code, r.Name, Month: r.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
                     .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal))
        {
            // A meeting counts once: the best status of the agency's invitations to it (attended > apologies > did not attend > invited).
            var perMeeting = g.GroupBy(r => r.Id).Select(m => m.Select(r => r.Status).OrderBy(Rank).First()).ToList();
            result.Add(new AttendanceRate(g.Key.Code, g.Key.Name, g.Key.Month, perMeeting.Count,
                perMeeting.Count(s => s == AttendanceStatus.Attended), perMeeting.Count(s => s == AttendanceStatus.Apologies),
                perMeeting.Count(s => s == AttendanceStatus.DidNotAttend), perMeeting.Count(s => s == AttendanceStatus.Invited)));
        }
        return result;
    }

    private static int Rank(AttendanceStatus s) => s switch
    {
        AttendanceStatus.Attended => 0,
        AttendanceStatus.Apologies => 1,
        AttendanceStatus.DidNotAttend => 2,
        _ => 3,
    };

    private static readonly TimeZoneInfo London = FindLondon();

    internal static DateOnly England(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, London).DateTime);

    private static TimeZoneInfo FindLondon()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }

    internal static GraphQLError Unauthenticated() =>
        new("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));

    internal static HubCaller Require(IResolveFieldContext ctx, Agency agency, string what)
    {
        var caller = HubSchema.Caller(ctx) ?? throw Unauthenticated();
        if (caller.Agency != agency)
            throw new GraphQLError($"Only {agency} callers can read {what}.", extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
        return caller;
    }

    private static IQueryable<Person> Empty(IResolveFieldContext ctx) => HubEntities.Db(ctx).People.Where(p => false);
}
