using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;

namespace Partnership.Data.Dfe;

/// <summary>
/// Writes a council's CIN census return for a collection year: children with an episode of need open at any time from 1 April of the
/// previous year to 31 March (the reference date), with what was known on the reference date. Deterministic: the same data gives
/// the same bytes.
/// </summary>
public sealed class CinCensusExporter(PartnershipDbContext db)
{
    public async Task<string> ExportAsync(string councilCode, int year, DateTimeOffset generatedAt, CancellationToken ct = default)
    {
        var la = await db.LocalAuthorities.AsNoTracking().SingleOrDefaultAsync(l => l.Code == councilCode, ct)
            ?? throw new ArgumentException($"No local authority with code {councilCode}.", nameof(councilCode));
        var reference = new DateOnly(year, 3, 31);
        var start = new DateOnly(year - 1, 4, 1);

        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.LocalAuthorityId == la.Id && r.ReferralDate <= reference && (r.ClosureDate == null || r.ClosureDate >= start))
            .Include(r => r.Assessments.Where(a => a.StartDate <= reference)).ThenInclude(a => a.Factors)
            .Include(r => r.Section47Enquiries.Where(s => s.StartDate <= reference))
            .Include(r => r.Plans.Where(p => p.StartDate <= reference && (p.Kind == PlanKind.ChildInNeed || p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth)))
                .ThenInclude(p => p.Reviews.Where(v => v.ReviewDate <= reference))
            .AsSplitQuery()
            .ToListAsync(ct);
        var childIds = referrals.Select(r => r.ChildId).Distinct().ToList();
        var children = await db.People.AsNoTracking().Where(p => childIds.Contains(p.Id)).Include(p => p.Disabilities).ToListAsync(ct);

        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("Message");
            w.WriteStartElement("Header");
            w.WriteStartElement("CollectionDetails");
            w.WriteElementString("Collection", "CIN");
            w.WriteElementString("Year", year.ToString(CultureInfo.InvariantCulture));
            w.WriteElementString("ReferenceDate", D(reference));
            w.WriteEndElement();
            w.WriteStartElement("Source");
            w.WriteElementString("SourceLevel", "L");
            w.WriteElementString("LEA", la.Code);
            w.WriteElementString("SoftwareCode", "Partnership hub");
            w.WriteElementString("Release", "1");
            w.WriteElementString("SerialNo", "001");
            w.WriteElementString("DateTime", generatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("Children");
            var byChild = referrals.ToLookup(r => r.ChildId);
            foreach (var child in children.Where(c => c.LaChildId is not null).OrderBy(c => c.LaChildId, StringComparer.Ordinal))
                WriteChild(w, child, byChild[child.Id].OrderBy(r => r.ReferralDate), reference);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return sb.ToString();
    }

    private static void WriteChild(XmlWriter w, Person c, IEnumerable<Referral> referrals, DateOnly reference)
    {
        w.WriteStartElement("Child");
        w.WriteStartElement("ChildIdentifiers");
        w.WriteElementString("LAchildID", c.LaChildId);
        if (c.Upn is { } upn) w.WriteElementString("UPN", upn.Value);
        if (c.FormerUpn is { } former) w.WriteElementString("FormerUPN", former.Value);
        if (c.UpnUnknown is { } unknown) w.WriteElementString("UPNunknown", unknown.ToCode());
        if (c.DateOfBirth is { } dob && dob <= reference) w.WriteElementString("PersonBirthDate", D(dob));
        if (c.ExpectedDateOfBirth is { } edd && (c.DateOfBirth is null || c.DateOfBirth > reference)) w.WriteElementString("ExpectedPersonBirthDate", D(edd));
        var born = c.DateOfBirth is { } b && b <= reference;
        w.WriteElementString("GenderCurrent", ((int)(born ? c.Sex : Sex.NotRecorded)).ToString(CultureInfo.InvariantCulture));
        if (c.DateOfDeath is { } dod && dod <= reference) w.WriteElementString("PersonDeathDate", D(dod));
        w.WriteEndElement();
        w.WriteStartElement("ChildCharacteristics");
        w.WriteElementString("Ethnicity", (c.Ethnicity ?? Ethnicity.NotObtained).ToCode());
        if (c.Disabilities.Count > 0)
        {
            w.WriteStartElement("Disabilities");
            foreach (var d in c.Disabilities.Select(d => d.Disability.ToCode()).Order(StringComparer.Ordinal)) w.WriteElementString("Disability", d);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        foreach (var r in referrals) WriteDetails(w, r, reference);
        w.WriteEndElement();
    }

    private static void WriteDetails(XmlWriter w, Referral r, DateOnly reference)
    {
        static DateOnly? Known(DateOnly? d, DateOnly reference) => d <= reference ? d : null;
        var closed = Known(r.ClosureDate, reference);
        w.WriteStartElement("CINdetails");
        w.WriteElementString("CINreferralDate", D(r.ReferralDate));
        w.WriteElementString("ReferralSource", r.Source.ToCode());
        if (r.PrimaryNeed is { } need) w.WriteElementString("PrimaryNeedCode", need.ToCode());
        if (closed is { } c)
        {
            w.WriteElementString("CINclosureDate", D(c));
            if (r.ClosureReason is { } reason) w.WriteElementString("ReasonForClosure", reason.ToCode());
        }
        if (Known(r.InitialConferenceDate, reference) is { } icpc) w.WriteElementString("DateOfInitialCPC", D(icpc));
        foreach (var a in r.Assessments.OrderBy(a => a.StartDate))
        {
            w.WriteStartElement("Assessments");
            w.WriteElementString("AssessmentActualStartDate", D(a.StartDate));
            if (Known(a.InternalReviewDate, reference) is { } review) w.WriteElementString("AssessmentInternalReviewDate", D(review));
            if (Known(a.AuthorisationDate, reference) is { } auth) w.WriteElementString("AssessmentAuthorisationDate", D(auth));
            if (a.Factors.Count > 0)
            {
                w.WriteStartElement("FactorsIdentifiedAtAssessment");
                foreach (var f in a.Factors.Select(f => f.Factor.ToCode()).Order(StringComparer.Ordinal)) w.WriteElementString("AssessmentFactors", f);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        foreach (var p in r.Plans.Where(p => p.Kind == PlanKind.ChildInNeed).OrderBy(p => p.StartDate))
        {
            w.WriteStartElement("CINPlanDates");
            w.WriteElementString("CINPlanStartDate", D(p.StartDate));
            if (Known(p.EndDate, reference) is { } end) w.WriteElementString("CINPlanEndDate", D(end));
            w.WriteEndElement();
        }
        foreach (var s in r.Section47Enquiries.OrderBy(s => s.StartDate))
        {
            w.WriteStartElement("Section47");
            w.WriteElementString("S47ActualStartDate", D(s.StartDate));
            if (s.InitialConferenceTarget is { } target) w.WriteElementString("InitialCPCtarget", D(target));
            if (Known(s.InitialConferenceDate, reference) is { } held) w.WriteElementString("DateOfInitialCPC", D(held));
            w.WriteElementString("ICPCnotRequired", s.InitialConferenceNotRequired ? "true" : "false");
            w.WriteEndElement();
        }
        w.WriteElementString("ReferralNFA", r.NoFurtherAction ? "true" : "false");
        foreach (var p in r.Plans.Where(p => p.Kind is PlanKind.ChildProtection or PlanKind.PreBirth).OrderBy(p => p.StartDate))
        {
            w.WriteStartElement("ChildProtectionPlans");
            w.WriteElementString("CPPstartDate", D(p.StartDate));
            if (Known(p.EndDate, reference) is { } end) w.WriteElementString("CPPendDate", D(end));
            w.WriteElementString("InitialCategoryOfAbuse", (p.InitialCategory ?? p.LatestCategory ?? AbuseCategory.Multiple).ToCode());
            w.WriteElementString("LatestCategoryOfAbuse", (p.LatestCategory ?? p.InitialCategory ?? AbuseCategory.Multiple).ToCode());
            // The 2024 XSD types this as xs:positiveInteger, so a first plan (0 previous) cannot be written as 0.
            w.WriteElementString("NumberOfPreviousCPP", Math.Max(1, p.NumberOfPreviousPlans ?? 0).ToString(CultureInfo.InvariantCulture));
            if (p.Reviews.Count > 0)
            {
                w.WriteStartElement("Reviews");
                foreach (var v in p.Reviews.Select(v => v.ReviewDate).Distinct().Order()) w.WriteElementString("CPPreviewDate", D(v));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
