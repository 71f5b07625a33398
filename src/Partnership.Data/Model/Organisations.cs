namespace Partnership.Data.Model;

/// <summary>A council (DfE local authority code, e.g. 871 Slough). Every child belongs to one.</summary>
public sealed class LocalAuthority
{
    public Guid Id { get; set; }
    /// <summary>Three-digit DfE LA code ("871").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? OfficeHoursPhone { get; set; }
    public string? OutOfHoursPhone { get; set; }
}

/// <summary>An organisation of an agency: a school, GP practice, health visiting team, policing area, social work hub…</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }
    public Agency Agency { get; set; }
    public OrganisationKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>The council area it serves; null for bodies spanning several (a force-wide unit).</summary>
    public Guid? LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }
    /// <summary>School unique reference number (schools only).</summary>
    public string? Urn { get; set; }
    /// <summary>NHS ODS code (GP practices, health teams).</summary>
    public string? OdsCode { get; set; }
    /// <summary>Social work hubs only.</summary>
    public HubSpecialism? Specialism { get; set; }
    /// <summary>Caseload range of a hub: beyond <see cref="CaseloadMax"/> an alert is due.</summary>
    public int? CaseloadMin { get; set; }
    public int? CaseloadMax { get; set; }
    public string? Phone { get; set; }
    public List<Practitioner> Practitioners { get; set; } = [];
}

/// <summary>A person working for an agency, usually within an organisation.</summary>
public sealed class Practitioner
{
    public Guid Id { get; set; }
    public Agency Agency { get; set; }
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public PractitionerRole Role { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The identity provider's subject, to match a token to a practitioner.</summary>
    public string? Subject { get; set; }
    /// <summary>When a social worker qualified: for the 12 months after, the assessed and supported year in employment (ASYE).</summary>
    public DateOnly? QualifiedOn { get; set; }
    /// <summary>A manager's range for this worker; when unset, the role's default (<see cref="CaseloadRoleDefault"/>) applies.</summary>
    public int? CaseloadMin { get; set; }
    public int? CaseloadMax { get; set; }

    /// <summary>Newly qualified on <paramref name="day"/>: within the ASYE year, when the protected caseload applies.</summary>
    public bool IsNewlyQualifiedOn(DateOnly day) => InAsyeYear(QualifiedOn, day);

    public static bool InAsyeYear(DateOnly? qualifiedOn, DateOnly day) => qualifiedOn is { } q && q <= day && day < q.AddYears(1);
}
