namespace Partnership.Data.Model;

/// <summary>
/// Consent to share a child's information with named organisations (never a whole agency), scoped to categories; current from
/// <see cref="GivenAt"/> until it is withdrawn, its end date passes or the involvement it was given for closes, whichever is first.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    /// <summary>The person who consented when known to the hub (a parent, or the child themself).</summary>
    public Guid? GivenByPersonId { get; set; }
    public required string GivenByName { get; set; }
    public ConsentRelationship Relationship { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    /// <summary>The end date the family stated: the consent is not current on or after it.</summary>
    public DateOnly? EndsOn { get; set; }
    /// <summary>The involvement (an early-help or child-in-need plan) the consent was given for: it lapses when that plan closes.</summary>
    public Guid? InvolvementPlanId { get; set; }
    public Plan? InvolvementPlan { get; set; }
    public Guid? RecordedById { get; set; }
    public string? Notes { get; set; }
    /// <summary>One row per (recipient organisation, category) the consent covers.</summary>
    public List<ConsentScope> Scopes { get; set; } = [];
}

/// <summary>A recipient organisation and a category a consent covers; <see cref="Agency"/> is the organisation's.</summary>
public sealed class ConsentScope
{
    public Guid ConsentId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Agency Agency { get; set; }
    public InformationCategory Category { get; set; }
}

/// <summary>Time-limited access to one child that a practitioner asked for with a reason; reported to the case holder and reviewed.</summary>
public sealed class EmergencyAccessGrant
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Person? Child { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? PractitionerId { get; set; }
    /// <summary>The token subject that asked.</summary>
    public required string Subject { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReviewOutcome { get; set; }
}

/// <summary>A decision to share — or not to share — a category of a child's information with an agency: what, with whom, why, who, when.</summary>
public sealed class SharingDecision
{
    public Guid Id { get; set; }
    public Guid? ChildId { get; set; }
    public InformationCategory Category { get; set; }
    public Agency RecipientAgency { get; set; }
    public Guid? RecipientOrganisationId { get; set; }
    public bool Shared { get; set; }
    public SharingRoute Route { get; set; }
    public required string Reason { get; set; }
    public required string DecidedBy { get; set; }
    public Agency DecidedByAgency { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public Guid? ConsentRecordId { get; set; }
    public Guid? EmergencyAccessGrantId { get; set; }
}

/// <summary>
/// One access to children's data. Append-only: <see cref="Hash"/> is SHA-256 over the canonical serialisation of this entry
/// including <see cref="PreviousHash"/>, so altering or removing an entry breaks the chain (see <c>AuditChain</c>).
/// </summary>
public sealed class AccessAuditEntry
{
    /// <summary>Position in the chain, from 1, gap-free.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Subject { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string Operation { get; set; }
    public required string Purpose { get; set; }
    /// <summary>Hex SHA-256 of the previous entry (64 zeros for the first).</summary>
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
    public List<AccessAuditItem> Items { get; set; } = [];
}

/// <summary>Which child, category and route one audit entry covers.</summary>
public sealed class AccessAuditItem
{
    public long EntrySequence { get; set; }
    public Guid ChildId { get; set; }
    public InformationCategory Category { get; set; }
    public SharingRoute Route { get; set; }
}

/// <summary>A message to the hub holding a child's case (e.g. another agency viewed the child, as CP-IS notifies councils).</summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid ChildId { get; set; }
    public Guid RecipientHubId { get; set; }
    public Organisation? RecipientHub { get; set; }
    public Guid? RecipientPractitionerId { get; set; }
    public NotificationKind Kind { get; set; }
    public Agency TriggeredByAgency { get; set; }
    public Guid? TriggeredByOrganisationId { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public long? AuditSequence { get; set; }
}
