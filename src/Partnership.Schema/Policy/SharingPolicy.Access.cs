using System.Linq.Expressions;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Policy;

/// <summary>A grant that holds today for the caller and a child, with what it rests on (<see cref="SharingPolicy.AccessOf"/>).</summary>
internal sealed record HeldGrant(InformationCategory Category, Grant Grant, SharingRoute Route, string Meaning, string? RestsOn,
    DateTimeOffset? Since, DateTimeOffset? Until);

public sealed partial class SharingPolicy
{
    /// <summary>
    /// The grants of the caller's cells that can hold for its organisation (a school's roll never holds for a team), in a fixed
    /// order: the layout of <see cref="AccessProjection"/>'s array depends on the caller's agency and kind of organisation only.
    /// </summary>
    internal static IReadOnlyList<(InformationCategory Category, Grant Grant)> Candidates(HubCaller c)
    {
        var list = new List<(InformationCategory, Grant)>();
        foreach (var category in Enum.GetValues<InformationCategory>())
            foreach (var grant in c.Organisation?.Kind is { } kind ? CellFor(category, c.Agency, kind) : Cell(category, c.Agency))
                list.Add((category, grant));
        return list;
    }

    /// <summary>
    /// Why the caller sees a child, as one array per child read in the child's own statement: for each candidate grant, whether it
    /// holds (<see cref="GrantHolds"/>, the conditions the row and field rules run) and the facts it rests on. Read it back with
    /// <see cref="AccessOf"/>.
    /// </summary>
    internal static Expression<Func<Person, object?[]>> AccessProjection(HubCaller c)
    {
        var p = Expression.Parameter(typeof(Person), "p");
        var slots = new List<Expression>();
        foreach (var (category, grant) in Candidates(c))
        {
            slots.Add(Box(Lambda.Inline(GrantHolds(grant, category, c), p)));
            foreach (var fact in Facts(grant.Basis, category, c)) slots.Add(Box(Lambda.Inline(fact, p)));
        }
        return Expression.Lambda<Func<Person, object?[]>>(Expression.NewArrayInit(typeof(object), slots), p);
    }

    /// <summary>The grants that hold, read from an array <see cref="AccessProjection"/> projected for the same caller.</summary>
    internal static List<HeldGrant> AccessOf(object?[] row, HubCaller c)
    {
        var held = new List<HeldGrant>();
        var i = 0;
        foreach (var (category, grant) in Candidates(c))
        {
            var holds = row[i++] is true;
            var count = Facts(grant.Basis, category, c).Count;
            var facts = row.AsSpan(i, count).ToArray();
            i += count;
            if (!holds) continue;
            var (restsOn, since, until) = Describe(grant.Basis, facts, c);
            held.Add(new HeldGrant(category, grant, RouteOf(grant.Basis), Bases[grant.Basis].Meaning, restsOn, since, until));
        }
        return held;
    }

    /// <summary>
    /// The facts a basis rests on, over the child: the rows its condition finds (the same predicates, never restated), the earliest
    /// first. Bases that rest on nothing beyond the child's council or the caller's own link have none.
    /// </summary>
    private static List<LambdaExpression> Facts(Basis basis, InformationCategory category, HubCaller c)
    {
        var today = c.Today;
        var org = c.OrganisationId ?? Guid.Empty;
        switch (basis)
        {
            case Basis.Statutory:
                var plans = ModelQueries.StatutoryPlanOpenOn(today);
                var enquiries = ModelQueries.EnquiryOpenOn(today);
                return [First(p => p.Plans, plans, x => x.StartDate, x => (DateOnly?)x.StartDate), First(p => p.Plans, plans, x => x.StartDate, x => (PlanKind?)x.Kind),
                    First(p => p.Section47Enquiries, enquiries, x => x.StartDate, x => (DateOnly?)x.StartDate)];
            case Basis.VirtualSchool:
                var looked = ModelQueries.LookedAfterPlanOf(c.Organisation?.CouncilId ?? Guid.Empty, today);
                return [First(p => p.Plans, looked, x => x.StartDate, x => (DateOnly?)x.StartDate), First(p => p.Plans, looked, x => x.StartDate, x => x.EndDate)];
            case Basis.OwnPupils:
                var roll = ModelQueries.EnrolmentAt(org, today);
                return [First(p => p.Enrolments, roll, x => x.StartDate, x => (DateOnly?)x.StartDate), First(p => p.Enrolments, roll, x => x.StartDate, x => x.EndDate)];
            case Basis.OwnCaseload:
                var caseload = ModelQueries.CaseloadAt(org, today);
                return [First(p => p.HealthVisiting, caseload, x => x.StartDate, x => (DateOnly?)x.StartDate), First(p => p.HealthVisiting, caseload, x => x.StartDate, x => x.EndDate)];
            case Basis.OwnPatients:
                var registered = ModelQueries.RegistrationAt(org, today);
                return [First(p => p.GpRegistrations, registered, x => x.StartDate, x => (DateOnly?)x.StartDate), First(p => p.GpRegistrations, registered, x => x.StartDate, x => x.EndDate)];
            case Basis.Consent:
                var consent = ModelQueries.ConsentGranting(c.Agency, Recipient(c), category, c.Now, today);
                return [First(p => p.Consents, consent, x => x.GivenAt, x => (DateTimeOffset?)x.GivenAt), First(p => p.Consents, consent, x => x.GivenAt, x => x.EndsOn),
                    First(p => p.Consents, consent, x => x.GivenAt, x => x.InvolvementPlan!.EndDate), First(p => p.Consents, consent, x => x.GivenAt, x => x.GivenByName),
                    First(p => p.Consents, consent, x => x.GivenAt, x => (ConsentRelationship?)x.Relationship)];
            case Basis.Emergency:
                var grant = ModelQueries.EmergencyGrantCurrent(c.AnyPractitioner ? null : c.Subject, c.Agency, c.OrganisationId, c.Now);
                return [First(p => p.EmergencyAccessGrants, grant, x => x.GrantedAt, x => (DateTimeOffset?)x.GrantedAt),
                    First(p => p.EmergencyAccessGrants, grant, x => x.GrantedAt, x => (DateTimeOffset?)x.ExpiresAt),
                    First(p => p.EmergencyAccessGrants, grant, x => x.GrantedAt, x => x.Reason)];
            case var b when DecidedPerMeeting(b):
                var meeting = MeetingBasis(b, c);
                Expression<Func<Person, IEnumerable<Meeting>>> meetings = p => p.Meetings.Select(mc => mc.Meeting!);
                var where = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(Meeting)], meetings.Body, meeting);
                var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(Meeting)], where);
                return [First(meetings, meeting, m => m.HeldAt, m => (DateTimeOffset?)m.HeldAt), Expression.Lambda(count, meetings.Parameters)];
            default:
                return [];
        }
    }

    /// <summary>What a held grant rests on, in words, and from when until when it holds (null: no recorded start, or no set end).</summary>
    private static (string? RestsOn, DateTimeOffset? Since, DateTimeOffset? Until) Describe(Basis basis, object?[] f, HubCaller c)
    {
        switch (basis)
        {
            case Basis.Statutory:
                var plan = f[1] is PlanKind kind ? $"an open {Words(kind)} plan" : null;
                var enquiry = f[2] is DateOnly ? "an open section 47 enquiry" : null;
                var on = string.Join(" and ", new[] { plan, enquiry }.OfType<string>());
                return ($"{on}, and the organisation is invited to the child's meetings or named on its plan", Earliest(Day(f[0]), Day(f[2])), null);
            case Basis.VirtualSchool:
                return ("a looked-after plan of the virtual school's council", Day(f[0]), Day(f[1]));
            case Basis.OwnPupils:
                return ("an enrolment on the school's roll", Day(f[0]), Day(f[1]));
            case Basis.OwnCaseload:
                return ("an assignment to the team's health visiting caseload", Day(f[0]), Day(f[1]));
            case Basis.OwnPatients:
                return ("a registration with the practice", Day(f[0]), Day(f[1]));
            case Basis.Consent:
                // It ends at its stated end date or when the involvement it was given for closes, whichever is first.
                var relationship = f[4] is ConsentRelationship r ? Words(r) : "unknown relationship";
                return ($"consent given by {f[3] ?? "an unnamed person"} ({relationship})", f[0] as DateTimeOffset?, Earliest(Day(f[1]), Day(f[2])));
            case Basis.Emergency:
                return ($"emergency access: {f[2]}", f[0] as DateTimeOffset?, f[1] as DateTimeOffset?);
            case var b when DecidedPerMeeting(b):
                var n = f[1] is int count ? count : 0;
                var meetings = $"{n} of the child's meetings{(f[0] is DateTimeOffset first ? $", the first held {first:yyyy-MM-dd}" : "")}";
                // An attended meeting's record is the organisation's for good, from the meeting on; the others hold while invited.
                return (meetings, b is Basis.Attended or Basis.SharedAtMeeting ? f[0] as DateTimeOffset? : null, null);
            case Basis.CaseHoldingHub:
                return ("the child's case is held by the caller's hub", null, null);
            case Basis.LinkedHousehold:
                return ("a household the caller's organisation linked", null, null);
            case Basis.NhsLookup:
                return ("this request looked the child up by NHS number", c.Now, null);
            default:
                return (null, null, null);
        }
    }

    private static LambdaExpression First<T, TKey, TValue>(Expression<Func<Person, IEnumerable<T>>> items, Expression<Func<T, bool>> where,
        Expression<Func<T, TKey>> order, Expression<Func<T, TValue>> value)
    {
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], items.Body, where);
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(T), typeof(TKey)], body, order);
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(TValue)], body, value);
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.FirstOrDefault), [typeof(TValue)], body);
        return Expression.Lambda(body, items.Parameters);
    }

    private static Expression Box(Expression e) => e.Type == typeof(object) ? e : Expression.Convert(e, typeof(object));

    /// <summary>The start of an England day, the instant a day-dated period begins or ends (a plan ending today is closed today).</summary>
    private static DateTimeOffset? Day(object? value) => value is DateOnly d ? HubCaller.StartOfEnglandDay(d) : null;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static string Words<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
