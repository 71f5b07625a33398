namespace Partnership.Data.Model;

/// <summary>
/// The caseload range a role works to unless a manager sets one for the worker: a newly qualified social worker in the ASYE
/// year has a protected (lower) maximum. Rows are written by the migration that created the table (<see cref="Initial"/>).
/// </summary>
public sealed class CaseloadRoleDefault
{
    public PractitionerRole Role { get; set; }
    /// <summary>The default for a worker of the role in the ASYE year (the protected caseload).</summary>
    public bool NewlyQualified { get; set; }
    public int Min { get; set; }
    public int Max { get; set; }

    /// <summary>
    /// What V0008 stores. Open cases are children with an open plan the worker leads; a consultant social worker also leads the
    /// hub, hence fewer; a newly qualified worker's maximum is below an experienced one's (the ASYE's protected caseload).
    /// </summary>
    public static readonly IReadOnlyList<CaseloadRoleDefault> Initial =
    [
        new() { Role = PractitionerRole.SocialWorker, NewlyQualified = false, Min = 10, Max = 22 },
        new() { Role = PractitionerRole.SocialWorker, NewlyQualified = true, Min = 5, Max = 15 },
        new() { Role = PractitionerRole.ConsultantSocialWorker, NewlyQualified = false, Min = 5, Max = 16 },
    ];

    /// <summary>The largest range bound a manager may set (a sanity bound: no hub or worker holds more).</summary>
    public const int MaxBound = 1000;
}

/// <summary>
/// A manager's change to a hub's or a worker's caseload range: who, when, from what to what. The access audit records reads and
/// writes of children's data only, so range changes keep their own trail, written in the same transaction as the change.
/// </summary>
public sealed class CaseloadRangeChange
{
    public Guid Id { get; set; }
    /// <summary>The hub whose range changed, or the worker's hub.</summary>
    public Guid OrganisationId { get; set; }
    /// <summary>The worker whose own range changed; null for the hub's range.</summary>
    public Guid? PractitionerId { get; set; }
    public int? PreviousMin { get; set; }
    public int? PreviousMax { get; set; }
    /// <summary>The new range; both null when the range was cleared (a worker then works to the role's default).</summary>
    public int? Min { get; set; }
    public int? Max { get; set; }
    /// <summary>The token subject of the manager.</summary>
    public required string ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
