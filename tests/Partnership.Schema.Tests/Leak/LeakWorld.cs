using Partnership.Data.Model;
using Partnership.Data.Synthetic;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The generated world the leak test runs against, indexed in memory for the oracle: plain dictionaries over the synthetic
/// data set (never the hub's queries), plus a few rows added so every route of the policy has cases (emergency grants for
/// the test callers, current and expired).
/// </summary>
internal sealed class LeakWorld
{
    /// <summary>The instant every leak request runs at: noon in London on the generated world's "today".</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.FromHours(1));

    public LeakWorld(string preset = "test", int seed = 871)
    {
        Set = SyntheticData.Generate(preset, seed);
        Today = Set.AsOf;
        Build();
    }

    public SyntheticDataSet Set { get; }
    public DateOnly Today { get; }

    public Dictionary<Guid, LocalAuthority> Councils { get; } = [];
    public Dictionary<Guid, Organisation> Organisations { get; } = [];
    public Dictionary<Guid, Person> People { get; } = [];
    public List<Person> Children { get; } = [];
    public ILookup<Guid, Plan> PlansOf { get; private set; } = null!;
    public Dictionary<Guid, Plan> Plans { get; } = [];
    public ILookup<Guid, PlanMember> MembersOf { get; private set; } = null!;
    public ILookup<Guid, Section47Enquiry> EnquiriesOf { get; private set; } = null!;
    public Dictionary<Guid, Meeting> Meetings { get; } = [];
    public ILookup<Guid, Guid> ChildrenOfMeeting { get; private set; } = null!;
    public ILookup<Guid, Guid> MeetingsOfChild { get; private set; } = null!;
    public ILookup<Guid, MeetingInvitation> InvitationsOf { get; private set; } = null!;
    public ILookup<Guid, MeetingContribution> ContributionsOf { get; private set; } = null!;
    public ILookup<Guid, MeetingAction> ActionsOf { get; private set; } = null!;
    public ILookup<Guid, Address> AddressesOf { get; private set; } = null!;
    public ILookup<Guid, SchoolEnrolment> EnrolmentsOf { get; private set; } = null!;
    public ILookup<Guid, HouseholdMember> HouseholdLinksOf { get; private set; } = null!;
    public ILookup<Guid, HealthVisitingAssignment> HealthVisitingOf { get; private set; } = null!;
    public ILookup<Guid, GpRegistration> GpRegistrationsOf { get; private set; } = null!;
    public ILookup<Guid, (ConsentRecord Consent, List<ConsentScope> Scopes)> ConsentsOf { get; private set; } = null!;
    public ILookup<Guid, EmergencyAccessGrant> GrantsOf { get; private set; } = null!;
    public ILookup<Guid, PersonIdentifier> IdentifiersOf { get; private set; } = null!;
    public Dictionary<string, Person> ByNhsNumber { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds an emergency access grant (before loading) so route 4 has cases for a test caller.</summary>
    public EmergencyAccessGrant AddGrant(Person child, Agency agency, Guid? organisationId, string subject, DateTimeOffset granted, TimeSpan lasts, bool revoked = false)
    {
        var grant = new EmergencyAccessGrant
        {
            Id = DeterministicId(child.Id, subject, granted), ChildId = child.Id, Agency = agency, OrganisationId = organisationId, Subject = subject,
            Reason = "Leak test: urgent welfare check out of hours.", GrantedAt = granted, ExpiresAt = granted + lasts,
            RevokedAt = revoked ? granted.AddHours(1) : null,
        };
        Set.EmergencyAccessGrants.Add(grant);
        Build();
        return grant;
    }

    /// <summary>
    /// Adds a strategy discussion (before loading) for <paramref name="children"/> with the given invitations: the generated
    /// world has no meeting later than <see cref="Now"/>, and the decided meeting rule opens one not yet held to the agencies invited.
    /// </summary>
    public Meeting AddMeeting(IReadOnlyList<Person> children, DateTimeOffset heldAt, params (Agency Agency, Guid? OrganisationId)[] invited) =>
        AddMeeting(MeetingKind.StrategyDiscussion, children, heldAt, invited);

    /// <summary>Adds a meeting of <paramref name="kind"/> (a conference not yet held: the generated world holds none).</summary>
    public Meeting AddMeeting(MeetingKind kind, IReadOnlyList<Person> children, DateTimeOffset heldAt, params (Agency Agency, Guid? OrganisationId)[] invited)
    {
        var id = DeterministicId(children[0].Id, "meeting", heldAt);
        var meeting = new Meeting { Id = id, Kind = kind, LocalAuthorityId = children[0].LocalAuthorityId!.Value, HeldAt = heldAt, UpdatedAt = Now };
        Set.Meetings.Add(meeting);
        foreach (var c in children) Set.MeetingChildren.Add(new MeetingChild { MeetingId = id, ChildId = c.Id });
        var n = 0;
        foreach (var (agency, org) in invited)
            Set.Invitations.Add(new MeetingInvitation { Id = DeterministicId(id, agency.ToString(), heldAt.AddTicks(++n)), MeetingId = id, Agency = agency, OrganisationId = org, Status = AttendanceStatus.Invited });
        Build();
        return meeting;
    }

    /// <summary>Adds a notice to a hub (before loading): the generated world holds few, none to the test callers' hub.</summary>
    public Notification AddNotice(Person child, Guid hub, NotificationKind kind, Organisation by, DateTimeOffset at, DateTimeOffset? readAt)
    {
        var notice = new Notification
        {
            Id = DeterministicId(child.Id, "notice:" + hub, at), ChildId = child.Id, RecipientHubId = hub, Kind = kind,
            TriggeredByAgency = by.Agency, TriggeredByOrganisationId = by.Id, CreatedAt = at, ReadAt = readAt,
            Message = $"Leak test: {by.Name} viewed this child's record.",
        };
        Set.Notifications.Add(notice);
        Build();
        return notice;
    }

    /// <summary>
    /// False once a change of the mutating run is mirrored: the hub then also holds the sharing decisions it recorded with it,
    /// which the world does not mirror (checks of <c>sharingDecisions</c> accept those rows and counts beyond the world's).
    /// </summary>
    public bool DecisionsExact { get; private set; } = true;

    /// <summary>Mirrors a consent the hub recorded (the mutating run): given now, with its scopes.</summary>
    public void AddConsent(ConsentRecord consent, IEnumerable<(Guid Organisation, Agency Agency, InformationCategory Category)> scopes)
    {
        DecisionsExact = false;
        Set.Consents.Add(consent);
        foreach (var (org, agency, category) in scopes)
            Set.ConsentScopes.Add(new ConsentScope { ConsentId = consent.Id, OrganisationId = org, Agency = agency, Category = category });
        Build();
    }

    /// <summary>Mirrors a withdrawal the hub recorded.</summary>
    public void Withdraw(ConsentRecord consent, DateTimeOffset at)
    {
        DecisionsExact = false;
        consent.WithdrawnAt = at;
        Build();
    }

    /// <summary>Mirrors an emergency access the hub granted.</summary>
    public void AddGrant(EmergencyAccessGrant grant)
    {
        DecisionsExact = false;
        Set.EmergencyAccessGrants.Add(grant);
        Build();
    }

    private static Guid DeterministicId(Guid child, string subject, DateTimeOffset at)
    {
        var bytes = child.ToByteArray();
        var h = HashCode.Combine(subject, at);
        bytes[0] ^= (byte)h; bytes[1] ^= (byte)(h >> 8); bytes[2] ^= (byte)(h >> 16); bytes[3] ^= (byte)(h >> 24);
        return new Guid(bytes);
    }

    private void Build()
    {
        Councils.Clear(); Organisations.Clear(); People.Clear(); Children.Clear(); Plans.Clear(); Meetings.Clear(); ByNhsNumber.Clear();
        foreach (var la in Set.LocalAuthorities) Councils[la.Id] = la;
        foreach (var o in Set.Organisations) Organisations[o.Id] = o;
        foreach (var p in Set.People)
        {
            People[p.Id] = p;
            if (p.Kind == PersonKind.Child) Children.Add(p);
            if (p.NhsNumber is { } n) ByNhsNumber[n.Value] = p;
        }
        foreach (var p in Set.Plans) Plans[p.Id] = p;
        foreach (var m in Set.Meetings) Meetings[m.Id] = m;
        PlansOf = Set.Plans.ToLookup(p => p.ChildId);
        MembersOf = Set.PlanMembers.ToLookup(m => m.PlanId);
        EnquiriesOf = Set.Section47Enquiries.ToLookup(s => s.ChildId);
        ChildrenOfMeeting = Set.MeetingChildren.ToLookup(mc => mc.MeetingId, mc => mc.ChildId);
        MeetingsOfChild = Set.MeetingChildren.ToLookup(mc => mc.ChildId, mc => mc.MeetingId);
        InvitationsOf = Set.Invitations.ToLookup(i => i.MeetingId);
        ContributionsOf = Set.Contributions.ToLookup(c => c.MeetingId);
        ActionsOf = Set.MeetingActions.ToLookup(a => a.MeetingId);
        AddressesOf = Set.Addresses.ToLookup(a => a.PersonId);
        EnrolmentsOf = Set.Enrolments.ToLookup(e => e.PersonId);
        HouseholdLinksOf = Set.HouseholdMembers.ToLookup(h => h.PersonId);
        HealthVisitingOf = Set.HealthVisiting.ToLookup(h => h.PersonId);
        GpRegistrationsOf = Set.GpRegistrations.ToLookup(g => g.PersonId);
        var scopes = Set.ConsentScopes.ToLookup(s => s.ConsentId);
        ConsentsOf = Set.Consents.ToLookup(c => c.ChildId, c => (c, scopes[c.Id].ToList()));
        GrantsOf = Set.EmergencyAccessGrants.ToLookup(g => g.ChildId);
        IdentifiersOf = Set.Identifiers.ToLookup(i => i.PersonId);
    }

    public string CouncilCode(Guid? localAuthorityId) => localAuthorityId is { } id && Councils.TryGetValue(id, out var la) ? la.Code : "";

    /// <summary>Strategy discussions only (the contract's <c>strategyMeetings</c>); conferences are meetings too but not listed there.</summary>
    public IEnumerable<Meeting> StrategyMeetings => Set.Meetings.Where(m => m.Kind == MeetingKind.StrategyDiscussion);

    /// <summary>Initial and review child protection conferences (the contract's <c>conferences</c>).</summary>
    public IEnumerable<Meeting> Conferences => Set.Meetings.Where(m => m.Kind is MeetingKind.InitialConference or MeetingKind.ReviewConference);
}
