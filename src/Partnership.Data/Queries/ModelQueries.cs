using System.Linq.Expressions;
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

    /// <summary>Plans open on <paramref name="day"/> (started on or before it, not ended before it).</summary>
    public static Expression<Func<Plan, bool>> PlanOpenOn(DateOnly day) =>
        p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day);

    public static IQueryable<Plan> OpenOn(this IQueryable<Plan> plans, DateOnly day) => plans.Where(PlanOpenOn(day));

    /// <summary>
    /// The child is under statutory safeguarding on <paramref name="day"/>: an open section 47 enquiry, or an open child protection,
    /// pre-birth or looked-after plan (route 2 of the default policy).
    /// </summary>
    public static Expression<Func<Person, bool>> UnderStatutorySafeguarding(DateOnly day) =>
        c => c.Section47Enquiries.Any(s => s.StartDate <= day && (s.EndDate == null || s.EndDate >= day))
             || c.Plans.Any(p => (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth || p.Kind == PlanKind.LookedAfter)
                                 && p.StartDate <= day && (p.EndDate == null || p.EndDate >= day));

    /// <summary>
    /// The agency (optionally: this organisation of it) has a role for the child: invited to one of the child's strategy meetings or
    /// conferences, or named on one of the child's plans.
    /// </summary>
    public static Expression<Func<Person, bool>> AgencyHasRole(Agency agency, Guid? organisationId = null) =>
        c => c.Meetings.Any(mc => mc.Meeting!.Invitations.Any(i => i.Agency == agency && (organisationId == null || i.OrganisationId == organisationId)))
             || c.Plans.Any(p => p.Members.Any(m => m.Agency == agency && (organisationId == null || m.OrganisationId == organisationId)));

    /// <summary>A consent current at <paramref name="at"/> names <paramref name="agency"/> and <paramref name="category"/> (route 3).</summary>
    public static Expression<Func<Person, bool>> HasCurrentConsent(Agency agency, InformationCategory category, DateTimeOffset at) =>
        c => c.Consents.Any(k => k.GivenAt <= at && (k.WithdrawnAt == null || k.WithdrawnAt > at)
                                 && k.Scopes.Any(s => s.Agency == agency && s.Category == category));

    /// <summary>Consents current at <paramref name="at"/>.</summary>
    public static IQueryable<ConsentRecord> CurrentAt(this IQueryable<ConsentRecord> consents, DateTimeOffset at) =>
        consents.Where(k => k.GivenAt <= at && (k.WithdrawnAt == null || k.WithdrawnAt > at));

    /// <summary>Consents that cover this recipient agency and category.</summary>
    public static IQueryable<ConsentRecord> Covering(this IQueryable<ConsentRecord> consents, Agency agency, InformationCategory category) =>
        consents.Where(k => k.Scopes.Any(s => s.Agency == agency && s.Category == category));

    /// <summary>An unexpired, unrevoked emergency access grant for this token subject (route 4).</summary>
    public static Expression<Func<Person, bool>> HasEmergencyAccess(string subject, DateTimeOffset at) =>
        c => c.EmergencyAccessGrants.Any(g => g.Subject == subject && g.GrantedAt <= at && g.ExpiresAt > at && g.RevokedAt == null);

    /// <summary>On the school's roll on <paramref name="day"/> (education's "own pupils").</summary>
    public static Expression<Func<Person, bool>> PupilOf(Guid schoolId, DateOnly day) =>
        c => c.Enrolments.Any(e => e.SchoolId == schoolId && e.StartDate <= day && (e.EndDate == null || e.EndDate >= day));

    /// <summary>A member of a household this organisation (e.g. a housing team) linked.</summary>
    public static Expression<Func<Person, bool>> LinkedBy(Agency agency, Guid? organisationId = null) =>
        c => c.Households.Any(m => m.LinkedByAgency == agency && (organisationId == null || m.LinkedByOrganisationId == organisationId));

    /// <summary>On the health visiting team's caseload on <paramref name="day"/>.</summary>
    public static Expression<Func<Person, bool>> OnHealthVisitingCaseload(Guid teamId, DateOnly day) =>
        c => c.HealthVisiting.Any(h => h.TeamId == teamId && h.StartDate <= day && (h.EndDate == null || h.EndDate >= day));

    /// <summary>Meetings (strategy discussions and conferences) to which the agency, or this organisation of it, was invited.</summary>
    public static IQueryable<Meeting> InvitingAgency(this IQueryable<Meeting> meetings, Agency agency, Guid? organisationId = null) =>
        meetings.Where(m => m.Invitations.Any(i => i.Agency == agency && (organisationId == null || i.OrganisationId == organisationId)));

    /// <summary>Meetings held in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IQueryable<Meeting> HeldBetween(this IQueryable<Meeting> meetings, DateTimeOffset from, DateTimeOffset to) =>
        meetings.Where(m => m.HeldAt >= from && m.HeldAt < to);

    /// <summary>Addresses valid on <paramref name="day"/>; add <c>!a.IsConfidential</c> for every caller but the case-holding hub.</summary>
    public static Expression<Func<Address, bool>> AddressValidOn(DateOnly day) =>
        a => a.ValidFrom <= day && (a.ValidTo == null || a.ValidTo >= day);
}
