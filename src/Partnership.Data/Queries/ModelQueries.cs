using System.Linq.Expressions;
using Partnership.Data.Dates;
using Partnership.Data.Model;

namespace Partnership.Data.Queries;

/// <summary>
/// The questions the sharing policy and the partner journeys ask of the model, as expressions EF Core translates to SQL on
/// both providers (tested against an in-memory oracle on SQLite and PostgreSQL). Compose them with <c>Where</c>; never filter
/// loaded rows in memory. Days are <see cref="DateOnly"/> (England), instants <see cref="DateTimeOffset"/>.
/// </summary>
public static class ModelQueries
{
    /// <summary>Children (including unborn) of the councils with these DfE codes.</summary>
    public static IQueryable<Person> ChildrenOf(this IQueryable<Person> people, IReadOnlyCollection<string> councilCodes) =>
        people.Where(p => p.Kind == PersonKind.Child && councilCodes.Contains(p.LocalAuthority!.Code));

    /// <summary>Plans open on <paramref name="day"/> (<see cref="Period"/>: a plan that ends today is closed today).</summary>
    public static Expression<Func<Plan, bool>> PlanOpenOn(DateOnly day) =>
        p => Period.IsOpen(p.StartDate, p.EndDate, day);

    public static IQueryable<Plan> OpenOn(this IQueryable<Plan> plans, DateOnly day) => plans.Where(PlanOpenOn(day));

    /// <summary>
    /// The child is under statutory safeguarding on <paramref name="day"/>: an open section 47 enquiry, or an open child protection,
    /// pre-birth or looked-after plan (route 2 of the default policy).
    /// </summary>
    public static Expression<Func<Person, bool>> UnderStatutorySafeguarding(DateOnly day) =>
        c => c.Section47Enquiries.Any(s => Period.IsOpen(s.StartDate, s.EndDate, day))
             || c.Plans.Any(p => (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth || p.Kind == PlanKind.LookedAfter)
                                 && Period.IsOpen(p.StartDate, p.EndDate, day));

    /// <summary>
    /// The recipient has a role for the child: invited to one of the child's strategy meetings or conferences, or named on one of the
    /// child's plans. <paramref name="organisationId"/> names the organisation (domain.md: sharing is with organisations); null asks
    /// for any organisation of the agency — only for police, whose force is one organisation in every council.
    /// </summary>
    public static Expression<Func<Person, bool>> AgencyHasRole(Agency agency, Guid? organisationId = null) =>
        c => c.Meetings.Any(mc => mc.Meeting!.Invitations.Any(i => i.Agency == agency && (organisationId == null || i.OrganisationId == organisationId)))
             || c.Plans.Any(p => p.Members.Any(m => m.Agency == agency && (organisationId == null || m.OrganisationId == organisationId)));

    /// <summary>
    /// The consent is current: given by <paramref name="at"/>, not withdrawn, before its stated end date, and the involvement it was
    /// given for still open on <paramref name="day"/> (domain.md: whichever comes first ends it).
    /// </summary>
    public static Expression<Func<ConsentRecord, bool>> ConsentCurrent(DateTimeOffset at, DateOnly day) =>
        k => k.GivenAt <= at && (k.WithdrawnAt == null || k.WithdrawnAt > at) && (k.EndsOn == null || k.EndsOn > day)
             && (k.InvolvementPlanId == null || Period.IsOpen(k.InvolvementPlan!.StartDate, k.InvolvementPlan.EndDate, day));

    /// <summary>
    /// A current consent names the recipient and <paramref name="category"/> (route 3): the organisation, or for police
    /// (<paramref name="organisationId"/> null) any organisation of the force.
    /// </summary>
    public static Expression<Func<Person, bool>> HasCurrentConsent(Agency agency, Guid? organisationId, InformationCategory category, DateTimeOffset at, DateOnly day)
    {
        var current = ConsentCurrent(at, day);
        Expression<Func<ConsentRecord, bool>> names =
            k => k.Scopes.Any(s => s.Agency == agency && (organisationId == null || s.OrganisationId == organisationId) && s.Category == category);
        var k = current.Parameters[0];
        var both = Expression.Lambda<Func<ConsentRecord, bool>>(Expression.AndAlso(current.Body, ParameterSwap.Apply(names, k)), k);
        Expression<Func<Person, IEnumerable<ConsentRecord>>> consents = c => c.Consents;
        return Expression.Lambda<Func<Person, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(ConsentRecord)], consents.Body, both), consents.Parameters);
    }

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Apply(LambdaExpression lambda, Expression argument) => new ParameterSwap(lambda.Parameters[0], argument).Visit(lambda.Body);
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    /// <summary>Consents current at <paramref name="at"/> (England day <paramref name="day"/>).</summary>
    public static IQueryable<ConsentRecord> CurrentAt(this IQueryable<ConsentRecord> consents, DateTimeOffset at, DateOnly day) =>
        consents.Where(ConsentCurrent(at, day));

    /// <summary>Consents that cover this recipient (an organisation; for police, null: the force) and category.</summary>
    public static IQueryable<ConsentRecord> Covering(this IQueryable<ConsentRecord> consents, Agency agency, Guid? organisationId, InformationCategory category) =>
        consents.Where(k => k.Scopes.Any(s => s.Agency == agency && (organisationId == null || s.OrganisationId == organisationId) && s.Category == category));

    /// <summary>
    /// An unexpired, unrevoked emergency access grant to this practitioner (route 4): its subject, acting for the same agency and
    /// organisation as when it was granted — a token of another agency with the same subject gets nothing from it. A null
    /// <paramref name="subject"/> asks about any practitioner of the organisation (explaining an organisation's share).
    /// </summary>
    public static Expression<Func<Person, bool>> HasEmergencyAccess(string? subject, Agency agency, Guid? organisationId, DateTimeOffset at) =>
        c => c.EmergencyAccessGrants.Any(g => (subject == null || g.Subject == subject) && g.Agency == agency && g.OrganisationId == organisationId
                                              && g.GrantedAt <= at && g.ExpiresAt > at && g.RevokedAt == null);

    /// <summary>On the school's roll on <paramref name="day"/> (education's "own pupils").</summary>
    public static Expression<Func<Person, bool>> PupilOf(Guid schoolId, DateOnly day) =>
        c => c.Enrolments.Any(e => e.SchoolId == schoolId && Period.IsOpen(e.StartDate, e.EndDate, day));

    /// <summary>A member of a household this organisation (e.g. a housing team) linked.</summary>
    public static Expression<Func<Person, bool>> LinkedBy(Agency agency, Guid? organisationId = null) =>
        c => c.Households.Any(m => m.LinkedByAgency == agency && (organisationId == null || m.LinkedByOrganisationId == organisationId));

    /// <summary>On the health visiting team's caseload on <paramref name="day"/>.</summary>
    public static Expression<Func<Person, bool>> OnHealthVisitingCaseload(Guid teamId, DateOnly day) =>
        c => c.HealthVisiting.Any(h => h.TeamId == teamId && Period.IsOpen(h.StartDate, h.EndDate, day));

    /// <summary>Registered with the GP practice on <paramref name="day"/> (its own patient record).</summary>
    public static Expression<Func<Person, bool>> PatientOf(Guid practiceId, DateOnly day) =>
        c => c.GpRegistrations.Any(g => g.PracticeId == practiceId && Period.IsOpen(g.StartDate, g.EndDate, day));

    /// <summary>
    /// Looked after on <paramref name="day"/> by the council <paramref name="councilId"/> (the virtual school's children): an open
    /// looked-after plan of that council.
    /// </summary>
    public static Expression<Func<Person, bool>> LookedAfterBy(Guid councilId, DateOnly day) =>
        c => c.Plans.Any(p => p.Kind == PlanKind.LookedAfter && p.LocalAuthorityId == councilId && Period.IsOpen(p.StartDate, p.EndDate, day));

    /// <summary>Meetings (strategy discussions and conferences) to which the agency, or this organisation of it, was invited.</summary>
    public static IQueryable<Meeting> InvitingAgency(this IQueryable<Meeting> meetings, Agency agency, Guid? organisationId = null) =>
        meetings.Where(m => m.Invitations.Any(i => i.Agency == agency && (organisationId == null || i.OrganisationId == organisationId)));

    /// <summary>Meetings held in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IQueryable<Meeting> HeldBetween(this IQueryable<Meeting> meetings, DateTimeOffset from, DateTimeOffset to) =>
        meetings.Where(m => m.HeldAt >= from && m.HeldAt < to);

    /// <summary>Addresses valid on <paramref name="day"/>; add <c>!a.IsConfidential</c> for every caller but the case-holding hub.</summary>
    public static Expression<Func<Address, bool>> AddressValidOn(DateOnly day) =>
        a => Period.IsOpen(a.ValidFrom, a.ValidTo, day);
}
