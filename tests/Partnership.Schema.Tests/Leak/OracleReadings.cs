using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The oracle's readings of the places where shared/domain.md's sharing policy can be read more than one way. The defaults
/// are the oracle's own (strict) reading; a flag set differently in the leak test is a disagreement with the policy author,
/// listed in Leak/README.md.
/// </summary>
internal sealed record OracleReadings
{
    /// <summary>
    /// "invited to that child's strategy meeting or conference, or named on the plan" names the agency, so by default any
    /// invitation of the agency counts. Agencies listed here need their own organisation invited or named (a school DSL does
    /// not get route 2 because another school was invited).
    /// </summary>
    public IReadOnlySet<Agency> RoleAtOrganisationLevel { get; init; } = new HashSet<Agency> { Agency.Education };

    /// <summary>
    /// "S (meetings it is invited to)": route 2 needs the child under statutory safeguarding NOW, so a meeting whose
    /// children have no open s47 / CP / pre-birth / looked-after status is hidden from police, health and education
    /// even if they were invited (true), rather than invitation alone sufficing (false).
    /// </summary>
    public bool MeetingsNeedCurrentStatutory { get; init; } = true;

    /// <summary>
    /// Health's identity / contact / protection status for children on its own health visiting caseload or registered with
    /// its GP practice ("own record"). The table does not grant it (default false).
    /// </summary>
    public bool HealthCaseloadIsOwnRecord { get; init; }

    /// <summary>Whether a current consent naming the meeting schedule / record opens that child's meetings (route 3 is general: default true).</summary>
    public bool MeetingsByConsent { get; init; } = true;

    /// <summary>Whether a consent naming protection status gives housing its "involvement" view (route 3 is general: default true).</summary>
    public bool HousingStatusByConsent { get; init; } = true;

    /// <summary>Whether health's NHS-number lookup reaches children of councils the token does not name (CP-IS is national; the hub's rule is "councils its token names").</summary>
    public bool LookupCrossesCouncils { get; init; }

    /// <summary>Whether a consent can grant a cell the table marks "never" (housing plan detail / meetings). Default: no.</summary>
    public bool ConsentOverridesNever { get; init; }

    /// <summary>
    /// Education's plan detail is "S (actions assigned to the school)": the category of abuse and the objectives are not
    /// among them, so by default a school never sees them (false).
    /// </summary>
    public bool EducationSeesPlanDetailUnderStatutory { get; init; }

    /// <summary>"others' where shared to a meeting it attends": attendance (status ATTENDED), not invitation, by default.</summary>
    public bool ContributionsNeedAttendance { get; init; } = true;

    /// <summary>Whether an agency's own contribution is reachable only through a meeting it can see (the contract reaches contributions only through meetings).</summary>
    public bool OwnContributionNeedsVisibleMeeting { get; init; } = true;

    /// <summary>Housing sees the household members "it" linked: its organisation (true) or any housing team (false).</summary>
    public bool HousingLinkAtOrganisationLevel { get; init; } = true;

    /// <summary>
    /// "covers the categories the policy allows for emergencies": identity, protection status and contact (what an
    /// unscheduled-care setting needs), and for police the confidential address ("emergency access only").
    /// </summary>
    public Func<Agency, IReadOnlySet<InformationCategory>> EmergencyCategories { get; init; } = DefaultEmergency;

    private static IReadOnlySet<InformationCategory> DefaultEmergency(Agency agency) => agency == Agency.Police
        ? new HashSet<InformationCategory> { Identity, ProtectionStatus, InformationCategory.Contact, ConfidentialAddress }
        : new HashSet<InformationCategory> { Identity, ProtectionStatus, InformationCategory.Contact };

    /// <summary>The policy author's reading of emergency access: police and health only (education and housing have no route 4).</summary>
    public static IReadOnlySet<InformationCategory> PoliceAndHealthOnly(Agency agency) => agency is Agency.Police or Agency.Health
        ? DefaultEmergency(agency) : new HashSet<InformationCategory>();
}
