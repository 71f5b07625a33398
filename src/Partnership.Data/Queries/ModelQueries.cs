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
    public static Expression<Func<Person, bool>> UnderStatutorySafeguarding(DateOnly day)
    {
        var enquiry = Any(c => c.Section47Enquiries, EnquiryOpenOn(day));
        var plan = Any(c => c.Plans, StatutoryPlanOpenOn(day));
        return Expression.Lambda<Func<Person, bool>>(Expression.OrElse(enquiry.Body, ParameterSwap.Apply(plan, enquiry.Parameters[0])), enquiry.Parameters);
    }

    /// <summary>Section 47 enquiries open on <paramref name="day"/> (one half of what <see cref="UnderStatutorySafeguarding"/> rests on).</summary>
    public static Expression<Func<Section47Enquiry, bool>> EnquiryOpenOn(DateOnly day) => s => Period.IsOpen(s.StartDate, s.EndDate, day);

    /// <summary>Child protection, pre-birth and looked-after plans open on <paramref name="day"/> (the other half).</summary>
    public static Expression<Func<Plan, bool>> StatutoryPlanOpenOn(DateOnly day) =>
        p => (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth || p.Kind == PlanKind.LookedAfter) && Period.IsOpen(p.StartDate, p.EndDate, day);

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
    public static Expression<Func<Person, bool>> HasCurrentConsent(Agency agency, Guid? organisationId, InformationCategory category, DateTimeOffset at, DateOnly day) =>
        Any(c => c.Consents, ConsentGranting(agency, organisationId, category, at, day));

    /// <summary>The consents that give <see cref="HasCurrentConsent"/>: current, naming the recipient and the category.</summary>
    public static Expression<Func<ConsentRecord, bool>> ConsentGranting(Agency agency, Guid? organisationId, InformationCategory category, DateTimeOffset at, DateOnly day)
    {
        var current = ConsentCurrent(at, day);
        Expression<Func<ConsentRecord, bool>> names =
            k => k.Scopes.Any(s => s.Agency == agency && (organisationId == null || s.OrganisationId == organisationId) && s.Category == category);
        var k = current.Parameters[0];
        return Expression.Lambda<Func<ConsentRecord, bool>>(Expression.AndAlso(current.Body, ParameterSwap.Apply(names, k)), k);
    }

    /// <summary><c>c => c.Items.Any(predicate)</c>: a child-level question built from the row-level one it rests on.</summary>
    private static Expression<Func<Person, bool>> Any<T>(Expression<Func<Person, IEnumerable<T>>> items, Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<Person, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(T)], items.Body, predicate), items.Parameters);

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
        Any(c => c.EmergencyAccessGrants, EmergencyGrantCurrent(subject, agency, organisationId, at));

    /// <summary>The grants that give <see cref="HasEmergencyAccess"/>.</summary>
    public static Expression<Func<EmergencyAccessGrant, bool>> EmergencyGrantCurrent(string? subject, Agency agency, Guid? organisationId, DateTimeOffset at) =>
        g => (subject == null || g.Subject == subject) && g.Agency == agency && g.OrganisationId == organisationId
             && g.GrantedAt <= at && g.ExpiresAt > at && g.RevokedAt == null;

    /// <summary>On the school's roll on <paramref name="day"/> (education's "own pupils").</summary>
    public static Expression<Func<Person, bool>> PupilOf(Guid schoolId, DateOnly day) => Any(c => c.Enrolments, EnrolmentAt(schoolId, day));

    /// <summary>The enrolments that put a child on the school's roll on <paramref name="day"/> (what <see cref="PupilOf"/> rests on).</summary>
    public static Expression<Func<SchoolEnrolment, bool>> EnrolmentAt(Guid schoolId, DateOnly day) =>
        e => e.SchoolId == schoolId && Period.IsOpen(e.StartDate, e.EndDate, day);

    /// <summary>A member of a household this organisation (e.g. a housing team) linked.</summary>
    public static Expression<Func<Person, bool>> LinkedBy(Agency agency, Guid? organisationId = null) =>
        c => c.Households.Any(m => m.LinkedByAgency == agency && (organisationId == null || m.LinkedByOrganisationId == organisationId));

    /// <summary>On the health visiting team's caseload on <paramref name="day"/>.</summary>
    public static Expression<Func<Person, bool>> OnHealthVisitingCaseload(Guid teamId, DateOnly day) => Any(c => c.HealthVisiting, CaseloadAt(teamId, day));

    /// <summary>The assignments that put a child on the team's caseload on <paramref name="day"/>.</summary>
    public static Expression<Func<HealthVisitingAssignment, bool>> CaseloadAt(Guid teamId, DateOnly day) =>
        h => h.TeamId == teamId && Period.IsOpen(h.StartDate, h.EndDate, day);

    /// <summary>Registered with the GP practice on <paramref name="day"/> (its own patient record).</summary>
    public static Expression<Func<Person, bool>> PatientOf(Guid practiceId, DateOnly day) => Any(c => c.GpRegistrations, RegistrationAt(practiceId, day));

    /// <summary>The registrations that make a child the practice's patient on <paramref name="day"/>.</summary>
    public static Expression<Func<GpRegistration, bool>> RegistrationAt(Guid practiceId, DateOnly day) =>
        g => g.PracticeId == practiceId && Period.IsOpen(g.StartDate, g.EndDate, day);

    /// <summary>
    /// Looked after on <paramref name="day"/> by the council <paramref name="councilId"/> (the virtual school's children): an open
    /// looked-after plan of that council.
    /// </summary>
    public static Expression<Func<Person, bool>> LookedAfterBy(Guid councilId, DateOnly day) => Any(c => c.Plans, LookedAfterPlanOf(councilId, day));

    /// <summary>The open looked-after plans of the council <paramref name="councilId"/> on <paramref name="day"/>.</summary>
    public static Expression<Func<Plan, bool>> LookedAfterPlanOf(Guid councilId, DateOnly day) =>
        p => p.Kind == PlanKind.LookedAfter && p.LocalAuthorityId == councilId && Period.IsOpen(p.StartDate, p.EndDate, day);

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
