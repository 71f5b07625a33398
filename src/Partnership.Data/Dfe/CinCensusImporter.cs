using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Dfe;

/// <summary>The outcome of an import: the problems (and nothing stored), or what changed.</summary>
public sealed record CinImportResult(IReadOnlyList<CinProblem> Problems, int Children, int ChildrenAdded, int RowsWritten)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads a council's CIN census file: validates it first (XSD and the hub's rules) and imports nothing if any problem is found;
/// otherwise matches children by (council, LAchildID) and episodes by their dates, in one transaction. Re-importing the same
/// file writes nothing. Information the census does not carry (names, NHS numbers, other agencies' records) is left alone.
/// </summary>
public sealed class CinCensusImporter(PartnershipDbContext db)
{
    public async Task<CinImportResult> ImportAsync(string xml, CancellationToken ct = default)
    {
        var problems = CinCensusValidator.Validate(xml);
        if (problems.Count > 0) return new CinImportResult(problems, 0, 0, 0);

        var doc = XDocument.Parse(xml);
        var code = doc.Root!.Element("Header")!.Element("Source")!.Element("LEA")!.Value.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var la = await db.LocalAuthorities.SingleOrDefaultAsync(l => l.Code == code, ct);
        if (la is null)
        {
            la = new LocalAuthority { Id = Guid.NewGuid(), Code = code, Name = $"Local authority {code}" };
            db.LocalAuthorities.Add(la);
        }

        var childElements = doc.Descendants("Child").ToList();
        var ids = childElements.Select(c => c.Element("ChildIdentifiers")!.Element("LAchildID")!.Value.Trim()).ToList();
        var existing = await db.People
            .Where(p => p.LocalAuthorityId == la.Id && p.LaChildId != null && ids.Contains(p.LaChildId))
            .Include(p => p.Disabilities)
            .Include(p => p.Referrals).ThenInclude(r => r.Assessments).ThenInclude(a => a.Factors)
            .Include(p => p.Referrals).ThenInclude(r => r.Section47Enquiries)
            .Include(p => p.Referrals).ThenInclude(r => r.Plans).ThenInclude(p => p.Reviews)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.LaChildId!, StringComparer.Ordinal, ct);

        var added = 0;
        foreach (var (element, id) in childElements.Zip(ids))
        {
            if (!existing.TryGetValue(id, out var person))
            {
                person = new Person { Id = Guid.NewGuid(), Kind = PersonKind.Child, LocalAuthorityId = la.Id, LaChildId = id };
                db.People.Add(person);
                added++;
            }
            ApplyChild(person, element);
            foreach (var details in element.Elements("CINdetails")) ApplyDetails(person, la, details);
        }
        var written = await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CinImportResult([], childElements.Count, added, written);
    }

    private void ApplyChild(Person p, XElement child)
    {
        var ids = child.Element("ChildIdentifiers")!;
        p.Upn = ids.Element("UPN") is { } upn ? Upn.Parse(upn.Value, "UPN") : null;
        p.FormerUpn = ids.Element("FormerUPN") is { } former ? Upn.Parse(former.Value, "FormerUPN") : null;
        p.UpnUnknown = ids.Element("UPNunknown") is { } unknown ? DfeCode.Parse<UpnUnknownReason>(unknown.Value, "UPNunknown") : null;
        p.DateOfBirth = CinCensusValidator.Date(ids.Element("PersonBirthDate"));
        p.ExpectedDateOfBirth = CinCensusValidator.Date(ids.Element("ExpectedPersonBirthDate"));
        p.DateOfDeath = CinCensusValidator.Date(ids.Element("PersonDeathDate"));
        p.Sex = (Sex)int.Parse(ids.Element("GenderCurrent")!.Value.Trim());
        var characteristics = child.Element("ChildCharacteristics")!;
        p.Ethnicity = DfeCode.Parse<Ethnicity>(characteristics.Element("Ethnicity")!.Value, "Ethnicity");

        var wanted = characteristics.Element("Disabilities")?.Elements("Disability").Select(d => DfeCode.Parse<Disability>(d.Value, "Disability")).ToHashSet() ?? [];
        foreach (var extra in p.Disabilities.Where(d => !wanted.Contains(d.Disability)).ToList())
        {
            p.Disabilities.Remove(extra);
            db.PersonDisabilities.Remove(extra);
        }
        foreach (var missing in wanted.Where(w => p.Disabilities.All(d => d.Disability != w)))
            p.Disabilities.Add(new PersonDisability { PersonId = p.Id, Disability = missing });
    }

    private void ApplyDetails(Person child, LocalAuthority la, XElement details)
    {
        var referralDate = CinCensusValidator.Date(details.Element("CINreferralDate"))!.Value;
        var referral = child.Referrals.FirstOrDefault(r => r.ReferralDate == referralDate);
        if (referral is null)
        {
            referral = new Referral { Id = Guid.NewGuid(), ChildId = child.Id, LocalAuthorityId = la.Id, ReferralDate = referralDate };
            child.Referrals.Add(referral);
        }
        referral.Source = DfeCode.Parse<ReferralSource>(details.Element("ReferralSource")!.Value, "ReferralSource");
        referral.PrimaryNeed = details.Element("PrimaryNeedCode") is { } need ? DfeCode.Parse<PrimaryNeed>(need.Value, "PrimaryNeedCode") : null;
        referral.ClosureDate = CinCensusValidator.Date(details.Element("CINclosureDate"));
        referral.ClosureReason = details.Element("ReasonForClosure") is { } reason ? DfeCode.Parse<ClosureReason>(reason.Value, "ReasonForClosure") : null;
        referral.InitialConferenceDate = CinCensusValidator.Date(details.Element("DateOfInitialCPC"));
        referral.NoFurtherAction = YesNo(details.Element("ReferralNFA")!.Value);

        foreach (var a in details.Elements("Assessments"))
        {
            var start = CinCensusValidator.Date(a.Element("AssessmentActualStartDate"))!.Value;
            var assessment = referral.Assessments.FirstOrDefault(x => x.StartDate == start);
            if (assessment is null)
            {
                assessment = new Assessment { Id = Guid.NewGuid(), ReferralId = referral.Id, ChildId = child.Id, StartDate = start };
                referral.Assessments.Add(assessment);
            }
            assessment.InternalReviewDate = CinCensusValidator.Date(a.Element("AssessmentInternalReviewDate"));
            assessment.AuthorisationDate = CinCensusValidator.Date(a.Element("AssessmentAuthorisationDate"));
            var factors = a.Element("FactorsIdentifiedAtAssessment")?.Elements("AssessmentFactors")
                .Select(f => DfeCode.Parse<AssessmentFactor>(f.Value, "AssessmentFactors")).ToHashSet() ?? [];
            foreach (var extra in assessment.Factors.Where(f => !factors.Contains(f.Factor)).ToList())
            {
                assessment.Factors.Remove(extra);
                db.AssessmentFactors.Remove(extra);
            }
            foreach (var missing in factors.Where(f => assessment.Factors.All(x => x.Factor != f)))
                assessment.Factors.Add(new AssessmentFactorEntry { AssessmentId = assessment.Id, Factor = missing });
        }

        foreach (var cin in details.Elements("CINPlanDates"))
        {
            var plan = PlanFor(child, la, referral, PlanKind.ChildInNeed, CinCensusValidator.Date(cin.Element("CINPlanStartDate"))!.Value);
            plan.EndDate = CinCensusValidator.Date(cin.Element("CINPlanEndDate"));
        }

        foreach (var s in details.Elements("Section47"))
        {
            var start = CinCensusValidator.Date(s.Element("S47ActualStartDate"))!.Value;
            var s47 = referral.Section47Enquiries.FirstOrDefault(x => x.StartDate == start);
            if (s47 is null)
            {
                s47 = new Section47Enquiry { Id = Guid.NewGuid(), ReferralId = referral.Id, ChildId = child.Id, StartDate = start };
                referral.Section47Enquiries.Add(s47);
            }
            s47.InitialConferenceTarget = CinCensusValidator.Date(s.Element("InitialCPCtarget"));
            s47.InitialConferenceDate = CinCensusValidator.Date(s.Element("DateOfInitialCPC"));
            s47.InitialConferenceNotRequired = YesNo(s.Element("ICPCnotRequired")!.Value);
        }

        foreach (var cpp in details.Elements("ChildProtectionPlans"))
        {
            var start = CinCensusValidator.Date(cpp.Element("CPPstartDate"))!.Value;
            // A plan that starts before the child is born is a pre-birth plan.
            var kind = child.DateOfBirth is null || child.DateOfBirth > start ? PlanKind.PreBirth : PlanKind.ChildProtection;
            var plan = PlanFor(child, la, referral, kind, start);
            plan.EndDate = CinCensusValidator.Date(cpp.Element("CPPendDate"));
            plan.InitialCategory = DfeCode.Parse<AbuseCategory>(cpp.Element("InitialCategoryOfAbuse")!.Value, "InitialCategoryOfAbuse");
            plan.LatestCategory = DfeCode.Parse<AbuseCategory>(cpp.Element("LatestCategoryOfAbuse")!.Value, "LatestCategoryOfAbuse");
            plan.NumberOfPreviousPlans = int.Parse(cpp.Element("NumberOfPreviousCPP")!.Value.Trim());
            foreach (var date in cpp.Element("Reviews")?.Elements("CPPreviewDate").Select(e => CinCensusValidator.Date(e)!.Value) ?? [])
                if (plan.Reviews.All(r => r.ReviewDate != date))
                    plan.Reviews.Add(new PlanReview { Id = Guid.NewGuid(), PlanId = plan.Id, ReviewDate = date });
        }
    }

    private static Plan PlanFor(Person child, LocalAuthority la, Referral referral, PlanKind kind, DateOnly start)
    {
        var plan = referral.Plans.FirstOrDefault(p => p.StartDate == start &&
            (p.Kind == kind || (kind is PlanKind.ChildProtection or PlanKind.PreBirth && p.Kind is PlanKind.ChildProtection or PlanKind.PreBirth)));
        if (plan is not null) return plan;
        plan = new Plan { Id = Guid.NewGuid(), Kind = kind, ChildId = child.Id, LocalAuthorityId = la.Id, ReferralId = referral.Id, StartDate = start };
        referral.Plans.Add(plan);
        return plan;
    }

    private static bool YesNo(string value) => value.Trim() is "true" or "TRUE" or "1";
}
