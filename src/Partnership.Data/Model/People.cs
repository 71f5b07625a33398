using Partnership.Data.Identifiers;

namespace Partnership.Data.Model;

/// <summary>A child (including an unborn child) or an adult known to the hub.</summary>
public sealed class Person
{
    public Guid Id { get; set; }
    public PersonKind Kind { get; set; }
    /// <summary>The council the child belongs to (required for children; adults may have none).</summary>
    public Guid? LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The social work hub holding the child's case, when one does.</summary>
    public Guid? CaseHoldingHubId { get; set; }
    public Organisation? CaseHoldingHub { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>For an unborn child: the expected date of birth (and <see cref="DateOfBirth"/> is null).</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }
    /// <summary>The child's mother when known; for an unborn child the expectant mother, whose NHS number finds a pre-birth plan (CP-IS).</summary>
    public Guid? MotherId { get; set; }
    public Person? Mother { get; set; }
    public DateOnly? DateOfDeath { get; set; }
    public Sex Sex { get; set; }
    public Ethnicity? Ethnicity { get; set; }
    public NhsNumber? NhsNumber { get; set; }
    public Upn? Upn { get; set; }
    public Upn? FormerUpn { get; set; }
    public UpnUnknownReason? UpnUnknown { get; set; }
    /// <summary>The council's own child identifier, unique within the council.</summary>
    public string? LaChildId { get; set; }

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;

    public List<PersonDisability> Disabilities { get; set; } = [];
    public List<PersonIdentifier> Identifiers { get; set; } = [];
    public List<Address> Addresses { get; set; } = [];
    public List<HouseholdMember> Households { get; set; } = [];
    public List<SchoolEnrolment> Enrolments { get; set; } = [];
    public List<HealthVisitingAssignment> HealthVisiting { get; set; } = [];
    public List<GpRegistration> GpRegistrations { get; set; } = [];
    public List<Referral> Referrals { get; set; } = [];
    public List<Plan> Plans { get; set; } = [];
    public List<CareEpisode> CareEpisodes { get; set; } = [];
    public List<Section47Enquiry> Section47Enquiries { get; set; } = [];
    public List<MeetingChild> Meetings { get; set; } = [];
    public List<ConsentRecord> Consents { get; set; } = [];
    public List<EmergencyAccessGrant> EmergencyAccessGrants { get; set; } = [];
}

public sealed class PersonDisability
{
    public Guid PersonId { get; set; }
    public Disability Disability { get; set; }
}

/// <summary>Another agency's identifier for the same person (police, housing…), linked rather than replaced.</summary>
public sealed class PersonIdentifier
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    /// <summary>The issuing system ("TVP-PERSON", "SLOUGH-HOUSING").</summary>
    public required string Scheme { get; set; }
    public required string Value { get; set; }
}

/// <summary>A person's address over a period; a confidential one (refuge, protected placement) is never shared outside the case-holding hub.</summary>
public sealed class Address
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public AddressKind Kind { get; set; }
    public required string Line1 { get; set; }
    public string? Line2 { get; set; }
    public required string Town { get; set; }
    public required string Postcode { get; set; }
    public string? Phone { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool IsConfidential { get; set; }
}

/// <summary>A household as an agency (typically housing) knows it.</summary>
public sealed class Household
{
    public Guid Id { get; set; }
    public Guid LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The housing system's reference for the tenancy or case.</summary>
    public string? Reference { get; set; }
    public List<HouseholdMember> Members { get; set; } = [];
}

/// <summary>A person in a household, with which agency/organisation linked them (housing sees the members it linked).</summary>
public sealed class HouseholdMember
{
    public Guid Id { get; set; }
    public Guid HouseholdId { get; set; }
    public Household? Household { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public HouseholdRelationship Relationship { get; set; }
    public Agency LinkedByAgency { get; set; }
    public Guid? LinkedByOrganisationId { get; set; }
    public Organisation? LinkedByOrganisation { get; set; }
    public LinkMethod LinkMethod { get; set; }
    /// <summary>Fellegi–Sunter match weight for a probabilistic link.</summary>
    public double? MatchWeight { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>
/// An uncertain Fellegi–Sunter match housing asked for (between the review and automatic-link thresholds), held until the
/// housing team that asked confirms it (then the member is linked) or rejects it. Keeps the member as housing gave it; the
/// candidate is only ever a key here, never shown to housing.
/// </summary>
public sealed class HouseholdMatchReview
{
    public Guid Id { get; set; }
    public Guid HouseholdId { get; set; }
    public Household? Household { get; set; }
    /// <summary>The housing team that asked, and the only one that sees and decides the review.</summary>
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid CandidatePersonId { get; set; }
    public Person? CandidatePerson { get; set; }
    public HouseholdRelationship Relationship { get; set; }
    /// <summary>The housing system's identifier scheme and its own id for the member (kept on a confirmed link).</summary>
    public required string Scheme { get; set; }
    public string? HousingPersonId { get; set; }
    // The member as housing gave it.
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Postcode { get; set; }
    public double MatchWeight { get; set; }
    public MatchReviewStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The token subject of who confirmed or rejected it.</summary>
    public string? DecidedBy { get; set; }
}

/// <summary>A pupil on a school's roll (education sees its own pupils).</summary>
public sealed class SchoolEnrolment
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid SchoolId { get; set; }
    public Organisation? School { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

/// <summary>A child (0–5) on a health visiting team's caseload, optionally with a named health visitor.</summary>
public sealed class HealthVisitingAssignment
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid TeamId { get; set; }
    public Organisation? Team { get; set; }
    public Guid? HealthVisitorId { get; set; }
    public Practitioner? HealthVisitor { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

public sealed class GpRegistration
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public Guid PracticeId { get; set; }
    public Organisation? Practice { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}
