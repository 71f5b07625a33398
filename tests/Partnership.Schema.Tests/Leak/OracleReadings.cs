using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The oracle's readings of the places where shared/domain.md's sharing policy can be read more than one way. The defaults
/// are the readings the lead decided (meetings, health's own record, emergency access) and the oracle's own where nothing was
/// decided; each is listed in Leak/README.md. The decided rules themselves are written in <see cref="Oracle"/>, not as flags.
/// </summary>
internal sealed record OracleReadings
{
    /// <summary>
    /// Decided: sharing is with organisations. Agencies listed here need their own organisation invited, named or consented to
    /// (a school, a health visiting team, a GP practice, a housing team); the police force is one organisation, so for police any
    /// invitation of the force counts.
    /// </summary>
    public IReadOnlySet<Agency> RoleAtOrganisationLevel { get; init; } = new HashSet<Agency> { Agency.Education, Agency.Health, Agency.Housing };

    /// <summary>Whether a consent naming protection status gives housing its "involvement" view (route 3 is general: default true; not decided).</summary>
    public bool HousingStatusByConsent { get; init; } = true;

    /// <summary>Decided: health's NHS-number lookup reaches children of every council the hub serves (CP-IS parity is national).</summary>
    public bool LookupCrossesCouncils { get; init; } = true;

    /// <summary>Whether a consent can grant a cell the table marks "never" (housing plan detail / meetings). Default: no.</summary>
    public bool ConsentOverridesNever { get; init; }

    /// <summary>
    /// Education's plan detail is "S (actions assigned to the school)": the category of abuse and the objectives are not
    /// among them, so by default a school never sees them (false).
    /// </summary>
    public bool EducationSeesPlanDetailUnderStatutory { get; init; }

    /// <summary>Housing sees the household members "it" linked: its organisation (true) or any housing team (false).</summary>
    public bool HousingLinkAtOrganisationLevel { get; init; } = true;

    /// <summary>
    /// Route 4, decided as the hub's reading: police and health only (an unscheduled-care setting, an officer at the door),
    /// covering identity, protection status and contact, and for police the confidential address ("emergency access only").
    /// <see cref="AnyPractitioner"/> is the wider reading of "a practitioner states a reason".
    /// </summary>
    public Func<Agency, IReadOnlySet<InformationCategory>> EmergencyCategories { get; init; } = PoliceAndHealthOnly;

    private static readonly IReadOnlySet<InformationCategory> Police = new HashSet<InformationCategory> { Identity, ProtectionStatus, InformationCategory.Contact, ConfidentialAddress };
    private static readonly IReadOnlySet<InformationCategory> Others = new HashSet<InformationCategory> { Identity, ProtectionStatus, InformationCategory.Contact };
    private static readonly IReadOnlySet<InformationCategory> None = new HashSet<InformationCategory>();

    /// <summary>The decided reading of emergency access: police and health only (education and housing have no route 4).</summary>
    public static IReadOnlySet<InformationCategory> PoliceAndHealthOnly(Agency agency) => agency switch
    {
        Agency.Police => Police,
        Agency.Health => Others,
        _ => None,
    };

    /// <summary>The wider reading: any practitioner (route 4 is general).</summary>
    public static IReadOnlySet<InformationCategory> AnyPractitioner(Agency agency) => agency == Agency.Police ? Police : Others;
}
