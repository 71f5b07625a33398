using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using static Partnership.Data.Model.InformationCategory;
using M = Partnership.Data.Model;

namespace Partnership.Schema;

/// <summary>
/// The hub's entity types: the contract of issue 6 (Child, ProtectionStatus, PlanPeriod, ResponsibleAuthority, Plan,
/// StrategyMeeting, Invitation, Contribution, MeetingDecisions, MeetingAction, LocalAuthority, Address) and what the
/// policy adds (SocialCareHub, Consent, ConsentScope). Every field names its information category.
/// </summary>
public sealed class HubEntities
{
    public const string Child = "Child", ProtectionStatus = "ProtectionStatus", PlanPeriod = "PlanPeriod", Plan = "Plan",
        Address = "Address", StrategyMeeting = "StrategyMeeting", MeetingDecisions = "MeetingDecisions", Invitation = "Invitation",
        MeetingAction = "MeetingAction", Contribution = "Contribution", LocalAuthority = "LocalAuthority",
        ResponsibleAuthority = "ResponsibleAuthority", SocialCareHub = "SocialCareHub", Consent = "Consent", ConsentScope = "ConsentScope",
        PersonIdentifier = "PersonIdentifier";

    public HubEntities(DataSchema data)
    {
        Data = data;
        var planKind = data.EnumFor(typeof(PlanKind));
        var access = AccessRouteType = SharingAccess.CreateType(data);
        AbuseCategoryType = new EnumType("AbuseCategory", [.. Enum.GetValues<M.AbuseCategory>()
            .Select(v => new EnumValueDefinition(v.ToCode()) { Value = v, Description = v.ToString() })])
        { Description = "Category of abuse of a child protection plan (CIN census codes)." };

        IdentifierType = data.Entity<M.PersonIdentifier>(PersonIdentifier, e =>
        {
            e.Description("An agency's own identifier for a child (police, housing): linked to the child, never replacing the hub's.");
            e.Key(i => i.Id);
            e.Field("scheme", i => i.Scheme).Category(Identity).NonNull().Filterable();
            e.Field("value", i => i.Value).Category(Identity).NonNull().Filterable();
            e.Field("agency", i => i.Agency).Category(Identity).NonNull();
            SharingAccess.Add(e, i => i.Person!, access, Identity);
        });
        LocalAuthorityType = data.Entity<M.LocalAuthority>(LocalAuthority, e =>
        {
            e.Description("A council, by its DfE local authority code.");
            e.Key(a => a.Id);
            e.Field("code", a => a.Code).Category(HubCategory.Directory).NonNull().Filterable().Sortable();
            e.Field("name", a => a.Name).Category(HubCategory.Directory).NonNull().Filterable().Sortable();
        });
        ResponsibleAuthorityType = data.Entity<M.LocalAuthority>(ResponsibleAuthority, e =>
        {
            e.Description("The council responsible for a child, with the numbers to call (CP-IS).");
            e.Key(a => a.Id);
            e.Field("code", a => a.Code).Category(HubCategory.Directory).NonNull();
            e.Field("name", a => a.Name).Category(HubCategory.Directory).NonNull();
            e.Field("officeHoursPhone", a => a.OfficeHoursPhone).Category(HubCategory.Directory);
            e.Field("outOfHoursPhone", a => a.OutOfHoursPhone).Category(HubCategory.Directory);
        });
        SocialCareHubType = data.Entity<Organisation>(SocialCareHub, e =>
        {
            e.Description("A social work hub (the case holder of a child).");
            e.Key(o => o.Id);
            e.Field("name", o => o.Name).Category(HubCategory.Directory).NonNull();
            e.Field("phone", o => o.Phone).Category(HubCategory.Directory);
        });
        AddressType = data.Entity<M.Address>(Address, e =>
        {
            e.Description("A postal address (a confidential one is only ever shown through `confidentialAddress`).");
            e.Key(a => a.Id);
            e.Field("line1", a => a.Line1).Category(InformationCategory.Contact);
            e.Field("line2", a => a.Line2).Category(InformationCategory.Contact);
            e.Field("town", a => a.Town).Category(InformationCategory.Contact);
            e.Field("postcode", a => a.Postcode).Category(InformationCategory.Contact).Filterable();
            e.Field("phone", a => a.Phone).Category(InformationCategory.Contact);
            SharingAccess.Add(e, a => a.Person!, access, InformationCategory.Contact);
        });
        PlanPeriodType = data.Entity<M.Plan>(PlanPeriod, e =>
        {
            e.Description("When a plan started and (if it has) ended.");
            e.Key(p => p.Id);
            e.Field("start", p => p.StartDate).Category(InformationCategory.ProtectionStatus).NonNull();
            e.Field("end", p => p.EndDate).Category(InformationCategory.ProtectionStatus);
            SharingAccess.Add(e, p => p.Child!, access, InformationCategory.ProtectionStatus);
        });
        PlanType = data.Entity<M.Plan>(Plan, e =>
        {
            e.Description("A plan for a child: early help, child in need, child protection, looked after, pre-birth or pathway.");
            e.Key(p => p.Id);
            e.Id(ctx => Db(ctx).Plans).Category(InformationCategory.ProtectionStatus);
            e.Field("kind", p => p.Kind).Category(InformationCategory.ProtectionStatus).NonNull().Filterable().Sortable();
            e.Field("start", p => p.StartDate).Category(InformationCategory.ProtectionStatus).NonNull().Filterable().Sortable();
            e.Field("end", p => p.EndDate).Category(InformationCategory.ProtectionStatus).Filterable();
            e.Field("category", p => p.LatestCategory ?? p.InitialCategory).Category(PlanDetail).Type(AbuseCategoryType).Filterable().Sortable();
            e.Field("objectives", p => p.Objectives).Category(PlanDetail);
            SharingAccess.Add(e, p => p.Child!, access, InformationCategory.ProtectionStatus);
        });
        ProtectionStatusType = data.Entity<Person>(ProtectionStatus, e =>
        {
            e.Description("CP-IS parity: whether a child is on a child protection plan, looked after or on a pre-birth plan, and whom to call.");
            e.Key(p => p.Id);
            e.Field("nhsNumber", p => (string)(object)p.NhsNumber!).Category(InformationCategory.ProtectionStatus)
                .Description("The child's NHS number; null for an unborn child (found by the expectant mother's).");
            e.Field("expectedDateOfBirth", p => p.ExpectedDateOfBirth).Category(InformationCategory.ProtectionStatus)
                .Description("An unborn child's expected date of delivery.");
            e.Reference("childProtectionPlan", p => p.Plans.Where(k => k.Kind == PlanKind.ChildProtection && Period.IsOpen(k.StartDate, k.EndDate, RequestClock.Today))
                .OrderByDescending(k => k.StartDate).FirstOrDefault(), () => PlanPeriodType!).Category(InformationCategory.ProtectionStatus);
            e.Reference("lookedAfter", p => p.Plans.Where(k => k.Kind == PlanKind.LookedAfter && Period.IsOpen(k.StartDate, k.EndDate, RequestClock.Today))
                .OrderByDescending(k => k.StartDate).FirstOrDefault(), () => PlanPeriodType!).Category(InformationCategory.ProtectionStatus);
            e.Reference("prebirthPlan", p => p.Plans.Where(k => k.Kind == PlanKind.PreBirth && Period.IsOpen(k.StartDate, k.EndDate, RequestClock.Today))
                .OrderByDescending(k => k.StartDate).FirstOrDefault(), () => PlanPeriodType!).Category(InformationCategory.ProtectionStatus);
            e.Reference("responsibleAuthority", p => p.LocalAuthority, () => ResponsibleAuthorityType).Category(InformationCategory.ProtectionStatus);
            SharingAccess.Add(e, p => p, access, InformationCategory.ProtectionStatus);
        });
        ConsentScopeType = data.Entity<M.ConsentScope>(ConsentScope, e =>
        {
            e.Description("One recipient organisation and category a consent covers.");
            e.Key(s => s.Category);
            e.Field("agency", s => s.Agency).Category(AssessmentAndCaseNotes).NonNull();
            e.Field("organisation", s => s.Organisation!.Name).Category(AssessmentAndCaseNotes);
            e.Field("category", s => s.Category).Category(AssessmentAndCaseNotes).NonNull();
        });
        ConsentType = data.Entity<ConsentRecord>(Consent, e =>
        {
            e.Description("A family's (or competent child's) consent to share with named organisations, scoped to categories; social care only. It ends at withdrawal, at endsOn, or when its involvement closes.");
            e.Key(k => k.Id);
            e.Id(ctx => Db(ctx).Consents).Category(AssessmentAndCaseNotes);
            e.Field("givenByName", k => k.GivenByName).Category(AssessmentAndCaseNotes);
            e.Field("relationship", k => k.Relationship).Category(AssessmentAndCaseNotes);
            e.Field("givenAt", k => k.GivenAt).Category(AssessmentAndCaseNotes);
            e.Field("withdrawnAt", k => k.WithdrawnAt).Category(AssessmentAndCaseNotes);
            e.Field("endsOn", k => k.EndsOn).Category(AssessmentAndCaseNotes);
            e.Reference("involvement", k => k.InvolvementPlan, () => PlanType!).Category(AssessmentAndCaseNotes);
            e.List("scopes", k => k.Scopes, () => ConsentScopeType!).ListSize(5).Category(AssessmentAndCaseNotes);
            SharingAccess.Add(e, k => k.Child!, access, AssessmentAndCaseNotes);
        });
        InvitationType = data.Entity<MeetingInvitation>(Invitation, e =>
        {
            e.Description("An agency invited to a meeting, and whether it attended.");
            e.Key(i => i.Id);
            e.Field("agency", i => i.Agency).Category(MeetingSchedule).NonNull().Filterable().Sortable();
            e.Field("organisation", i => i.Organisation!.Name).Category(MeetingSchedule).Filterable();
            e.Field("organisationId", i => i.OrganisationId).Category(MeetingSchedule)
                .Description("The invited organisation's id: names it as an action's owner or in `withdrawInvitation`.");
            e.Field("status", i => i.Status).Category(MeetingSchedule).NonNull().Filterable();
        });
        ContributionType = data.Entity<MeetingContribution>(Contribution, e =>
        {
            e.Description("Information an agency gave to a meeting.");
            e.Key(k => k.Id);
            e.Field("agency", k => k.Agency).Category(AgencyContributions).NonNull().Filterable();
            e.Field("organisation", k => k.Organisation!.Name).Category(AgencyContributions);
            e.Field("category", k => k.Category).Category(AgencyContributions).NonNull().Filterable();
            e.Field("text", k => k.Text).Category(AgencyContributions).Filterable();
            e.Field("recordedAt", k => k.RecordedAt).Category(AgencyContributions).NonNull().Filterable();
        });
        DecisionsType = data.Entity<Meeting>(MeetingDecisions, e =>
        {
            e.Description("What a strategy discussion decided (Working Together 2023).");
            e.Key(m => m.Id);
            e.Field("startSection47", m => m.DecisionStartSection47).Category(MeetingRecord);
            e.Field("criminalInvestigation", m => m.DecisionCriminalInvestigation).Category(MeetingRecord);
            e.Field("legalAction", m => m.DecisionLegalAction).Category(MeetingRecord);
            e.Field("furtherInformation", m => m.DecisionFurtherInformation).Category(MeetingRecord);
            e.Field("siblings", m => m.DecisionSiblings).Category(MeetingRecord);
            e.Field("notes", m => m.DecisionNotes).Category(MeetingRecord);
        });
        ActionType = data.Entity<M.MeetingAction>(MeetingAction, e =>
        {
            e.Description("An action agreed at a meeting: who does what by when.");
            e.Key(a => a.Id);
            e.Id(ctx => Db(ctx).MeetingActions).Category(MeetingRecord);
            e.Field("description", a => a.Description).Category(MeetingRecord).NonNull().Filterable();
            e.Field("ownerAgency", a => a.OwnerAgency).Category(MeetingRecord).NonNull().Filterable().Sortable();
            e.Field("ownerOrganisation", a => a.OwnerOrganisation!.Name).Category(MeetingRecord).Filterable();
            e.Field("dueDate", a => a.DueDate).Category(MeetingRecord).NonNull().Filterable().Sortable();
            e.Field("completedOn", a => a.CompletedOn).Category(MeetingRecord).Filterable().Sortable();
        });
        MeetingType = data.Entity<Meeting>(StrategyMeeting, e =>
        {
            e.Description("A strategy discussion about one or more children.");
            e.Key(m => m.Id);
            e.Id(ctx => Db(ctx).StrategyMeetings).Category(MeetingSchedule);
            Journeys.MeetingLifecycle.Fields(e);
            e.Field("heldAt", m => m.HeldAt).Category(MeetingSchedule).NonNull().Filterable().Sortable();
            e.Reference("localAuthority", m => m.LocalAuthority, () => LocalAuthorityType).Category(MeetingSchedule).NonNull().Filterable().Sortable();
            e.List("children", m => m.Children.Select(c => c.Child!), () => ChildType!).ListSize(5).Category(MeetingSchedule).NonNull();
            e.List("invitations", m => m.Invitations, () => InvitationType).ListSize(10).Category(MeetingSchedule).NonNull().Filterable();
            e.List("contributions", m => m.Contributions, () => ContributionType).ListSize(5).Category(AgencyContributions).Filterable();
            e.Reference("decisions", m => m, () => DecisionsType).Category(MeetingRecord);
            e.List("actions", m => m.Actions, () => ActionType).ListSize(10).Category(MeetingRecord);
        });
        ChildType = data.Entity<Person>(Child, e =>
        {
            e.Description("A child (or unborn child) known to the hub.");
            e.Key(p => p.Id);
            e.Id(ctx => Db(ctx).People.Where(p => p.Kind == PersonKind.Child)).Category(Identity);
            e.Field("nhsNumber", p => (string)(object)p.NhsNumber!).Category(Identity).Filterable().Sortable();
            e.Field("upn", p => (string)(object)p.Upn!).Category(Identity).Filterable();
            e.Field("laChildId", p => p.LaChildId).Category(Identity).Filterable();
            e.Field("firstName", p => p.GivenName).Category(Identity).Filterable().Sortable();
            e.Field("lastName", p => p.FamilyName).Category(Identity).Filterable().Sortable();
            e.Field("dateOfBirth", p => p.DateOfBirth).Category(Identity).Filterable().Sortable();
            e.Field("expectedDateOfBirth", p => p.ExpectedDateOfBirth).Category(Identity).Filterable().Sortable();
            e.Field("sex", p => p.Sex == Sex.Male ? "MALE" : p.Sex == Sex.Female ? "FEMALE" : p.Sex == Sex.Indeterminate ? "INDETERMINATE" : "NOT_RECORDED")
                .Category(Identity);
            e.Reference("localAuthority", p => p.LocalAuthority, () => LocalAuthorityType).Category(Identity).Filterable().Sortable();
            e.Reference("address", p => p.Addresses.Where(a => !a.IsConfidential && Period.IsOpen(a.ValidFrom, a.ValidTo, RequestClock.Today))
                .OrderByDescending(a => a.ValidFrom).FirstOrDefault(), () => AddressType).Category(InformationCategory.Contact).Filterable();
            e.Reference("confidentialAddress", p => p.Addresses.Where(a => a.IsConfidential && Period.IsOpen(a.ValidFrom, a.ValidTo, RequestClock.Today))
                .OrderByDescending(a => a.ValidFrom).FirstOrDefault(), () => AddressType).Category(ConfidentialAddress);
            e.Field("hasSocialWorker", p => p.CaseHoldingHubId != null).Category(InformationCategory.ProtectionStatus).Filterable()
                .Description("Open social care involvement: a hub holds the child's case.");
            e.Reference("socialCareHub", p => p.CaseHoldingHub, () => SocialCareHubType).Category(InformationCategory.ProtectionStatus)
                .Description("The hub holding the child's case: whom to contact.");
            e.Field("openPlanKinds", p => p.Plans.Where(k => Period.IsOpen(k.StartDate, k.EndDate, RequestClock.Today)).OrderBy(k => k.Kind).Select(k => k.Kind).ToList())
                .Type(planKind.NonNull().List()).Category(InformationCategory.ProtectionStatus)
                .Description("The kind of each of the child's open plans (what a school is told: \"has a social worker\" and plan type).");
            e.Reference("protectionStatus", p => p, () => ProtectionStatusType).Category(InformationCategory.ProtectionStatus);
            e.List("plans", p => p.Plans, () => PlanType).ListSize(5).Category(InformationCategory.ProtectionStatus).Filterable();
            e.List("strategyMeetings", p => p.Meetings.Select(m => m.Meeting!).Where(m => m.Kind == MeetingKind.StrategyDiscussion), () => MeetingType).ListSize(5)
                .Category(MeetingSchedule);
            e.List("consents", p => p.Consents, () => ConsentType).ListSize(10).Category(AssessmentAndCaseNotes);
            // Stability (the Slough seeds' measure): the social workers who led a plan for the child or did an assessment of the
            // child at any time in the last 12 months. The hub keeps no allocation history, so a change of lead within one plan is
            // not seen.
            e.Field("socialWorkersInLast12Months", p => p.Plans
                    .Where(k => k.LeadPractitionerId != null && k.StartDate <= RequestClock.Today && (k.EndDate == null || k.EndDate > RequestClock.Today.AddYears(-1)))
                    .Select(k => k.LeadPractitionerId)
                    .Concat(p.Referrals.SelectMany(r => r.Assessments)
                        .Where(a => a.SocialWorkerId != null && a.StartDate <= RequestClock.Today && (a.AuthorisationDate == null || a.AuthorisationDate > RequestClock.Today.AddYears(-1)))
                        .Select(a => a.SocialWorkerId))
                    .Distinct().Count())
                .Category(AssessmentAndCaseNotes) // nullable: null with NOT_AUTHORIZED for everyone but social care
                .Description("How many social workers the child has had in the last 12 months: those who led one of the child's plans or assessed the child then.");
            e.List("identifiers", p => p.Identifiers, () => IdentifierType!).ListSize(5).Category(Identity)
                .Description("The caller's own agency's identifiers for the child (a force's person id): another agency's are never shown.");
            SharingAccess.Add(e, p => p, access, Identity, nonNull: true);
        });
    }

    public EntityType<M.PersonIdentifier> IdentifierType { get; private set; } = null!;

    /// <summary>What every <c>access</c> field returns (why the caller sees the child).</summary>
    public ObjectType AccessRouteType { get; }

    public DataSchema Data { get; }
    public EnumType AbuseCategoryType { get; }
    public EntityType<M.LocalAuthority> LocalAuthorityType { get; }
    public EntityType<M.LocalAuthority> ResponsibleAuthorityType { get; }
    public EntityType<Organisation> SocialCareHubType { get; }
    public EntityType<M.Address> AddressType { get; }
    public EntityType<M.Plan> PlanPeriodType { get; }
    public EntityType<M.Plan> PlanType { get; }
    public EntityType<Person> ProtectionStatusType { get; }
    public EntityType<M.ConsentScope> ConsentScopeType { get; }
    public EntityType<ConsentRecord> ConsentType { get; }
    public EntityType<MeetingInvitation> InvitationType { get; }
    public EntityType<MeetingContribution> ContributionType { get; }
    public EntityType<Meeting> DecisionsType { get; }
    public EntityType<M.MeetingAction> ActionType { get; }
    public EntityType<Meeting> MeetingType { get; }
    public EntityType<Person> ChildType { get; }
    internal ObjectType? EmergencyAccessType { get; set; }

    internal static PartnershipDbContext Db(IResolveFieldContext ctx) => ctx.GetRequiredService<PartnershipDbContext>();
}
