using Partnership.Data.Model;

namespace Partnership.Schema.Policy;

/// <summary>Settings of the sharing policy (configuration section <c>Sharing</c>).</summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>How long an emergency access grant lasts (default 24 hours).</summary>
    public TimeSpan EmergencyAccessDuration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Emergency grants one request may ask for (default 1): each child needs its own stated reason and request.</summary>
    public int EmergencyAccessPerRequest { get; set; } = 1;

    /// <summary>Emergency grants one practitioner may be given in 24 hours (default 5); asking beyond it is refused and the case holder told.</summary>
    public int EmergencyAccessPerPractitionerPerDay { get; set; } = 5;

    /// <summary>
    /// The key (32 bytes, base64) that seals paging cursors; when unset, each process makes its own, so set it when several gateways
    /// serve one hub. Cursors carry sort values — a child's data — so they are encrypted and authenticated, never readable.
    /// </summary>
    public string? CursorKey { get; set; }

    /// <summary>
    /// How long a gateway remembers the organisation a token's <c>org</c> claim names (default 1 minute; zero looks it up on
    /// every request). A change to an organisation's kind or council reaches every gateway within this time.
    /// </summary>
    public TimeSpan OrganisationCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after a meeting is held its invitees may still record attendance and contributions (default 60 days).</summary>
    public TimeSpan MeetingRecordWindow { get; set; } = TimeSpan.FromDays(60);

    /// <summary>How often a <c>notificationReceived</c> subscription looks for new notices (default 2 seconds; every hub instance sees them).</summary>
    public TimeSpan NotificationPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often a <c>meetingChanged</c> subscription looks for changes written by other gateways (default half a second; a change
    /// written by the same gateway wakes it at once).
    /// </summary>
    public TimeSpan MeetingFeedPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Roles whose reads do not notify the case-holding hub: staff of the multi-agency safeguarding hub and designated
    /// safeguarding nurses read as part of the hub's own work, and conference chairs run the meetings they read.
    /// Every read is still audited.
    /// </summary>
    public List<string> SilentRoles { get; set; } = ["MashOfficer", "DesignatedSafeguardingNurse", "ConferenceChair"];

    /// <summary>The request header a client may state its purpose in (also accepted: the request extension <c>purpose</c>).</summary>
    public const string PurposeHeader = "Partnership-Purpose";

    /// <summary>The longest purpose accepted.</summary>
    public const int MaxPurposeLength = 200;

    /// <summary>The purpose recorded when a request states none: by role first, then by agency.</summary>
    public Dictionary<string, string> DefaultPurposeByRole { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SocialWorker"] = "case work",
        ["ConsultantSocialWorker"] = "case work",
        ["TeamManager"] = "case management oversight",
        ["ConferenceChair"] = "child protection conference",
        ["MashOfficer"] = "MASH screening",
        ["PublicProtectionOfficer"] = "strategy discussion and section 47 enquiry",
        ["PoliceOfficer"] = "safeguarding enquiry",
        ["HealthVisitor"] = "health visiting: safeguarding check",
        ["SchoolNurse"] = "school nursing: safeguarding check",
        ["GeneralPractitioner"] = "direct care: safeguarding check",
        ["Midwife"] = "maternity care: safeguarding check",
        ["DesignatedSafeguardingNurse"] = "designated safeguarding nurse review",
        ["DesignatedSafeguardingLead"] = "pupil safeguarding",
        ["VirtualSchoolHead"] = "education of a looked-after child",
        ["HousingOfficer"] = "housing: family safeguarding check",
        ["InformationGovernanceLead"] = "information governance: sharing decisions",
    };

    public Dictionary<Agency, string> DefaultPurposeByAgency { get; set; } = new()
    {
        [Agency.SocialCare] = "case work",
        [Agency.Police] = "safeguarding enquiry",
        [Agency.Health] = "direct care: safeguarding check",
        [Agency.Education] = "pupil safeguarding",
        [Agency.Housing] = "housing: family safeguarding check",
    };

    internal string DefaultPurpose(Agency agency, IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
            if (DefaultPurposeByRole.TryGetValue(role, out var purpose)) return purpose;
        return DefaultPurposeByAgency.TryGetValue(agency, out var byAgency) ? byAgency : "safeguarding";
    }
}
