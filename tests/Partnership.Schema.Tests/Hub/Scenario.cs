using Partnership.Data;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Hub;

/// <summary>
/// Hand-built children, one per situation the policy distinguishes, in Slough (871) and one in Reading (870), with the
/// organisations and tokens of the five agencies. "Today" is <see cref="HubHost.Now"/> (31 March 2026).
/// </summary>
public static class Scenario
{
    public static readonly DateOnly Today = new(2026, 3, 31);

    private static Guid G(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    // Councils and organisations.
    public static readonly Guid Slough = G(871), Reading = G(870);
    public static readonly Guid HubA = G(1001), HubB = G(1002), PoliceArea = G(1003), HealthVisiting = G(1004), GpPractice = G(1005),
        School = G(1006), OtherSchool = G(1007), HousingTeam = G(1008), ReadingHub = G(1009), VirtualSchool = G(1010), EmergencyDepartment = G(1011),
        ReadingVirtualSchool = G(1012);

    // Children.
    public static readonly Guid CpChild = G(1), S47Child = G(2), CinConsent = G(3), CinNoConsent = G(4), ConsentWithdrawn = G(5),
        LookedAfter = G(6), Unborn = G(7), HouseholdChild = G(8), EmergencyChild = G(9), OtherCouncil = G(10);
    /// <summary>The unborn child's expectant mother (an adult with an NHS number: CP-IS finds the pre-birth plan by hers).</summary>
    public static readonly Guid ExpectantMother = G(20);
    public static readonly Guid StrategyMeeting = G(101), S47Meeting = G(102), ReadingMeeting = G(103), PastCinMeeting = G(104), UpcomingMeeting = G(105);
    public static readonly Guid CpPlan = G(201);

    public static readonly IReadOnlyDictionary<Guid, string> Names = new Dictionary<Guid, string>
    {
        [CpChild] = "Casey", [S47Child] = "Sam", [CinConsent] = "Connie", [CinNoConsent] = "Nina", [ConsentWithdrawn] = "Wendy",
        [LookedAfter] = "Liam", [Unborn] = "Baby", [HouseholdChild] = "Harry", [EmergencyChild] = "Emma", [OtherCouncil] = "Olly",
    };

    public static string Id(Guid child) => GlobalId.Encode("Child", child);

    public static NhsNumber Nhs(int serial) => NhsNumber.TryCreateTestNumber(serial, out var n) ? n : Nhs(serial + 1000);

    // Tokens: one per agency and main role.
    public static readonly TestCaller SocialWorker = new("SOCIAL_CARE", "sw-1", ["871"], HubA.ToString(), ["SocialWorker"]);
    public static readonly TestCaller OtherHubSocialWorker = new("SOCIAL_CARE", "sw-2", ["871"], HubB.ToString(), ["SocialWorker"]);
    public static readonly TestCaller PoliceSystem = new("POLICE", "tvp-system", ["867", "868", "869", "870", "871", "872"], null, ["PublicProtectionOfficer"], System: true);
    public static readonly TestCaller PoliceOfficer = new("POLICE", "pc-1", ["871"], "Slough LPA", ["PublicProtectionOfficer"]);
    public static readonly TestCaller PoliceWithEmergency = new("POLICE", "pc-emergency", ["871"], "Slough LPA", ["PoliceOfficer"]);
    public static readonly TestCaller HealthVisitor = new("HEALTH", "hv-1", ["871"], "HV-SLOUGH", ["HealthVisitor"]);
    public static readonly TestCaller GeneralPractitioner = new("HEALTH", "gp-1", ["871"], "K81001", ["GeneralPractitioner"]);
    public static readonly TestCaller EmergencyDoctor = new("HEALTH", "ed-1", ["871"], "RDU01", ["GeneralPractitioner"]);
    public static readonly TestCaller VirtualSchoolHead = new("EDUCATION", "vsh-1", ["871"], "Slough Virtual School", ["VirtualSchoolHead"]);
    public static readonly TestCaller SchoolDsl = new("EDUCATION", "dsl-1", ["871"], "100001", ["DesignatedSafeguardingLead"]);
    public static readonly TestCaller OtherSchoolDsl = new("EDUCATION", "dsl-2", ["871"], "100002", ["DesignatedSafeguardingLead"]);
    public static readonly TestCaller HousingOfficer = new("HOUSING", "ho-1", ["871"], "Slough Housing", ["HousingOfficer"]);

    public static async Task SeedAsync(PartnershipDbContext db)
    {
        var today = Today;
        var now = HubHost.Now;
        db.LocalAuthorities.AddRange(
            new LocalAuthority { Id = Slough, Code = "871", Name = "Slough", OfficeHoursPhone = "01753 000001", OutOfHoursPhone = "01344 000002" },
            new LocalAuthority { Id = Reading, Code = "870", Name = "Reading", OfficeHoursPhone = "0118 000003" });
        db.Organisations.AddRange(
            new Organisation { Id = HubA, Agency = Agency.SocialCare, Kind = OrganisationKind.SocialCareHub, Name = "Hub A", LocalAuthorityId = Slough, Phone = "01753 111111" },
            new Organisation { Id = HubB, Agency = Agency.SocialCare, Kind = OrganisationKind.SocialCareHub, Name = "Hub B", LocalAuthorityId = Slough, Phone = "01753 222222" },
            new Organisation { Id = ReadingHub, Agency = Agency.SocialCare, Kind = OrganisationKind.SocialCareHub, Name = "Reading Hub", LocalAuthorityId = Reading },
            new Organisation { Id = PoliceArea, Agency = Agency.Police, Kind = OrganisationKind.PolicingArea, Name = "Slough LPA" },
            new Organisation { Id = HealthVisiting, Agency = Agency.Health, Kind = OrganisationKind.HealthVisitingTeam, Name = "Slough Health Visiting", OdsCode = "HV-SLOUGH", LocalAuthorityId = Slough },
            new Organisation { Id = GpPractice, Agency = Agency.Health, Kind = OrganisationKind.GpPractice, Name = "Upton Surgery", OdsCode = "K81001", LocalAuthorityId = Slough },
            new Organisation { Id = School, Agency = Agency.Education, Kind = OrganisationKind.School, Name = "Upton Primary", Urn = "100001", LocalAuthorityId = Slough },
            new Organisation { Id = OtherSchool, Agency = Agency.Education, Kind = OrganisationKind.School, Name = "Cippenham Primary", Urn = "100002", LocalAuthorityId = Slough },
            new Organisation { Id = HousingTeam, Agency = Agency.Housing, Kind = OrganisationKind.HousingTeam, Name = "Slough Housing", LocalAuthorityId = Slough },
            new Organisation { Id = VirtualSchool, Agency = Agency.Education, Kind = OrganisationKind.VirtualSchool, Name = "Slough Virtual School", LocalAuthorityId = Slough },
            new Organisation { Id = ReadingVirtualSchool, Agency = Agency.Education, Kind = OrganisationKind.VirtualSchool, Name = "Reading Virtual School", LocalAuthorityId = Reading },
            new Organisation { Id = EmergencyDepartment, Agency = Agency.Health, Kind = OrganisationKind.Hospital, Name = "Wexham Park Emergency Department", OdsCode = "RDU01", LocalAuthorityId = Slough });

        Person Child(Guid id, int n, Guid la, Guid? hub, string family, DateOnly? dob, bool nhs = true) => new()
        {
            Id = id, Kind = PersonKind.Child, LocalAuthorityId = la, CaseHoldingHubId = hub, GivenName = Names[id], FamilyName = family,
            DateOfBirth = dob, Sex = n % 2 == 0 ? Sex.Female : Sex.Male, NhsNumber = nhs ? Nhs(n) : null, LaChildId = $"LA{n:D4}",
            Upn = dob is null ? null : Upn.Create(871, 2001, 18, n),
        };
        var children = new[]
        {
            Child(CpChild, 1, Slough, HubA, "Protect", new DateOnly(2023, 5, 1)),
            Child(S47Child, 2, Slough, HubA, "Enquiry", new DateOnly(2018, 2, 2)),
            Child(CinConsent, 3, Slough, HubB, "Consent", new DateOnly(2016, 3, 3)),
            Child(CinNoConsent, 4, Slough, HubB, "Noconsent", new DateOnly(2017, 4, 4)),
            Child(ConsentWithdrawn, 5, Slough, HubB, "Withdrawn", new DateOnly(2015, 5, 5)),
            Child(LookedAfter, 6, Slough, HubA, "Lookedafter", new DateOnly(2014, 6, 6)),
            Child(Unborn, 7, Slough, HubA, "Prebirth", null, nhs: false),
            Child(HouseholdChild, 8, Slough, HubB, "Household", new DateOnly(2019, 8, 8)),
            Child(EmergencyChild, 9, Slough, null, "Emergency", new DateOnly(2020, 9, 9)),
            Child(OtherCouncil, 10, Reading, ReadingHub, "Other", new DateOnly(2021, 10, 10)),
        };
        children[6].ExpectedDateOfBirth = new DateOnly(2026, 6, 1);
        children[6].MotherId = ExpectantMother;
        db.People.Add(new Person
        {
            Id = ExpectantMother, Kind = PersonKind.Adult, LocalAuthorityId = Slough, GivenName = "Mary", FamilyName = "Prebirth",
            DateOfBirth = new DateOnly(1998, 7, 7), Sex = Sex.Female, NhsNumber = Nhs(20)
        });
        db.People.AddRange(children);

        Address Home(Guid person, int n, bool confidential = false) => new()
        {
            Id = G(300 + n), PersonId = person, Kind = confidential ? AddressKind.Refuge : AddressKind.Home, Line1 = $"{n} High Street",
            Town = "Slough", Postcode = $"SL1 {n}AA", Phone = $"07700 90000{n % 10}", ValidFrom = new DateOnly(2020, 1, 1), IsConfidential = confidential,
        };
        db.Addresses.AddRange(Home(CpChild, 1), Home(S47Child, 2), Home(CinConsent, 3), Home(CinNoConsent, 4), Home(ConsentWithdrawn, 5),
            Home(LookedAfter, 6, confidential: true), Home(HouseholdChild, 8), Home(EmergencyChild, 9), Home(OtherCouncil, 10));

        // School roll: Casey, Sam and Nina at Upton Primary; Connie at Cippenham.
        foreach (var (child, school, n) in new[] { (CpChild, School, 1), (S47Child, School, 2), (CinNoConsent, School, 4), (CinConsent, OtherSchool, 3) })
            db.SchoolEnrolments.Add(new SchoolEnrolment { Id = G(400 + n), PersonId = child, SchoolId = school, StartDate = new DateOnly(2024, 9, 1) });
        // GP registration: Nina at Upton Surgery (a child in need, under no statutory safeguarding).
        db.GpRegistrations.Add(new GpRegistration { Id = G(460), PersonId = CinNoConsent, PracticeId = GpPractice, StartDate = new DateOnly(2017, 5, 1) });
        // Health visiting caseload: Casey (0–5).
        db.HealthVisitingAssignments.Add(new HealthVisitingAssignment { Id = G(450), PersonId = CpChild, TeamId = HealthVisiting, StartDate = new DateOnly(2023, 5, 20) });

        var referral = new Referral { Id = G(500), ChildId = CpChild, LocalAuthorityId = Slough, ReferralDate = new DateOnly(2026, 1, 5), Source = ReferralSource.Police };
        db.Referrals.Add(referral);
        Plan PlanFor(Guid id, Guid child, PlanKind kind, Guid la, AbuseCategory? category = null) => new()
        {
            Id = id, ChildId = child, Kind = kind, LocalAuthorityId = la, StartDate = new DateOnly(2026, 2, 1), InitialCategory = category,
            LatestCategory = category, Objectives = $"objectives for {Names[child]}", OwningHubId = la == Slough ? HubA : ReadingHub,
        };
        db.Plans.AddRange(
            PlanFor(CpPlan, CpChild, PlanKind.ChildProtection, Slough, AbuseCategory.Neglect),
            PlanFor(G(202), CinConsent, PlanKind.ChildInNeed, Slough),
            PlanFor(G(203), CinNoConsent, PlanKind.ChildInNeed, Slough),
            PlanFor(G(204), ConsentWithdrawn, PlanKind.ChildInNeed, Slough),
            PlanFor(G(205), LookedAfter, PlanKind.LookedAfter, Slough),
            PlanFor(G(206), Unborn, PlanKind.PreBirth, Slough, AbuseCategory.Emotional),
            PlanFor(G(207), EmergencyChild, PlanKind.ChildInNeed, Slough),
            PlanFor(G(208), OtherCouncil, PlanKind.ChildProtection, Reading, AbuseCategory.Physical));
        // Harry's early help ended today: closed today, so the consent given for it has lapsed (domain.md: one meaning of "open").
        var earlyHelp = PlanFor(G(209), HouseholdChild, PlanKind.EarlyHelp, Slough);
        earlyHelp.StartDate = new DateOnly(2025, 10, 1);
        earlyHelp.EndDate = today;
        db.Plans.Add(earlyHelp);
        // Named on plans: police on Liam's looked-after plan; health on the pre-birth plan.
        db.PlanMembers.AddRange(
            new PlanMember { Id = G(251), PlanId = G(205), Agency = Agency.Police, OrganisationId = PoliceArea },
            new PlanMember { Id = G(252), PlanId = G(206), Agency = Agency.Health, OrganisationId = HealthVisiting });

        db.Section47Enquiries.Add(new Section47Enquiry { Id = G(550), ReferralId = referral.Id, ChildId = S47Child, StartDate = new DateOnly(2026, 3, 20), StrategyMeetingId = S47Meeting });

        // Strategy meetings: Casey's (police, health, Upton Primary invited), Sam's (police and health), Olly's in Reading (police).
        db.Meetings.AddRange(
            new Meeting
            {
                Id = StrategyMeeting, Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = Slough, HeldAt = new DateTimeOffset(2026, 1, 20, 9, 30, 0, TimeSpan.Zero),
                DecisionStartSection47 = true, DecisionNotes = "ICPC to be convened", DecisionCriminalInvestigation = "joint visit"
            },
            new Meeting { Id = S47Meeting, Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = Slough, HeldAt = new DateTimeOffset(2026, 3, 20, 14, 0, 0, TimeSpan.Zero), DecisionStartSection47 = true },
            new Meeting { Id = ReadingMeeting, Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = Reading, HeldAt = new DateTimeOffset(2026, 2, 10, 11, 0, 0, TimeSpan.Zero) },
            // Nina's: held, threshold not met (no s47, no plan) — no longer shared with the partners invited; Connie's: still to be held.
            new Meeting
            {
                Id = PastCinMeeting, Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = Slough, HeldAt = new DateTimeOffset(2026, 2, 15, 10, 0, 0, TimeSpan.Zero),
                DecisionStartSection47 = false, DecisionNotes = "threshold not met; section 17 assessment", DecisionCriminalInvestigation = "no further police action"
            },
            new Meeting { Id = UpcomingMeeting, Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = Slough, HeldAt = new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero) });
        db.MeetingChildren.AddRange(
            new MeetingChild { MeetingId = StrategyMeeting, ChildId = CpChild },
            new MeetingChild { MeetingId = S47Meeting, ChildId = S47Child },
            new MeetingChild { MeetingId = ReadingMeeting, ChildId = OtherCouncil },
            new MeetingChild { MeetingId = PastCinMeeting, ChildId = CinNoConsent },
            new MeetingChild { MeetingId = UpcomingMeeting, ChildId = CinConsent });
        db.MeetingInvitations.AddRange(
            new MeetingInvitation { Id = G(601), MeetingId = StrategyMeeting, Agency = Agency.SocialCare, OrganisationId = HubA, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(602), MeetingId = StrategyMeeting, Agency = Agency.Police, OrganisationId = PoliceArea, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(603), MeetingId = StrategyMeeting, Agency = Agency.Health, OrganisationId = HealthVisiting, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(604), MeetingId = StrategyMeeting, Agency = Agency.Education, OrganisationId = School, Status = AttendanceStatus.Apologies },
            new MeetingInvitation { Id = G(605), MeetingId = S47Meeting, Agency = Agency.Police, OrganisationId = PoliceArea, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(606), MeetingId = S47Meeting, Agency = Agency.Health, OrganisationId = HealthVisiting, Status = AttendanceStatus.Invited },
            new MeetingInvitation { Id = G(607), MeetingId = ReadingMeeting, Agency = Agency.Police, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(608), MeetingId = PastCinMeeting, Agency = Agency.SocialCare, OrganisationId = HubB, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(609), MeetingId = PastCinMeeting, Agency = Agency.Police, OrganisationId = PoliceArea, Status = AttendanceStatus.Attended },
            new MeetingInvitation { Id = G(612), MeetingId = PastCinMeeting, Agency = Agency.Education, OrganisationId = School, Status = AttendanceStatus.DidNotAttend },
            new MeetingInvitation { Id = G(610), MeetingId = UpcomingMeeting, Agency = Agency.SocialCare, OrganisationId = HubB, Status = AttendanceStatus.Invited },
            new MeetingInvitation { Id = G(611), MeetingId = UpcomingMeeting, Agency = Agency.Police, OrganisationId = PoliceArea, Status = AttendanceStatus.Invited });
        db.MeetingContributions.AddRange(
            new MeetingContribution { Id = G(701), MeetingId = StrategyMeeting, ChildId = CpChild, Agency = Agency.Police, OrganisationId = PoliceArea, Category = InformationCategory.AgencyContributions, Text = "police: two callouts", RecordedAt = now.AddDays(-70) },
            new MeetingContribution { Id = G(702), MeetingId = StrategyMeeting, ChildId = CpChild, Agency = Agency.Health, OrganisationId = HealthVisiting, Category = InformationCategory.AgencyContributions, Text = "health: missed checks", RecordedAt = now.AddDays(-70) },
            new MeetingContribution { Id = G(703), MeetingId = StrategyMeeting, ChildId = CpChild, Agency = Agency.Education, OrganisationId = School, Category = InformationCategory.AgencyContributions, Text = "school: attendance 71%", RecordedAt = now.AddDays(-70) },
            new MeetingContribution { Id = G(704), MeetingId = StrategyMeeting, ChildId = CpChild, Agency = Agency.SocialCare, OrganisationId = HubA, Category = InformationCategory.AssessmentAndCaseNotes, Text = "social work assessment notes", RecordedAt = now.AddDays(-70) },
            new MeetingContribution { Id = G(705), MeetingId = PastCinMeeting, ChildId = CinNoConsent, Agency = Agency.Police, OrganisationId = PoliceArea, Category = InformationCategory.AgencyContributions, Text = "police: one callout, no offence", RecordedAt = now.AddDays(-44) },
            new MeetingContribution { Id = G(706), MeetingId = PastCinMeeting, ChildId = CinNoConsent, Agency = Agency.SocialCare, OrganisationId = HubB, Category = InformationCategory.AgencyContributions, Text = "social care: family engaging", RecordedAt = now.AddDays(-44) });
        db.MeetingActions.AddRange(
            new MeetingAction { Id = G(801), MeetingId = StrategyMeeting, ChildId = CpChild, Description = "joint visit", OwnerAgency = Agency.Police, DueDate = new DateOnly(2026, 1, 22) },
            new MeetingAction { Id = G(802), MeetingId = StrategyMeeting, ChildId = CpChild, Description = "health check", OwnerAgency = Agency.Health, OwnerOrganisationId = HealthVisiting, DueDate = new DateOnly(2026, 1, 30) },
            new MeetingAction { Id = G(803), MeetingId = StrategyMeeting, ChildId = CpChild, Description = "attendance plan", OwnerAgency = Agency.Education, OwnerOrganisationId = School, DueDate = new DateOnly(2026, 2, 6) },
            new MeetingAction { Id = G(804), MeetingId = PastCinMeeting, ChildId = CinNoConsent, Description = "section 17 assessment", OwnerAgency = Agency.SocialCare, OwnerOrganisationId = HubB, DueDate = new DateOnly(2026, 3, 1) });

        // Consent names organisations: Connie's mother consented, for her child-in-need plan, to the police (identity, protection
        // status) and her GP practice (identity) — not to the health visiting team; Wendy's was withdrawn; Harry's, given to the
        // health visiting team for his early help, lapsed when that plan closed today.
        ConsentScope Scope(int consent, Guid org, Agency agency, InformationCategory category) =>
            new() { ConsentId = G(consent), OrganisationId = org, Agency = agency, Category = category };
        db.Consents.AddRange(
            new ConsentRecord
            {
                Id = G(901), ChildId = CinConsent, GivenByName = "Carol Consent", Relationship = ConsentRelationship.Mother, GivenAt = now.AddDays(-30),
                InvolvementPlanId = G(202),
                Scopes = [Scope(901, PoliceArea, Agency.Police, InformationCategory.Identity), Scope(901, PoliceArea, Agency.Police, InformationCategory.ProtectionStatus),
                          Scope(901, GpPractice, Agency.Health, InformationCategory.Identity)]
            },
            new ConsentRecord
            {
                Id = G(902), ChildId = ConsentWithdrawn, GivenByName = "Wanda Withdrawn", Relationship = ConsentRelationship.Mother, GivenAt = now.AddDays(-30), WithdrawnAt = now.AddDays(-1),
                InvolvementPlanId = G(204), Scopes = [Scope(902, PoliceArea, Agency.Police, InformationCategory.Identity)]
            },
            new ConsentRecord
            {
                Id = G(903), ChildId = HouseholdChild, GivenByName = "Helen Household", Relationship = ConsentRelationship.Mother, GivenAt = now.AddDays(-120),
                InvolvementPlanId = G(209), Scopes = [Scope(903, HealthVisiting, Agency.Health, InformationCategory.Identity)]
            });

        // The force's person ids for Casey (under a CP plan) and Nina (under none); Slough housing's id for Casey.
        db.PersonIdentifiers.AddRange(
            new PersonIdentifier { Id = G(970), PersonId = CpChild, Agency = Agency.Police, OrganisationId = PoliceArea, Scheme = "TVP-NICHE", Value = "N000000001" },
            new PersonIdentifier { Id = G(971), PersonId = CinNoConsent, Agency = Agency.Police, OrganisationId = PoliceArea, Scheme = "TVP-NICHE", Value = "N000000004" },
            new PersonIdentifier { Id = G(972), PersonId = CpChild, Agency = Agency.Housing, OrganisationId = HousingTeam, Scheme = "SLOUGH-HOUSING", Value = "H-0001" });

        // Housing linked Harry's household.
        db.Households.Add(new Household { Id = G(950), LocalAuthorityId = Slough, Reference = "TEN-1" });
        db.HouseholdMembers.Add(new HouseholdMember
        {
            Id = G(951), HouseholdId = G(950), PersonId = HouseholdChild, Relationship = HouseholdRelationship.Child,
            LinkedByAgency = Agency.Housing, LinkedByOrganisationId = HousingTeam, LinkMethod = LinkMethod.ExactIdentifier, LinkedAt = now.AddDays(-10)
        });

        // Emergency access: a police officer for Emma, granted an hour ago.
        db.EmergencyAccessGrants.Add(new EmergencyAccessGrant
        {
            Id = G(990), ChildId = EmergencyChild, Agency = Agency.Police, OrganisationId = PoliceArea, Subject = "pc-emergency",
            Reason = "child found alone at night", GrantedAt = now.AddHours(-1), ExpiresAt = now.AddHours(23)
        });
        await db.SaveChangesAsync();
        await Partnership.Data.Synthetic.SyntheticLoader.StartMeetingFeedAsync(db);
        _ = today;
    }
}
