using Partnership.Data.Dates;
using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>How much of a child's protection status a caller sees (the table's protection status row has three shapes).</summary>
internal enum StatusLevel
{
    None,
    /// <summary>Housing: only "open social care involvement: contact hub X" (has a social worker, the hub's name and phone).</summary>
    Involvement,
    /// <summary>Education's own pupils: "has a social worker" and plan type — no dates.</summary>
    Kinds,
    /// <summary>Everything CP-IS shows: plans with dates, responsible council and its numbers.</summary>
    Full,
}

/// <summary>One request's view: the caller, and the NHS numbers the request looked up (health's CP-IS route).</summary>
internal sealed record RequestView(LeakCaller Caller, IReadOnlySet<string> LookedUpNhsNumbers)
{
    public static RequestView Plain(LeakCaller caller) => new(caller, new HashSet<string>());
}

/// <summary>
/// The sharing policy of shared/domain.md ("The default sharing policy": the four routes and the category × agency table),
/// written in plain C# over the loaded data, independently of the hub's policy code. Where the domain text can be read more
/// than one way the reading is a flag of <see cref="OracleReadings"/>, documented there.
/// </summary>
internal sealed class Oracle(LeakWorld world, OracleReadings? readings = null)
{
    // Answers are memoised per caller (and, for health, whether the request looked the child up): the leak run asks the
    // same questions many thousands of times.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(LeakCaller, Guid, int, bool), bool> _memo = new();
    private bool Memo(LeakCaller caller, Guid id, int question, bool lookedUp, Func<bool> answer) =>
        _memo.TryGetValue((caller, id, question, lookedUp), out var known) ? known : _memo[(caller, id, question, lookedUp)] = answer();

    public LeakWorld World { get; } = world;
    public OracleReadings Readings { get; } = readings ?? new OracleReadings();
    private DateOnly Today => World.Today;

    // ---- routes --------------------------------------------------------------------------------------------------

    private bool InCouncils(Person child, LeakCaller caller) => caller.Councils.Contains(World.CouncilCode(child.LocalAuthorityId));

    /// <summary>Open section 47 enquiry, or open child protection / pre-birth / looked-after plan, today.</summary>
    public bool UnderStatutorySafeguarding(Person child) =>
        _statutory.GetOrAdd(child.Id, _ => UnderStatutoryUncached(child));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> _statutory = new();

    private bool UnderStatutoryUncached(Person child) =>
        World.EnquiriesOf[child.Id].Any(s => Period.IsOpen(s.StartDate, s.EndDate, Today))
        || World.PlansOf[child.Id].Any(p => p.Kind is PlanKind.ChildProtection or PlanKind.PreBirth or PlanKind.LookedAfter && p.IsOpenOn(Today));

    private bool Matches(Agency agency, Guid? organisationId, LeakCaller caller) =>
        agency == caller.Agency && (!Readings.RoleAtOrganisationLevel.Contains(caller.Agency) || organisationId == caller.OrganisationId);

    /// <summary>The caller's agency is invited to this meeting (attendance aside).</summary>
    public bool Invited(Meeting m, LeakCaller caller) => World.InvitationsOf[m.Id].Any(i => Matches(i.Agency, i.OrganisationId, caller));

    /// <summary>Statutory partner with a role: invited to one of the child's strategy meetings or conferences, or named on one of its plans.</summary>
    public bool HasRole(Person child, LeakCaller caller) =>
        World.MeetingsOfChild[child.Id].Any(mid => Invited(World.Meetings[mid], caller))
        || World.PlansOf[child.Id].Any(p => World.MembersOf[p.Id].Any(m => Matches(m.Agency, m.OrganisationId, caller)));

    /// <summary>Route 2 for this child (before the table narrows it per category).</summary>
    public bool Statutory(Person child, LeakCaller caller) => UnderStatutorySafeguarding(child) && HasRole(child, caller);

    /// <summary>
    /// Route 3 (decided): a consent current now — given, not withdrawn, before its end date, and its involvement (the early-help or
    /// child-in-need plan it was given for) still open today — names the caller's organisation (police: the force) and the category.
    /// </summary>
    public bool Consent(Person child, LeakCaller caller, InformationCategory category) =>
        World.ConsentsOf[child.Id].Any(c => ConsentCurrent(c.Consent) && c.Scopes.Any(s => Matches(s.Agency, s.OrganisationId, caller) && s.Category == category));

    public bool ConsentCurrent(ConsentRecord k) =>
        k.GivenAt <= LeakWorld.Now && (k.WithdrawnAt is null || k.WithdrawnAt > LeakWorld.Now) && (k.EndsOn is null || k.EndsOn > Today)
        && (k.InvolvementPlanId is not { } plan || World.Plans[plan].IsOpenOn(Today));

    /// <summary>The virtual school head (decided): the children looked after today by the virtual school's council.</summary>
    public bool VirtualSchool(Person child, LeakCaller caller) =>
        caller.Agency == Agency.Education && caller.OrganisationId is { } org && World.Organisations[org] is { Kind: OrganisationKind.VirtualSchool, LocalAuthorityId: { } council }
        && World.PlansOf[child.Id].Any(p => p.Kind == PlanKind.LookedAfter && p.LocalAuthorityId == council && p.IsOpenOn(Today));

    /// <summary>Route 4: an unexpired, unrevoked grant to this caller (subject and agency) for this child.</summary>
    public bool Emergency(Person child, LeakCaller caller) =>
        World.GrantsOf[child.Id].Any(g => g.Subject == caller.Subject && g.Agency == caller.Agency && g.OrganisationId == caller.OrganisationId
                                          && g.GrantedAt <= LeakWorld.Now && g.ExpiresAt > LeakWorld.Now && g.RevokedAt is null);

    private bool EmergencyCovers(Person child, LeakCaller caller, InformationCategory category) =>
        Readings.EmergencyCategories(caller.Agency).Contains(category) && Emergency(child, caller);

    public bool OwnPupil(Person child, LeakCaller caller) =>
        caller.Agency == Agency.Education && World.EnrolmentsOf[child.Id].Any(e => e.SchoolId == caller.OrganisationId
                                                                                    && Period.IsOpen(e.StartDate, e.EndDate, Today));

    /// <summary>Housing: the child is a member of a household this housing organisation linked.</summary>
    public bool LinkedByCaller(Person child, LeakCaller caller) =>
        caller.Agency == Agency.Housing && World.HouseholdLinksOf[child.Id].Any(h => h.LinkedByAgency == Agency.Housing
            && (!Readings.HousingLinkAtOrganisationLevel || h.LinkedByOrganisationId == caller.OrganisationId));

    /// <summary>Health's own record (decided): the child is on the caller's health visiting caseload today.</summary>
    public bool OnHealthVisitingCaseload(Person child, LeakCaller caller) =>
        caller.Agency == Agency.Health
        && World.HealthVisitingOf[child.Id].Any(h => h.TeamId == caller.OrganisationId && Period.IsOpen(h.StartDate, h.EndDate, Today));

    /// <summary>Health's own record (decided): the child is registered with the caller's GP practice today (identity and contact only).</summary>
    public bool RegisteredWithGp(Person child, LeakCaller caller) =>
        caller.Agency == Agency.Health
        && World.GpRegistrationsOf[child.Id].Any(g => g.PracticeId == caller.OrganisationId && Period.IsOpen(g.StartDate, g.EndDate, Today));

    /// <summary>CP-IS: the child's NHS number was looked up, or (an unborn child) the expectant mother's.</summary>
    public bool LookedUp(Person child, RequestView view) =>
        view.Caller.Agency == Agency.Health
        && ((child.NhsNumber is { } n && view.LookedUpNhsNumbers.Contains(n.Value))
            || (child.DateOfBirth is null && child.MotherId is { } mother && World.People[mother].NhsNumber is { } m && view.LookedUpNhsNumbers.Contains(m.Value)));

    // ---- categories of a child --------------------------------------------------------------------------------------

    /// <summary>Whether the caller sees <paramref name="category"/> of the child (meeting categories: see the meeting methods).</summary>
    public bool Sees(Person child, RequestView view, InformationCategory category) =>
        Memo(view.Caller, child.Id, (int)category, LookedUp(child, view), () => SeesUncached(child, view, category));

    private bool SeesUncached(Person child, RequestView view, InformationCategory category)
    {
        var caller = view.Caller;
        if (child.Kind != PersonKind.Child) return false;
        if (!InCouncils(child, caller) && !(Readings.LookupCrossesCouncils && LookedUp(child, view))) return false;
        if (category == ProtectionStatus) return Status(child, view) != StatusLevel.None;
        if (caller.Agency == Agency.SocialCare)
            return category != ConfidentialAddress || (caller.OrganisationId is { } org && child.CaseHoldingHubId == org);
        if (Never(caller.Agency, category)) return false;
        // Meetings and contributions belong to meetings (decided: no consent or emergency route opens them).
        if (category is MeetingSchedule or MeetingRecord)
            return World.MeetingsOfChild[child.Id].Any(mid => MeetingCategory(World.Meetings[mid], view, category));
        if (category == AgencyContributions)
            return World.MeetingsOfChild[child.Id].Any(mid => World.ContributionsOf[mid].Any(k => Contribution(k, view)));
        if (Consent(child, caller, category) || EmergencyCovers(child, caller, category)) return true;
        var s = Statutory(child, caller);
        return (caller.Agency, category) switch
        {
            (Agency.Police, Identity or InformationCategory.Contact or PlanDetail) => s,
            // Health's own record: its health visiting caseload or its GP practice's registrations give identity and contact.
            (Agency.Health, Identity) => s || LookedUp(child, view) || OnHealthVisitingCaseload(child, caller) || RegisteredWithGp(child, caller),
            (Agency.Health, InformationCategory.Contact) => s || OnHealthVisitingCaseload(child, caller) || RegisteredWithGp(child, caller),
            (Agency.Health, PlanDetail) => s,
            (Agency.Education, Identity or InformationCategory.Contact) => OwnPupil(child, caller) || VirtualSchool(child, caller),
            (Agency.Education, PlanDetail) => s && Readings.EducationSeesPlanDetailUnderStatutory,
            (Agency.Housing, Identity or InformationCategory.Contact) => LinkedByCaller(child, caller),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a consent naming <paramref name="category"/> for <paramref name="agency"/> opens anything, so the hub should
    /// record it: not for social care (it sees all), not a "never" or "emergency access only" cell, not meetings or
    /// contributions (decided: consent does not open meetings), and housing's protection status only by the reading.
    /// </summary>
    public bool Consentable(Agency agency, InformationCategory category) =>
        agency != Agency.SocialCare && !Never(agency, category) && category is not (MeetingSchedule or MeetingRecord or AgencyContributions or ConfidentialAddress)
        && !(agency == Agency.Housing && category == ProtectionStatus && !Readings.HousingStatusByConsent);

    /// <summary>"never" and "emergency access only" cells, which no consent overrides.</summary>
    private bool Never(Agency agency, InformationCategory category) => (agency, category) switch
    {
        (_, AssessmentAndCaseNotes) => true,
        (Agency.Police, ConfidentialAddress) => false, // emergency access only: handled by the emergency categories
        (_, ConfidentialAddress) => true,
        (Agency.Housing, PlanDetail or MeetingSchedule or MeetingRecord) => !Readings.ConsentOverridesNever,
        _ => false,
    };

    public StatusLevel Status(Person child, RequestView view)
    {
        var lookedUp = LookedUp(child, view);
        for (var level = StatusLevel.Full; level > StatusLevel.None; level--)
            if (Memo(view.Caller, child.Id, 100 + (int)level, lookedUp, () => StatusUncached(child, view) == level)) return level;
        return StatusLevel.None;
    }

    private StatusLevel StatusUncached(Person child, RequestView view)
    {
        var caller = view.Caller;
        if (child.Kind != PersonKind.Child) return StatusLevel.None;
        if (!InCouncils(child, caller) && !(Readings.LookupCrossesCouncils && LookedUp(child, view))) return StatusLevel.None;
        switch (caller.Agency)
        {
            case Agency.SocialCare: return StatusLevel.Full;
            case Agency.Housing:
                // "only 'open social care involvement: contact hub X'", whatever the route (issue 6: "at most").
                return LinkedByCaller(child, caller) || (Readings.HousingStatusByConsent && Consent(child, caller, ProtectionStatus)) || EmergencyCovers(child, caller, ProtectionStatus)
                    ? StatusLevel.Involvement : StatusLevel.None;
        }
        if (Consent(child, caller, ProtectionStatus) || EmergencyCovers(child, caller, ProtectionStatus)) return StatusLevel.Full;
        return caller.Agency switch
        {
            Agency.Police => Statutory(child, caller) ? StatusLevel.Full : StatusLevel.None,
            // The health visitor's caseload gives protection status; a GP registration does not (a GP looks the NHS number up, CP-IS parity).
            Agency.Health => Statutory(child, caller) || LookedUp(child, view) || OnHealthVisitingCaseload(child, caller) ? StatusLevel.Full : StatusLevel.None,
            Agency.Education => VirtualSchool(child, caller) ? StatusLevel.Full : OwnPupil(child, caller) ? StatusLevel.Kinds : StatusLevel.None,
            _ => StatusLevel.None,
        };
    }

    /// <summary>
    /// A child row exists for the caller when its identity is visible: a child it may not identify does not exist for it
    /// (meeting categories belong to meetings, so a sibling's meeting does not make a child exist).
    /// </summary>
    public bool ChildVisible(Person child, RequestView view) => child.Kind == PersonKind.Child && Sees(child, view, Identity);

    // ---- meetings, contributions, plans -----------------------------------------------------------------------------

    /// <summary>Meeting schedule or record of meeting <paramref name="m"/> through one of its children.</summary>
    public bool MeetingCategory(Meeting m, RequestView view, InformationCategory category) =>
        Memo(view.Caller, m.Id, 200 + (int)category, false, () => MeetingCategoryUncached(m, view, category));

    /// <summary>
    /// Decided: an organisation invited to a meeting sees its schedule, from the invitation on (held or not, decided or not); one
    /// that attended keeps its record for good; one invited but absent sees its record (decisions, its own actions) while route 2
    /// holds — a child of the meeting is under statutory safeguarding today. Consent does not open meetings; housing never.
    /// </summary>
    private bool MeetingCategoryUncached(Meeting m, RequestView view, InformationCategory category)
    {
        var caller = view.Caller;
        if (!caller.Councils.Contains(World.CouncilCode(m.LocalAuthorityId))) return false;
        if (caller.Agency == Agency.SocialCare) return true;
        if (caller.Agency == Agency.Housing) return false; // "never"
        if (!Invited(m, caller)) return false;
        return category == MeetingSchedule || Attended(m, caller) || StatutoryMeeting(m);
    }

    /// <summary>The caller's organisation attended the meeting.</summary>
    public bool Attended(Meeting m, LeakCaller caller) =>
        World.InvitationsOf[m.Id].Any(i => Matches(i.Agency, i.OrganisationId, caller) && i.Status == AttendanceStatus.Attended);

    private bool StatutoryMeeting(Meeting m) => World.ChildrenOfMeeting[m.Id].Any(cid => UnderStatutorySafeguarding(World.People[cid]));

    public bool MeetingVisible(Meeting m, RequestView view) => MeetingCategory(m, view, MeetingSchedule);

    /// <summary>An action: social care, all; a partner, every action of a meeting it attended, and its own while route 2 holds.</summary>
    public bool ActionVisible(MeetingAction a, RequestView view)
    {
        var m = World.Meetings[a.MeetingId];
        if (!MeetingCategory(m, view, MeetingRecord)) return false;
        var caller = view.Caller;
        return caller.Agency == Agency.SocialCare || Attended(m, caller)
            || (StatutoryMeeting(m) && Matches(a.OwnerAgency, a.OwnerOrganisationId, caller));
    }

    /// <summary>
    /// Decided: a contribution exists only on a meeting the caller sees; there, its own organisation's (police: the force's)
    /// always, and others' (never assessment and case notes or a confidential address) where its organisation attended. Social
    /// care: all of its councils.
    /// </summary>
    public bool Contribution(MeetingContribution k, RequestView view) =>
        Memo(view.Caller, k.Id, 300, false, () => ContributionUncached(k, view));

    private bool ContributionUncached(MeetingContribution k, RequestView view)
    {
        var caller = view.Caller;
        var m = World.Meetings[k.MeetingId];
        if (!MeetingVisible(m, view)) return false;
        if (caller.Agency == Agency.SocialCare) return true;
        if (Matches(k.Agency, k.OrganisationId, caller)) return true;
        if (caller.Agency == Agency.Housing || k.Category is AssessmentAndCaseNotes or ConfidentialAddress) return false;
        return Attended(m, caller);
    }

    /// <summary>
    /// A plan row is protection status ("has CP plan / looked after / pre-birth plan, dates"): it exists where the full
    /// protection status is visible. A school's "plan type" is the child's open plan kinds, not the plan rows.
    /// </summary>
    public bool PlanVisible(Plan p, RequestView view)
    {
        var child = World.People[p.ChildId];
        return ChildVisible(child, view) && Status(child, view) == StatusLevel.Full;
    }

    public bool PlanKindVisible(Plan p, RequestView view) => PlanVisible(p, view);

    public bool PlanDatesVisible(Plan p, RequestView view)
    {
        var child = World.People[p.ChildId];
        return Status(child, view) == StatusLevel.Full || Sees(child, view, PlanDetail);
    }

    public bool PlanDetailVisible(Plan p, RequestView view) => Sees(World.People[p.ChildId], view, PlanDetail);
}
