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
