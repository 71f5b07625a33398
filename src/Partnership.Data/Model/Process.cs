namespace Partnership.Data.Model;

/// <summary>A contact about a child received by the council's front door (MASH); may become a referral.</summary>
public sealed class Contact
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public Guid LocalAuthorityId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public ReferralSource Source { get; set; }
    public ContactOutcome Outcome { get; set; }
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
}

/// <summary>A referral and the episode of need it opens (the CIN census "CINdetails").</summary>
public sealed class Referral
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public Guid LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    public DateOnly ReferralDate { get; set; }
    public ReferralSource Source { get; set; }
    public PrimaryNeed? PrimaryNeed { get; set; }
    /// <summary>No further action at referral.</summary>
    public bool NoFurtherAction { get; set; }
    public DateOnly? ClosureDate { get; set; }
    public ClosureReason? ClosureReason { get; set; }
    /// <summary>Date of the initial child protection conference in this episode (CIN DateOfInitialCPC).</summary>
    public DateOnly? InitialConferenceDate { get; set; }
    public List<Assessment> Assessments { get; set; } = [];
    public List<Section47Enquiry> Section47Enquiries { get; set; } = [];
    public List<Plan> Plans { get; set; } = [];
}

/// <summary>A social work assessment (category AssessmentAndCaseNotes: social care only).</summary>
public sealed class Assessment
{
    public Guid Id { get; set; }
    public Guid ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public Guid ChildId { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? InternalReviewDate { get; set; }
    public DateOnly? AuthorisationDate { get; set; }
    public Guid? SocialWorkerId { get; set; }
    public string? Summary { get; set; }
    public List<AssessmentFactorEntry> Factors { get; set; } = [];
}

public sealed class AssessmentFactorEntry
{
    public Guid AssessmentId { get; set; }
    public AssessmentFactor Factor { get; set; }
}

/// <summary>A section 47 enquiry, started at a strategy discussion; the ICPC is due 15 working days after it.</summary>
public sealed class Section47Enquiry
{
    public Guid Id { get; set; }
    public Guid ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>The strategy discussion at which the enquiry was started.</summary>
    public Guid? StrategyMeetingId { get; set; }
    public Meeting? StrategyMeeting { get; set; }
    public DateOnly? InitialConferenceTarget { get; set; }
    public DateOnly? InitialConferenceDate { get; set; }
    public bool InitialConferenceNotRequired { get; set; }
}

/// <summary>
/// A strategy discussion or a child protection conference (initial or review): one table, told apart by <see cref="Kind"/>,
/// so invitations, contributions and actions work the same for both.
/// </summary>
public sealed class Meeting
{
    public Guid Id { get; set; }
    public MeetingKind Kind { get; set; }
    public Guid LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>When the meeting is (or was) held: the time it is scheduled for, moved by a reschedule.</summary>
    public DateTimeOffset HeldAt { get; set; }
    public MeetingMode Mode { get; set; }
    /// <summary>Where it is held (a room, or "video call"); never a confidential address.</summary>
    public string? Location { get; set; }
    /// <summary>When social care cancelled it, and why (shared with the invited organisations).</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }
    /// <summary>The last change to the meeting or anything of it (invitations, attendance, contributions, decisions, actions).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Starts at 1 and goes up by one with every change: a client that has version n has seen every change up to it.</summary>
    public int Version { get; set; } = 1;
    public Guid? ChairId { get; set; }
    public Practitioner? Chair { get; set; }
    /// <summary>Conferences: the plan reviewed or started.</summary>
    public Guid? PlanId { get; set; }
    public Plan? Plan { get; set; }
    public ConferenceOutcome? ConferenceOutcome { get; set; }
    // Decisions of a strategy discussion (Working Together 2023).
    public bool? DecisionStartSection47 { get; set; }
    public string? DecisionCriminalInvestigation { get; set; }
    public bool? DecisionLegalAction { get; set; }
    public string? DecisionFurtherInformation { get; set; }
    public string? DecisionSiblings { get; set; }
    public string? DecisionNotes { get; set; }
    public List<MeetingChild> Children { get; set; } = [];
    public List<MeetingInvitation> Invitations { get; set; } = [];
    public List<MeetingContribution> Contributions { get; set; } = [];
    public List<MeetingAction> Actions { get; set; } = [];
}

/// <summary>
/// One change to a meeting or anything of it, in the order changes were committed: the change feed's log. The sequence is
/// given by the database, and writers serialise their commits (see the hub's change log), so a reader that has seen
/// sequence n has seen every change before it.
/// </summary>
public sealed class MeetingChange
{
    public long Sequence { get; set; }
    public Guid MeetingId { get; set; }
    public MeetingChangeKind Kind { get; set; }
    /// <summary>When it was made.</summary>
    public DateTimeOffset At { get; set; }
    /// <summary>The meeting's version after the change.</summary>
    public int Version { get; set; }
    /// <summary>The organisation (and its agency) the change is about: the invitation's, the attendance's, the contribution's.</summary>
    public Agency? Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    /// <summary>The contribution or action changed, when the change is about one (its visibility is the policy's, per row).</summary>
    public Guid? SubjectId { get; set; }
}

public sealed class MeetingChild
{
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
}

public sealed class MeetingInvitation
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? PractitionerId { get; set; }
    public Practitioner? Practitioner { get; set; }
    public AttendanceStatus Status { get; set; }
}

/// <summary>Information an agency gave to a meeting, with its category.</summary>
public sealed class MeetingContribution
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    /// <summary>The child it concerns, when it concerns one child of several discussed.</summary>
    public Guid? ChildId { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid? AuthorId { get; set; }
    public InformationCategory Category { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>An action agreed at a meeting: who (agency, organisation) does what by when.</summary>
public sealed class MeetingAction
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public Guid? ChildId { get; set; }
    public required string Description { get; set; }
    public Agency OwnerAgency { get; set; }
    public Guid? OwnerOrganisationId { get; set; }
    public Organisation? OwnerOrganisation { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>A plan for a child: early help, child in need, child protection (with categories), looked after, pre-birth, pathway.</summary>
public sealed class Plan
{
    public Guid Id { get; set; }
    public PlanKind Kind { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public Guid LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>The CIN episode the plan belongs to, when known.</summary>
    public Guid? ReferralId { get; set; }
    public Referral? Referral { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public AbuseCategory? InitialCategory { get; set; }
    public AbuseCategory? LatestCategory { get; set; }
    /// <summary>CIN NumberOfPreviousCPP as recorded.</summary>
    public int? NumberOfPreviousPlans { get; set; }
    public LegalStatus? LegalStatus { get; set; }
    public PlacementType? PlacementType { get; set; }
    public Guid? LeadPractitionerId { get; set; }
    public Practitioner? LeadPractitioner { get; set; }
    public Guid? OwningHubId { get; set; }
    public Organisation? OwningHub { get; set; }
    public string? Objectives { get; set; }
    public List<PlanReview> Reviews { get; set; } = [];
    public List<PlanMember> Members { get; set; } = [];
    public List<PlanAction> Actions { get; set; } = [];
    /// <summary>Looked-after plans: the SSDA903 episodes of the period of care.</summary>
    public List<CareEpisode> Episodes { get; set; } = [];

    /// <summary>Open on <paramref name="day"/> (<see cref="Dates.Period"/>: a plan that ends today is closed today).</summary>
    public bool IsOpenOn(DateOnly day) => Dates.Period.IsOpen(StartDate, EndDate, day);
}

public sealed class PlanReview
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }
    public DateOnly ReviewDate { get; set; }
    public Guid? MeetingId { get; set; }
}

/// <summary>An agency (and organisation / practitioner) named on a plan: a statutory partner with a role in it.</summary>
public sealed class PlanMember
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? PractitionerId { get; set; }
    public string? Role { get; set; }
}

public sealed class PlanAction
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Description { get; set; }
    public Agency OwnerAgency { get; set; }
    public Guid? OwnerOrganisationId { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateOnly? CompletedOn { get; set; }
}
