using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Data.SubjectAccess;

/// <summary>What the hub holds about one child and every access to it, gathered for a subject access export.</summary>
internal sealed record SarContent(
    IReadOnlyList<SarSection> Sections, IReadOnlyList<SarAccess> Accesses, IReadOnlyList<SarRedaction> Redactions, bool ConfidentialAddressWithheld)
{
    /// <summary>The categories the export reads, for its own audit entry (the access log is social care's case-note category).</summary>
    public IReadOnlyList<InformationCategory> Categories =>
        Sections.Where(s => s.Records.Count > 0).SelectMany(s => s.Categories).Append(AssessmentAndCaseNotes).Distinct().Order().ToList();
}

/// <summary>
/// Reads every row the hub holds about a child — the child's own record and everything keyed to the child (addresses,
/// households, schools, health, contacts, referrals, assessments, enquiries, plans, meetings, consents, emergency accesses,
/// sharing decisions, notifications) — and the access audit. Rows are read tracked so that every mapped column, shadow ones
/// included, can be written out from the EF model. Third parties are withheld by <see cref="SarRedactor"/>.
/// </summary>
internal sealed class SubjectAccessCollector(PartnershipDbContext db)
{
    /// <summary>The entity types written out in full (by section) or as references; a test keeps this list and the model in step.</summary>
    public static readonly IReadOnlySet<Type> Exported = new HashSet<Type>
    {
        typeof(Person), typeof(PersonDisability), typeof(PersonIdentifier), typeof(Address), typeof(Household), typeof(HouseholdMember),
        typeof(HouseholdMatchReview), typeof(SchoolEnrolment), typeof(HealthVisitingAssignment), typeof(GpRegistration), typeof(Contact),
        typeof(Referral), typeof(Assessment), typeof(AssessmentFactorEntry), typeof(Section47Enquiry), typeof(Plan), typeof(PlanReview),
        typeof(PlanMember), typeof(PlanAction), typeof(Meeting), typeof(MeetingChild), typeof(MeetingInvitation), typeof(MeetingContribution),
        typeof(MeetingAction), typeof(MeetingChange), typeof(CareEpisode), typeof(ConsentRecord), typeof(ConsentScope), typeof(EmergencyAccessGrant), typeof(SharingDecision),
        typeof(Notification), typeof(AccessAuditEntry), typeof(AccessAuditItem), typeof(Organisation), typeof(Practitioner), typeof(LocalAuthority),
        typeof(CaseloadRoleDefault), typeof(CaseloadRangeChange), // settings of hubs and workers: nothing of them is a child's data
    };

    private readonly List<SarSection> _sections = [];

    /// <summary>The child's export content, or null when no child has this id (an adult's id is not a child's).</summary>
    public async Task<SarContent?> CollectAsync(Guid childId, bool withholdConfidentialAddress, CancellationToken ct)
    {
        var child = await db.People.SingleOrDefaultAsync(p => p.Id == childId && p.Kind == PersonKind.Child, ct);
        if (child is null) return null;
        var redactor = new SarRedactor([child.GivenName, child.FamilyName]);

        // Who else the records mention: their names are taken out of free text wherever they appear.
        var memberships = await db.HouseholdMembers.Where(m => m.PersonId == childId).OrderBy(m => m.LinkedAt).ToListAsync(ct);
        var householdIds = memberships.Select(m => m.HouseholdId).Distinct().ToList();
        var coMembers = await db.HouseholdMembers.Where(m => householdIds.Contains(m.HouseholdId) && m.PersonId != childId)
            .OrderBy(m => m.HouseholdId).ThenBy(m => m.Relationship).ThenBy(m => m.Id).ToListAsync(ct);
        var meetingIds = await db.MeetingChildren.Where(m => m.ChildId == childId).Select(m => m.MeetingId).ToListAsync(ct);
        var meetingChildren = await db.MeetingChildren.Where(m => meetingIds.Contains(m.MeetingId))
            .OrderBy(m => m.MeetingId).ThenBy(m => m.ChildId).ToListAsync(ct);
        var consents = await db.Consents.Where(c => c.ChildId == childId).OrderBy(c => c.GivenAt).ToListAsync(ct);
        var others = coMembers.Select(m => m.PersonId).Concat(meetingChildren.Select(m => m.ChildId))
            .Concat(consents.Select(c => c.GivenByPersonId).OfType<Guid>()).Append(child.MotherId ?? childId)
            .Where(id => id != childId).Distinct().ToList();
        foreach (var p in await db.People.AsNoTracking().Where(p => others.Contains(p.Id)).Select(p => new { p.GivenName, p.FamilyName }).ToListAsync(ct))
            redactor.AddThirdParty(p.GivenName, p.FamilyName);
        foreach (var c in consents.Where(c => !IsSelf(c, childId)))
        {
            var parts = c.GivenByName.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            redactor.AddThirdParty(parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1));
        }

        // The child's own record. The mother's id points at another person's record, which is not the child's data.
        Add(redactor, "child", "The child", [Identity], [child], e => ((Person)e).MotherId is not null ? (["MotherId"], SarRedactor.OtherPerson) : null);
        Add(redactor, "disabilities", "Disabilities", [Identity], await db.PersonDisabilities.Where(d => d.PersonId == childId).OrderBy(d => d.Disability).ToListAsync(ct));
        Add(redactor, "identifiers", "Identifiers held by other agencies", [Identity],
            await db.PersonIdentifiers.Where(i => i.PersonId == childId).OrderBy(i => i.Scheme).ThenBy(i => i.Value).ToListAsync(ct));

        // A confidential address is the child's own data, so it is in the child's export (Article 15). It is never copied into
        // any other part — other people's records are withheld whole — and the operator can withhold it where the request is made
        // on the child's behalf by someone it may have to be kept from (DPA 2018 Sch. 3 Part 3 para. 7, serious harm).
        var addresses = await db.Addresses.Where(a => a.PersonId == childId).OrderBy(a => a.ValidFrom).ThenBy(a => a.Id).ToListAsync(ct);
        Add(redactor, "addresses", "Addresses", addresses.Any(a => a.IsConfidential && !withholdConfidentialAddress) ? [InformationCategory.Contact, ConfidentialAddress] : [InformationCategory.Contact],
            addresses, e => withholdConfidentialAddress && ((Address)e).IsConfidential
                ? (["Line1", "Line2", "Town", "Postcode", "Phone"], SarRedactor.ConfidentialAddress) : null);

        // Households: the child's own memberships in full; other members are shown only as a relationship, never who they are.
        Add(redactor, "households", "Households", [Identity], await db.Households.Where(h => householdIds.Contains(h.Id)).OrderBy(h => h.Id).ToListAsync(ct));
        Add(redactor, "householdMembers", "Household memberships", [Identity], memberships.Concat(coMembers).ToList(),
            e => ((HouseholdMember)e).PersonId != childId ? (["PersonId"], SarRedactor.OtherPerson) : null);
        Add(redactor, "householdMatchReviews", "Household matches reviewed by housing", [Identity],
            await db.HouseholdMatchReviews.Where(r => r.CandidatePersonId == childId).OrderBy(r => r.CreatedAt).ToListAsync(ct));

        Add(redactor, "schoolEnrolments", "Schools", [Identity], await db.SchoolEnrolments.Where(e => e.PersonId == childId).OrderBy(e => e.StartDate).ToListAsync(ct));
        Add(redactor, "healthVisiting", "Health visiting", [Identity], await db.HealthVisitingAssignments.Where(e => e.PersonId == childId).OrderBy(e => e.StartDate).ToListAsync(ct));
        Add(redactor, "gpRegistrations", "GP registrations", [Identity], await db.GpRegistrations.Where(e => e.PersonId == childId).OrderBy(e => e.StartDate).ToListAsync(ct));

        Add(redactor, "contacts", "Contacts to the front door", [AssessmentAndCaseNotes], await db.Contacts.Where(c => c.ChildId == childId).OrderBy(c => c.ReceivedAt).ToListAsync(ct));
        Add(redactor, "referrals", "Referrals", [AssessmentAndCaseNotes], await db.Referrals.Where(r => r.ChildId == childId).OrderBy(r => r.ReferralDate).ThenBy(r => r.Id).ToListAsync(ct));
        var assessments = await db.Assessments.Where(a => a.ChildId == childId).OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct);
        var assessmentIds = assessments.Select(a => a.Id).ToList();
        Add(redactor, "assessments", "Assessments", [AssessmentAndCaseNotes], assessments);
        Add(redactor, "assessmentFactors", "Factors identified at assessment", [AssessmentAndCaseNotes],
            await db.AssessmentFactors.Where(f => assessmentIds.Contains(f.AssessmentId)).OrderBy(f => f.AssessmentId).ThenBy(f => f.Factor).ToListAsync(ct));
        Add(redactor, "section47Enquiries", "Section 47 enquiries", [AssessmentAndCaseNotes],
            await db.Section47Enquiries.Where(s => s.ChildId == childId).OrderBy(s => s.StartDate).ThenBy(s => s.Id).ToListAsync(ct));

        var plans = await db.Plans.Where(p => p.ChildId == childId).OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        Add(redactor, "plans", "Plans", [ProtectionStatus, PlanDetail], plans);
        Add(redactor, "careEpisodes", "Episodes of care while looked after (SSDA903)", [PlanDetail],
            await db.CareEpisodes.Where(e => e.ChildId == childId).OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToListAsync(ct));
        Add(redactor, "planReviews", "Plan reviews", [PlanDetail], await db.PlanReviews.Where(r => planIds.Contains(r.PlanId)).OrderBy(r => r.ReviewDate).ThenBy(r => r.Id).ToListAsync(ct));
        Add(redactor, "planMembers", "Named on the plans", [PlanDetail], await db.PlanMembers.Where(m => planIds.Contains(m.PlanId)).OrderBy(m => m.PlanId).ThenBy(m => m.Id).ToListAsync(ct));
        Add(redactor, "planActions", "Plan actions", [PlanDetail], await db.PlanActions.Where(a => planIds.Contains(a.PlanId)).OrderBy(a => a.PlanId).ThenBy(a => a.Id).ToListAsync(ct));

        // Meetings the child was discussed at. A meeting may discuss siblings too: what concerns only another child is withheld.
        var meetings = await db.Meetings.Where(m => meetingIds.Contains(m.Id)).OrderBy(m => m.HeldAt).ThenBy(m => m.Id).ToListAsync(ct);
        var shared = meetingChildren.GroupBy(m => m.MeetingId).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        Add(redactor, "meetings", "Strategy discussions and conferences", [MeetingSchedule, MeetingRecord], meetings,
            e => shared.Contains(((Meeting)e).Id) ? (["DecisionSiblings"], SarRedactor.OtherChild) : null);
        Add(redactor, "meetingChildren", "Children discussed at the meetings", [MeetingSchedule], meetingChildren,
            e => ((MeetingChild)e).ChildId != childId ? (["ChildId"], SarRedactor.OtherChild) : null);
        Add(redactor, "meetingInvitations", "Meeting invitations and attendance", [MeetingSchedule],
            await db.MeetingInvitations.Where(i => meetingIds.Contains(i.MeetingId)).OrderBy(i => i.MeetingId).ThenBy(i => i.Agency).ThenBy(i => i.Id).ToListAsync(ct));
        Add(redactor, "meetingContributions", "Information agencies gave to the meetings", [AgencyContributions],
            await db.MeetingContributions.Where(c => meetingIds.Contains(c.MeetingId)).OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).ToListAsync(ct),
            e => ((MeetingContribution)e).ChildId is { } other && other != childId ? (["ChildId", "Text"], SarRedactor.OtherChild) : null);
        Add(redactor, "meetingActions", "Meeting actions", [MeetingRecord],
            await db.MeetingActions.Where(a => meetingIds.Contains(a.MeetingId)).OrderBy(a => a.MeetingId).ThenBy(a => a.DueDate).ThenBy(a => a.Id).ToListAsync(ct),
            e => ((MeetingAction)e).ChildId is { } other && other != childId ? (["ChildId", "Description"], SarRedactor.OtherChild) : null);

        // The history of each meeting (what changed and when): the record of how the child's meetings were run.
        Add(redactor, "meetingChanges", "Changes to the meetings (the change feed)", [MeetingSchedule],
            await db.MeetingChanges.Where(c => meetingIds.Contains(c.MeetingId)).OrderBy(c => c.Sequence).ToListAsync(ct));

        // Consent given by a parent names the parent: the relationship stays, who it was is withheld unless the child gave it.
        var consentIds = consents.Select(c => c.Id).ToList();
        Add(redactor, "consents", "Consents to share", [AssessmentAndCaseNotes], consents,
            e => IsSelf((ConsentRecord)e, childId) ? null : (["GivenByPersonId", "GivenByName"], SarRedactor.OtherPerson));
        Add(redactor, "consentScopes", "What each consent covers", [AssessmentAndCaseNotes],
            await db.ConsentScopes.Where(s => consentIds.Contains(s.ConsentId)).OrderBy(s => s.ConsentId).ThenBy(s => s.OrganisationId).ThenBy(s => s.Category).ToListAsync(ct));
        Add(redactor, "emergencyAccesses", "Emergency accesses", [AssessmentAndCaseNotes],
            await db.EmergencyAccessGrants.Where(g => g.ChildId == childId).OrderBy(g => g.GrantedAt).ToListAsync(ct));
        Add(redactor, "sharingDecisions", "Decisions to share or not to share", [AssessmentAndCaseNotes],
            await db.SharingDecisions.Where(d => d.ChildId == childId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(ct));
        Add(redactor, "notifications", "Notifications to the case-holding hub", [AssessmentAndCaseNotes],
            await db.Notifications.Where(n => n.ChildId == childId).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct));

        var accesses = await SubjectAccessLog.ReadAsync(db, childId, ct);
        await AddReferencesAsync(redactor, ct);
        return new SarContent(_sections, accesses, redactor.Redactions, withholdConfidentialAddress && addresses.Any(a => a.IsConfidential));
    }

    private static bool IsSelf(ConsentRecord c, Guid childId) => c.Relationship == ConsentRelationship.Self || c.GivenByPersonId == childId;

    private void Add<T>(SarRedactor redactor, string key, string title, InformationCategory[] categories, IReadOnlyList<T> rows,
        Func<object, (string[] Fields, string Reason)?>? withhold = null) where T : class
    {
        var records = new List<SarRecord>(rows.Count);
        foreach (var row in rows)
        {
            var rule = withhold?.Invoke(row);
            var record = rule is { } r ? redactor.Withhold(db, key, row, r.Fields.ToHashSet(), r.Reason) : SarRecords.From(db, row);
            records.Add(redactor.Scrub(key, record));
        }
        _sections.Add(new SarSection(key, title, categories, records));
    }

    /// <summary>
    /// The organisations, practitioners and councils the records and accesses refer to, so a reader can tell who each id is: found
    /// by every id the export shows, not by a list of columns. Practitioners act in their official capacity (DPA 2018 Sch. 2 para. 17).
    /// </summary>
    private async Task AddReferencesAsync(SarRedactor redactor, CancellationToken ct)
    {
        var ids = _sections.SelectMany(s => s.Records).SelectMany(r => r.Fields)
            .Where(f => !f.Redacted && f.Name.EndsWith("Id", StringComparison.Ordinal) && f.Value is string)
            .Select(f => Guid.TryParse((string)f.Value!, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
        var practitioners = await db.Practitioners.Where(p => ids.Contains(p.Id)).OrderBy(p => p.FamilyName).ThenBy(p => p.Id).ToListAsync(ct);
        ids.UnionWith(organisations.Select(o => o.LocalAuthorityId).OfType<Guid>());
        ids.UnionWith(practitioners.Select(p => p.OrganisationId).OfType<Guid>());
        organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(ct);
        Add(redactor, "organisations", "Organisations referred to", [], organisations);
        Add(redactor, "practitioners", "Practitioners referred to", [], practitioners);
        Add(redactor, "localAuthorities", "Councils referred to", [], await db.LocalAuthorities.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Code).ToListAsync(ct));
    }
}
