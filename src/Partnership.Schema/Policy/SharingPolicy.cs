using System.Linq.Expressions;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.Schema.Data;
using static Partnership.Data.Model.Agency;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Policy;

/// <summary>Fields that hold no information about a child (councils' and hubs' names and numbers, the caller's own token).</summary>
public enum HubCategory { Directory }

/// <summary>A reason an agency may see a category of a child's information (a route of domain.md, narrowed to who qualifies).</summary>
public enum Basis
{
    // Every basis is decided for the caller's organisation (domain.md, "Decided readings"), never for its whole agency; the police
    // force is one organisation in every council, so for police the two are the same.

    /// <summary>Every child of the councils the caller serves (social care: "all").</summary>
    AllOfCouncil,
    /// <summary>The caller's organisation is the hub holding the child's case.</summary>
    CaseHoldingHub,
    /// <summary>Route 2: open s47 enquiry, CP plan (incl. pre-birth) or looked after, and the organisation invited to the child's meetings or named on a plan.</summary>
    Statutory,
    /// <summary>The virtual school of the council that looks after the child (an open looked-after plan of that council).</summary>
    VirtualSchool,
    /// <summary>Route 1 for education: on the caller's school roll today.</summary>
    OwnPupils,
    /// <summary>Route 1 for health visiting: on the caller's health visiting caseload today (the team holds the child's health record).</summary>
    OwnCaseload,
    /// <summary>Route 1 for a GP practice: registered with the caller's practice today (its own patient record: who and where, not protection status).</summary>
    OwnPatients,
    /// <summary>CP-IS parity, national: the child whose NHS number this request looked up exactly, in any council, or the unborn child of the expectant mother looked up.</summary>
    NhsLookup,
    /// <summary>Route 1 for housing: a member of a household the caller linked.</summary>
    LinkedHousehold,
    /// <summary>Route 3: a current consent names the caller's organisation (for police: the force) and the category.</summary>
    Consent,
    /// <summary>Route 4: the caller holds an unexpired emergency access grant for the child.</summary>
    Emergency,
    /// <summary>Meeting schedule: the organisation was invited (from the invitation on).</summary>
    Invited,
    /// <summary>Meeting record, for good: the organisation attended — decisions, every action, the contributions shared there.</summary>
    Attended,
    /// <summary>
    /// Meeting record while route 2 holds (a child of the meeting is under statutory safeguarding today): an invited organisation
    /// that did not attend sees the decisions and the actions assigned to it.
    /// </summary>
    InvitedWhileStatutory,
    /// <summary>Contributions the caller's organisation made.</summary>
    OwnContribution,
    /// <summary>Other organisations' contributions to a meeting the caller's organisation attended.</summary>
    SharedAtMeeting,
}

/// <summary>How much of a category a grant covers: all its fields, or only a summary (domain.md's narrower cells).</summary>
public enum Scope
{
    Full,
    /// <summary>Housing: only "open social care involvement: contact hub X".</summary>
    Involvement,
    /// <summary>Education: "has a social worker" and plan type.</summary>
    PupilSummary,
}

public sealed record Grant(Basis Basis, Scope Scope = Scope.Full);

/// <summary>
/// The hub's default sharing policy — domain.md's table, enforced in SQL. Every field has one category; an agency sees a
/// category of a child only through the grants of its cell below. A row the caller may not see does not exist for it
/// (row rules run inside every query); a field it may not see is null with <c>NOT_AUTHORIZED</c> (field rules), and naming
/// a denied field in a filter or sort is an error. docs/__snapshots__/sharing-matrix.md is generated from <see cref="Cell"/>.
/// </summary>
public sealed partial class SharingPolicy : IDataPolicy
{
    private static readonly Grant All = new(Basis.AllOfCouncil), S = new(Basis.Statutory), Consented = new(Basis.Consent),
        Emergency = new(Basis.Emergency);

    /// <summary>The cell of the default policy: the grants through which <paramref name="agency"/> sees <paramref name="category"/>.</summary>
    public static IReadOnlyList<Grant> Cell(InformationCategory category, Agency agency) => (category, agency) switch
    {
        // identity: names, date of birth, sex, NHS number, UPN
        (Identity, SocialCare) => [All],
        (Identity, Police) => [S, Consented, Emergency],
        (Identity, Health) => [S, new(Basis.NhsLookup), new(Basis.OwnCaseload), new(Basis.OwnPatients), Consented, Emergency],
        (Identity, Education) => [new(Basis.OwnPupils), new(Basis.VirtualSchool), Consented],
        (Identity, Housing) => [new(Basis.LinkedHousehold), Consented],
        // protection status: CP plan / looked after / pre-birth plan, dates, responsible council contacts
        (ProtectionStatus, SocialCare) => [All],
        (ProtectionStatus, Police) => [S, Consented, Emergency],
        (ProtectionStatus, Health) => [S, new(Basis.NhsLookup), new(Basis.OwnCaseload), Consented, Emergency],
        (ProtectionStatus, Education) => [new(Basis.OwnPupils, Scope.PupilSummary), new(Basis.VirtualSchool), Consented],
        (ProtectionStatus, Housing) => [new(Basis.LinkedHousehold, Scope.Involvement)],
        // contact: address, phone
        (InformationCategory.Contact, SocialCare) => [All],
        (InformationCategory.Contact, Police) => [S, Consented, Emergency],
        (InformationCategory.Contact, Health) => [S, new(Basis.OwnCaseload), new(Basis.OwnPatients), Consented, Emergency],
        (InformationCategory.Contact, Education) => [new(Basis.OwnPupils), new(Basis.VirtualSchool), Consented],
        (InformationCategory.Contact, Housing) => [new(Basis.LinkedHousehold), Consented],
        // confidential address: refuge, protected placement
        (ConfidentialAddress, SocialCare) => [new(Basis.CaseHoldingHub)],
        (ConfidentialAddress, Police) => [Emergency],
        (ConfidentialAddress, _) => [],
        // plan detail: category of abuse, objectives, actions
        (PlanDetail, SocialCare) => [All],
        (PlanDetail, Police or Health or Education) => [S, Consented],
        (PlanDetail, Housing) => [],
        // meeting schedule: meetings the organisation is invited to; meeting record: those it attended, for good, and while route 2
        // holds the decisions and its own actions of those it was invited to
        (MeetingSchedule or MeetingRecord, SocialCare) => [All],
        (MeetingSchedule, Police or Health or Education) => [new(Basis.Invited)],
        (MeetingRecord, Police or Health or Education) => [new(Basis.Attended), new(Basis.InvitedWhileStatutory)],
        (MeetingSchedule or MeetingRecord, Housing) => [],
        // agency contributions: own; others' where shared to a meeting it attended
        (AgencyContributions, SocialCare) => [All],
        (AgencyContributions, Police or Health or Education) => [new(Basis.OwnContribution), new(Basis.SharedAtMeeting)],
        (AgencyContributions, Housing) => [new(Basis.OwnContribution)],
        // assessment and case notes: social care only
        (AssessmentAndCaseNotes, SocialCare) => [All],
        (AssessmentAndCaseNotes, _) => [],
        _ => throw new ArgumentOutOfRangeException(nameof(category), $"No cell for {category} × {agency}."),
    };

    /// <summary>The fields a summary scope covers (all others of the category need a full grant).</summary>
    public static readonly IReadOnlyDictionary<Scope, IReadOnlySet<string>> ScopeFields = new Dictionary<Scope, IReadOnlySet<string>>
    {
        [Scope.Involvement] = new HashSet<string> { "Child.hasSocialWorker", "Child.socialCareHub" },
        [Scope.PupilSummary] = new HashSet<string> { "Child.hasSocialWorker", "Child.socialCareHub", "Child.openPlanKinds" },
    };

    /// <summary>Categories an emergency grant can open (for the agencies whose cells list <see cref="Basis.Emergency"/>).</summary>
    public static readonly IReadOnlyList<InformationCategory> EmergencyCategories = [Identity, ProtectionStatus, InformationCategory.Contact, ConfidentialAddress];

    /// <summary>Categories a consent can never open: the cells marked "never" stay never, whatever the family agrees.</summary>
    public static bool Consentable(InformationCategory category, Agency agency) => Cell(category, agency).Contains(Consented);

    /// <summary>The lawful basis an access through <paramref name="basis"/> is recorded under.</summary>
    public static SharingRoute RouteOf(Basis basis) => basis switch
    {
        Basis.Statutory or Basis.VirtualSchool or Basis.NhsLookup or Basis.Invited or Basis.InvitedWhileStatutory or Basis.SharedAtMeeting
            or Basis.Attended => SharingRoute.StatutorySafeguarding,
        Basis.Consent => SharingRoute.Consent,
        Basis.Emergency => SharingRoute.EmergencyAccess,
        _ => SharingRoute.OwnRecord,
    };

    /// <summary>Bases decided per meeting (the meeting and contribution rules below), not per child.</summary>
    public static bool DecidedPerMeeting(Basis basis) =>
        basis is Basis.Invited or Basis.Attended or Basis.InvitedWhileStatutory or Basis.OwnContribution or Basis.SharedAtMeeting;

    // ---- conditions over a child -------------------------------------------------------------------------------------

    /// <summary>
    /// Where <paramref name="basis"/> holds for a child and this caller, or null when it holds for every child of the caller's councils.
    /// Only used for the child-level bases.
    /// </summary>
    public static Expression<Func<Person, bool>>? ChildCondition(Basis basis, InformationCategory category, HubCaller c)
    {
        var org = c.OrganisationId;
        var today = c.Today;
        var now = c.Now;
        var agency = c.Agency;
        var subject = c.Subject;
        var numbers = c.LookedUpNhsNumbers;
        var recipient = Recipient(c);
        // A basis tied to a kind of organisation holds only for a token of that kind (a school's roll is not a team's caseload).
        if (Bases[basis].Kinds is { } kinds && c.Organisation?.Kind is { } kind && !kinds.Contains(kind)) return Conditions.False<Person>();
        return basis switch
        {
            Basis.AllOfCouncil => null,
            Basis.CaseHoldingHub => org is null ? Conditions.False<Person>() : p => p.CaseHoldingHubId == org,
            Basis.Statutory => Conditions.And(ModelQueries.UnderStatutorySafeguarding(today), ModelQueries.AgencyHasRole(agency, recipient)),
            Basis.VirtualSchool => c.Organisation is { Kind: OrganisationKind.VirtualSchool, CouncilId: { } council }
                ? ModelQueries.LookedAfterBy(council, today) : Conditions.False<Person>(),
            Basis.OwnPupils => org is null ? Conditions.False<Person>() : ModelQueries.PupilOf(org.Value, today),
            Basis.OwnCaseload => org is null ? Conditions.False<Person>() : ModelQueries.OnHealthVisitingCaseload(org.Value, today),
            Basis.OwnPatients => org is null ? Conditions.False<Person>() : ModelQueries.PatientOf(org.Value, today),
            // An unborn child has no NHS number: CP-IS finds its pre-birth plan by the expectant mother's.
            Basis.NhsLookup => p => (p.NhsNumber != null && numbers.Contains((string)(object)p.NhsNumber))
                || (p.DateOfBirth == null && p.Mother!.NhsNumber != null && numbers.Contains((string)(object)p.Mother.NhsNumber)),
            Basis.LinkedHousehold => org is null ? Conditions.False<Person>() : ModelQueries.LinkedBy(agency, org),
            Basis.Consent => ModelQueries.HasCurrentConsent(agency, recipient, category, now, today),
            Basis.Emergency => EmergencyCategories.Contains(category) ? ModelQueries.HasEmergencyAccess(c.AnyPractitioner ? null : subject, agency, org, now) : Conditions.False<Person>(),
            _ => throw new InvalidOperationException($"{basis} is not decided on a child."),
        };
    }

    /// <summary>
    /// The organisation a grant must name: the caller's (a token naming no organisation the hub knows matches none), or null for
    /// police — the force is one organisation, whichever of its units the token names.
    /// </summary>
    internal static Guid? Recipient(HubCaller c) => c.Agency == Police ? null : c.OrganisationId ?? Guid.Empty;

    /// <summary>The child is in a council the caller serves.</summary>
    public static Expression<Func<Person, bool>> InCouncils(HubCaller c)
    {
        var councils = c.Councils;
        return p => p.Kind == PersonKind.Child && p.LocalAuthority != null && councils.Contains(p.LocalAuthority.Code);
    }

    /// <summary>
    /// Where the caller sees <paramref name="field"/> (of <paramref name="category"/>) of a child: the Or of its cell's grants whose
    /// scope covers the field. Null: on every child of its councils; <c>false</c>: never.
    /// </summary>
    public static Expression<Func<Person, bool>>? Sees(InformationCategory category, string? field, HubCaller c) =>
        Conditions.AnyOf(Cell(category, c.Agency)
            .Where(g => g.Scope == Scope.Full || (field is not null && ScopeFields[g.Scope].Contains(field)))
            .Select(g => ChildCondition(g.Basis, category, c)));

    // ---- conditions over meetings and contributions ----------------------------------------------------------------

    /// <summary>
    /// The caller sees the meeting's schedule (the meeting row): social care, a meeting of its councils; a partner, a meeting its
    /// organisation was invited to, from the invitation on — held or not, decided or not (an outcome pending is still its meeting).
    /// </summary>
    public static Expression<Func<Meeting, bool>> SeesMeeting(HubCaller c)
    {
        var grants = Cell(MeetingSchedule, c.Agency);
        if (grants.Contains(All)) return MeetingInCouncils(c);
        return grants.Count == 0 ? Conditions.False<Meeting>() : InvitedTo(c);
    }

    /// <summary>
    /// The caller sees the meeting record (decisions, a conference's outcome): it attended (for good), or it was invited and route 2
    /// holds — a child of the meeting is under statutory safeguarding today.
    /// </summary>
    public static Expression<Func<Meeting, bool>> SeesMeetingRecord(HubCaller c)
    {
        var grants = Cell(MeetingRecord, c.Agency);
        if (grants.Contains(All)) return MeetingInCouncils(c);
        if (grants.Count == 0) return Conditions.False<Meeting>();
        return Conditions.And(InvitedTo(c), Conditions.Or(Attended(c), UnderStatutorySafeguarding(c)));
    }

    /// <summary>Meetings of the caller's councils to which its organisation (police: the force) was invited, whatever their status.</summary>
    public static Expression<Func<Meeting, bool>> InvitedTo(HubCaller c)
    {
        if (c.Agency == SocialCare) return MeetingInCouncils(c);
        var agency = c.Agency;
        var org = Recipient(c);
        return Conditions.And(MeetingInCouncils(c), m => m.Invitations.Any(i => i.Agency == agency && (org == null || i.OrganisationId == org)));
    }

    /// <summary>The caller's organisation attended the meeting (its invitation is marked attended).</summary>
    public static Expression<Func<Meeting, bool>> Attended(HubCaller c)
    {
        var agency = c.Agency;
        var org = Recipient(c);
        return m => m.Invitations.Any(i => i.Agency == agency && (org == null || i.OrganisationId == org) && i.Status == AttendanceStatus.Attended);
    }

    private static Expression<Func<Meeting, bool>> UnderStatutorySafeguarding(HubCaller c) =>
        Conditions.Any<Meeting, MeetingChild>(m => m.Children,
            Conditions.Over<MeetingChild, Person>(k => k.Child!, ModelQueries.UnderStatutorySafeguarding(c.Today)));

    private static Expression<Func<Meeting, bool>> MeetingInCouncils(HubCaller c)
    {
        var councils = c.Councils;
        return m => councils.Contains(m.LocalAuthority!.Code);
    }

    /// <summary>
    /// The caller sees the action: social care, any of its councils' meetings; a partner, every action of a meeting it attended, and
    /// while route 2 holds the actions assigned to its organisation of a meeting it was invited to.
    /// </summary>
    public static Expression<Func<MeetingAction, bool>> SeesAction(HubCaller c)
    {
        if (Cell(MeetingRecord, c.Agency).Contains(All)) return Conditions.Over<MeetingAction, Meeting>(a => a.Meeting!, MeetingInCouncils(c));
        var agency = c.Agency;
        var org = Recipient(c);
        var attended = Conditions.Over<MeetingAction, Meeting>(a => a.Meeting!, Conditions.And(InvitedTo(c), Attended(c)));
        var own = Conditions.And(Conditions.Over<MeetingAction, Meeting>(a => a.Meeting!, Conditions.And(InvitedTo(c), UnderStatutorySafeguarding(c))),
            a => a.OwnerAgency == agency && (org == null || a.OwnerOrganisationId == org));
        return Cell(MeetingRecord, c.Agency).Count == 0 ? Conditions.False<MeetingAction>() : Conditions.Or(attended, own);
    }

    /// <summary>
    /// The caller sees the contribution: its own organisation's (police: the force's) to a meeting it sees, or another's shared at a
    /// meeting it attended (never assessment notes or a confidential address).
    /// </summary>
    public static Expression<Func<MeetingContribution, bool>> SeesContribution(HubCaller c)
    {
        var agency = c.Agency;
        var meeting = Conditions.Over<MeetingContribution, Meeting>(k => k.Meeting!, SeesMeeting(c));
        var grants = Cell(AgencyContributions, agency);
        if (grants.Contains(All)) return meeting;
        var org = Recipient(c);
        Expression<Func<MeetingContribution, bool>> rule = k => k.Agency == agency && (org == null || k.OrganisationId == org);
        if (grants.Any(g => g.Basis == Basis.SharedAtMeeting))
            rule = Conditions.Or(rule, Conditions.And(k => k.Category != AssessmentAndCaseNotes && k.Category != ConfidentialAddress,
                Conditions.Over<MeetingContribution, Meeting>(k => k.Meeting!, Attended(c))));
        return Conditions.And(meeting, rule);
    }

    // ---- the hooks the data layer calls ------------------------------------------------------------------------------

    public Expression<Func<T, bool>>? RowFilter<T>(EntityType<T> entity, DataCaller caller) where T : class
    {
        if (Of(caller) is not { } c) return Conditions.False<T>();
        LambdaExpression? rule = entity.Name switch
        {
            HubEntities.Child => ChildRow(c),
            HubEntities.ProtectionStatus => ProtectionStatusRow(c),
            HubEntities.Plan or HubEntities.PlanPeriod => Conditions.Over<Plan, Person>(p => p.Child!, ProtectionStatusRow(c)),
            HubEntities.Address => AddressRow(c),
            HubEntities.StrategyMeeting or Journeys.Conferences.Entity => SeesMeeting(c),
            HubEntities.MeetingDecisions => SeesMeetingRecord(c),
            HubEntities.Invitation => Conditions.Over<MeetingInvitation, Meeting>(i => i.Meeting!, SeesMeeting(c)),
            HubEntities.MeetingAction => SeesAction(c),
            HubEntities.Contribution => SeesContribution(c),
            HubEntities.ConsentScope => c.Agency == SocialCare ? null : Conditions.False<ConsentScope>(),
            // An agency's identifiers are its own record: partners see their own agency's, on a child they may identify.
            HubEntities.PersonIdentifier => IdentifierRow(c),
            HubEntities.Consent => c.Agency == SocialCare ? Conditions.Over<ConsentRecord, Person>(k => k.Child!, InCouncils(c)) : Conditions.False<ConsentRecord>(),
            SharingDecisions.Entity => SharingDecisions.MayUse(c) ? SharingDecisions.OfCouncils(c) : Conditions.False<SharingDecisions.Row>(),
            HubEntities.LocalAuthority or HubEntities.ResponsibleAuthority or HubEntities.SocialCareHub => null,
            _ => throw new InvalidOperationException($"The sharing policy has no row rule for entity \"{entity.Name}\"."),
        };
        return (Expression<Func<T, bool>>?)rule;
    }

    public FieldAccess Authorize(EntityField field, FieldUsage usage, DataCaller caller)
    {
        if (Of(caller) is not { } c) return FieldAccess.Denied;
        if (field.Category is HubCategory.Directory) return FieldAccess.Allowed;
        var category = (InformationCategory)field.Category!;
        var key = field.DeclaringType.Name + "." + field.Name;
        // A row exists only where its defining category is granted in full, so those fields need no second check (and no SQL):
        // a child's identity, a protection status's or plan's protection status, an address's contact details (a confidential
        // address row needs the confidential-address grant, which no cell gives without the contact grant).
        if ((field.DeclaringType.Name, category) is (HubEntities.Child, Identity) or (HubEntities.ProtectionStatus or HubEntities.Plan or HubEntities.PlanPeriod, ProtectionStatus)
            or (HubEntities.Address, InformationCategory.Contact))
            return FieldAccess.Allowed;
        switch (field.DeclaringType.Name)
        {
            case HubEntities.Child or HubEntities.ProtectionStatus:
                // Lists of related rows (plans, meetings, consents) are narrowed by their own row rules: a plan or meeting the
                // caller may not see does not exist for it. The field itself is denied when the cell grants the category no way at all.
                if (category is MeetingSchedule or MeetingRecord or AgencyContributions)
                    return Cell(category, c.Agency).Count > 0 ? FieldAccess.Allowed : FieldAccess.Denied;
                if (field.Kind == EntityFieldKind.List)
                    return Sees(category, key, c) is { Body: ConstantExpression { Value: false } } ? FieldAccess.Denied : FieldAccess.Allowed;
                return Decide(Sees(category, key, c), (Person p) => p);
            case HubEntities.Plan or HubEntities.PlanPeriod:
                return Decide(Sees(category, key, c), (Plan p) => p.Child!);
            case HubEntities.Address:
                return Decide(Sees(category, key, c), (Address a) => a.Person!);
            case HubEntities.StrategyMeeting or Journeys.Conferences.Entity when category is MeetingRecord:
                // The record of a meeting the caller sees only the schedule of is withheld with NOT_AUTHORIZED (decisions, actions, a
                // conference's outcome); where the record is shared, the actions are narrowed further by their own row rule.
                return Cell(MeetingRecord, c.Agency).Contains(All) ? FieldAccess.Allowed : FieldAccess.When(SeesMeetingRecord(c));
            case HubEntities.StrategyMeeting or HubEntities.MeetingDecisions or HubEntities.Invitation or HubEntities.MeetingAction or HubEntities.Contribution or Journeys.Conferences.Entity:
                // The row rules already hold exactly the meetings (and contributions) the cell grants.
                return category is MeetingSchedule or MeetingRecord or AgencyContributions ? FieldAccess.Allowed
                    : throw new InvalidOperationException($"\"{key}\" has category {category}, which meetings do not carry.");
            case HubEntities.PersonIdentifier:
                return FieldAccess.Allowed; // the row rule holds exactly the identifiers the caller may see
            case HubEntities.Consent or HubEntities.ConsentScope:
                return c.Agency == SocialCare ? FieldAccess.Allowed : FieldAccess.Denied;
            case SharingDecisions.Entity:
                return SharingDecisions.MayUse(c) ? FieldAccess.Allowed : FieldAccess.Denied; // the child obeys its own row rule
            default:
                throw new InvalidOperationException($"The sharing policy has no field rule for \"{key}\".");
        }
    }

    /// <summary>The child row rule: in the caller's councils and its identity granted (a child it may not identify does not exist for it).</summary>
    public static Expression<Func<Person, bool>> ChildRow(HubCaller c)
    {
        var row = Sees(Identity, null, c) is { } identity ? Conditions.And(InCouncils(c), identity) : InCouncils(c);
        // CP-IS is national: a child looked up by NHS number exists for health whichever council holds it.
        if (c.LookedUpNhsNumbers.Count == 0 || !Cell(Identity, c.Agency).Contains(new Grant(Basis.NhsLookup))) return row;
        Expression<Func<Person, bool>> child = p => p.Kind == PersonKind.Child;
        return Conditions.Or(row, Conditions.And(child, ChildCondition(Basis.NhsLookup, Identity, c)!));
    }

    private static Expression<Func<PersonIdentifier, bool>> IdentifierRow(HubCaller c)
    {
        var person = Conditions.Over<PersonIdentifier, Person>(i => i.Person!, ChildRow(c));
        var agency = c.Agency;
        return agency == SocialCare ? person : Conditions.And(person, i => i.Agency == agency);
    }

    /// <summary>Rows of protection status (and plans): the child's full protection status is granted.</summary>
    public static Expression<Func<Person, bool>> ProtectionStatusRow(HubCaller c) =>
        Sees(ProtectionStatus, null, c) is { } status ? Conditions.And(ChildRow(c), status) : ChildRow(c);

    private static Expression<Func<Address, bool>> AddressRow(HubCaller c)
    {
        var person = InCouncils(c);
        var contact = Sees(InformationCategory.Contact, null, c) ?? Conditions.True<Person>();
        var confidential = Sees(ConfidentialAddress, null, c) ?? Conditions.True<Person>();
        var open = Conditions.And(Conditions.Over<Address, Person>(a => a.Person!, Conditions.And(person, contact)), a => !a.IsConfidential);
        var hidden = Conditions.And(Conditions.Over<Address, Person>(a => a.Person!, Conditions.And(person, confidential)), a => a.IsConfidential);
        return Conditions.Or(open, hidden);
    }

    private static FieldAccess Decide<T>(Expression<Func<Person, bool>>? condition, Expression<Func<T, Person>> child) where T : class
    {
        if (condition is null) return FieldAccess.Allowed;
        if (condition.Body is ConstantExpression { Value: false }) return FieldAccess.Denied;
        return FieldAccess.When(Conditions.Over(child, condition));
    }

    private static HubCaller? Of(DataCaller caller) =>
        caller.Items.TryGetValue(HubCaller.ContextKey, out var value) ? value as HubCaller : null;
}
