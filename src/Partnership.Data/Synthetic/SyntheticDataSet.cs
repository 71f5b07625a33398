using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

/// <summary>Everything a preset generates, in insertion (foreign-key) order.</summary>
public sealed class SyntheticDataSet
{
    public required string Preset { get; init; }
    public required int Seed { get; init; }
    /// <summary>The "today" of the generated world: the last day of the five years of history.</summary>
    public required DateOnly AsOf { get; init; }

    public List<LocalAuthority> LocalAuthorities { get; } = [];
    public List<Organisation> Organisations { get; } = [];
    public List<Practitioner> Practitioners { get; } = [];
    public List<Person> People { get; } = [];
    public List<PersonDisability> Disabilities { get; } = [];
    public List<PersonIdentifier> Identifiers { get; } = [];
    public List<Address> Addresses { get; } = [];
    public List<Household> Households { get; } = [];
    public List<HouseholdMember> HouseholdMembers { get; } = [];
    public List<SchoolEnrolment> Enrolments { get; } = [];
    public List<HealthVisitingAssignment> HealthVisiting { get; } = [];
    public List<GpRegistration> GpRegistrations { get; } = [];
    public List<Referral> Referrals { get; } = [];
    public List<Contact> Contacts { get; } = [];
    public List<Assessment> Assessments { get; } = [];
    public List<AssessmentFactorEntry> AssessmentFactors { get; } = [];
    public List<Plan> Plans { get; } = [];
    public List<PlanMember> PlanMembers { get; } = [];
    public List<PlanAction> PlanActions { get; } = [];
    public List<Meeting> Meetings { get; } = [];
    public List<MeetingChild> MeetingChildren { get; } = [];
    public List<MeetingInvitation> Invitations { get; } = [];
    public List<MeetingContribution> Contributions { get; } = [];
    public List<MeetingAction> MeetingActions { get; } = [];
    public List<Section47Enquiry> Section47Enquiries { get; } = [];
    public List<PlanReview> PlanReviews { get; } = [];
    public List<ConsentRecord> Consents { get; } = [];
    public List<ConsentScope> ConsentScopes { get; } = [];
    public List<EmergencyAccessGrant> EmergencyAccessGrants { get; } = [];
    public List<SharingDecision> SharingDecisions { get; } = [];
    public List<Notification> Notifications { get; } = [];

    /// <summary>The tables in the order they must be inserted.</summary>
    public IEnumerable<(string Name, System.Collections.IList Rows)> Tables()
    {
        yield return (nameof(LocalAuthorities), LocalAuthorities);
        yield return (nameof(Organisations), Organisations);
        yield return (nameof(Practitioners), Practitioners);
        // A child that names its mother (an unborn child) comes after her: rows are inserted one by one under foreign keys.
        yield return (nameof(People), People.OrderBy(p => p.MotherId is not null).ToList());
        yield return (nameof(Disabilities), Disabilities);
        yield return (nameof(Identifiers), Identifiers);
        yield return (nameof(Addresses), Addresses);
        yield return (nameof(Households), Households);
        yield return (nameof(HouseholdMembers), HouseholdMembers);
        yield return (nameof(Enrolments), Enrolments);
        yield return (nameof(HealthVisiting), HealthVisiting);
        yield return (nameof(GpRegistrations), GpRegistrations);
        yield return (nameof(Referrals), Referrals);
        yield return (nameof(Contacts), Contacts);
        yield return (nameof(Assessments), Assessments);
        yield return (nameof(AssessmentFactors), AssessmentFactors);
        yield return (nameof(Plans), Plans);
        yield return (nameof(PlanMembers), PlanMembers);
        yield return (nameof(PlanActions), PlanActions);
        yield return (nameof(Meetings), Meetings);
        yield return (nameof(MeetingChildren), MeetingChildren);
        yield return (nameof(Invitations), Invitations);
        yield return (nameof(Contributions), Contributions);
        yield return (nameof(MeetingActions), MeetingActions);
        yield return (nameof(Section47Enquiries), Section47Enquiries);
        yield return (nameof(PlanReviews), PlanReviews);
        yield return (nameof(Consents), Consents);
        yield return (nameof(ConsentScopes), ConsentScopes);
        yield return (nameof(EmergencyAccessGrants), EmergencyAccessGrants);
        yield return (nameof(SharingDecisions), SharingDecisions);
        yield return (nameof(Notifications), Notifications);
    }

    public long RowCount => Tables().Sum(t => (long)t.Rows.Count);

    public int ChildCount => People.Count(p => p.Kind == PersonKind.Child);
}
