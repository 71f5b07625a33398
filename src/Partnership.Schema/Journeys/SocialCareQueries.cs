using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Children's social care's management views: initial conferences due (15 working days after the strategy discussion that
/// started the section 47 enquiry) with the overdue ones, and hubs' caseloads against their range with alerts. Social care
/// only, over the children its councils hold (the policy's child row rule).
/// </summary>
internal static class SocialCareQueries
{
    public const int MaxRows = 500;

    internal sealed record ConferenceDue(Guid ChildId, string? ChildName, string LocalAuthority, DateOnly EnquiryStarted, DateOnly DueOn, int WorkingDaysLate);

    internal sealed record HubCaseload(Guid HubId, string Name, string LocalAuthority, int Open, int? Min, int? Max, IReadOnlyList<PractitionerCaseload> Practitioners)
    {
        public string Status => Max is { } max && Open > max ? "ABOVE_RANGE" : Min is { } min && Open < min ? "BELOW_RANGE" : "IN_RANGE";
    }

    internal sealed record PractitionerCaseload(string Name, string Role, int Open);

    public static readonly IReadOnlyDictionary<string, Enum> Categories = new Dictionary<string, Enum>
    {
        ["ConferenceDue"] = InformationCategory.AssessmentAndCaseNotes,
        ["HubCaseload"] = InformationCategory.AssessmentAndCaseNotes,
        ["PractitionerCaseload"] = InformationCategory.AssessmentAndCaseNotes,
    };

    public static void AddFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var due = new ObjectType("ConferenceDue", b =>
        {
            b.Field("childId", Scalars.ID.NonNull(), "The child's global id.").Resolve<ConferenceDue>(d => GlobalId.Encode(HubEntities.Child, d.ChildId));
            b.Field("childName", Scalars.String).Resolve<ConferenceDue>(d => d.ChildName);
            b.Field("localAuthority", Scalars.String.NonNull()).Resolve<ConferenceDue>(d => d.LocalAuthority);
            b.Field("enquiryStarted", DataScalars.Date.NonNull(), "The strategy discussion that started the section 47 enquiry.").Resolve<ConferenceDue>(d => d.EnquiryStarted);
            b.Field("dueOn", DataScalars.Date.NonNull(), "15 working days later (England's bank holidays excluded).").Resolve<ConferenceDue>(d => d.DueOn);
            b.Field("overdue", Scalars.Boolean.NonNull()).Resolve<ConferenceDue>(d => d.WorkingDaysLate > 0);
            b.Field("workingDaysLate", Scalars.Int.NonNull(), "Working days past the due date today (0 when not yet due).").Resolve<ConferenceDue>(d => d.WorkingDaysLate);
        })
        { Description = "An initial child protection conference not yet held for an open section 47 enquiry." };
        AuditedFields.ChildList<ConferenceDue>(t, "initialConferencesDue", due.NonNull().List().NonNull(), InformationCategory.AssessmentAndCaseNotes, async ctx =>
            {
                var caller = AccessLog.SocialCareOnly(ctx, "initial conferences due");
                var overdueOnly = ctx.GetArgument<bool>("overdueOnly");
                var db = HubEntities.Db(ctx);
                var children = db.People.Where(SharingPolicy.ChildRow(caller));
                var rows = await db.Section47Enquiries.AsNoTracking()
                    .Where(s => s.InitialConferenceDate == null && !s.InitialConferenceNotRequired && s.EndDate == null)
                    .Where(s => children.Any(p => p.Id == s.ChildId))
                    .Select(s => new { s.ChildId, s.Child!.GivenName, s.Child.FamilyName, s.Child.LocalAuthority!.Code, s.StartDate, s.InitialConferenceTarget })
                    .ToListAsync(ctx.CancellationToken);
                var today = caller.Today;
                return rows.Select(r =>
                {
                    var dueOn = r.InitialConferenceTarget ?? WorkingDays.InitialConferenceDue(r.StartDate);
                    var late = today > dueOn ? WorkingDays.Between(dueOn, today) : 0;
                    return new ConferenceDue(r.ChildId, $"{r.GivenName} {r.FamilyName}".Trim(), r.Code, r.StartDate, dueOn, late);
                }).Where(d => !overdueOnly || d.WorkingDaysLate > 0).OrderBy(d => d.DueOn).ThenBy(d => d.ChildId).Take(MaxRows).ToList();
            }, d => d.ChildId)
            .Description("Social care: initial conferences still to hold, earliest due first.")
            .Argument("overdueOnly", Scalars.Boolean, false);

        var practitioner = new ObjectType("PractitionerCaseload", b =>
        {
            b.Field("name", Scalars.String.NonNull()).Resolve<PractitionerCaseload>(p => p.Name);
            b.Field("role", Scalars.String.NonNull()).Resolve<PractitionerCaseload>(p => p.Role);
            b.Field("openCases", Scalars.Int.NonNull(), "Children with an open plan led by this practitioner.").Resolve<PractitionerCaseload>(p => p.Open);
        })
        { Description = "A practitioner's caseload." };
        var caseload = new ObjectType("HubCaseload", b =>
        {
            b.Field("id", Scalars.ID.NonNull()).Resolve<HubCaseload>(h => h.HubId.ToString());
            b.Field("name", Scalars.String.NonNull()).Resolve<HubCaseload>(h => h.Name);
            b.Field("localAuthority", Scalars.String.NonNull()).Resolve<HubCaseload>(h => h.LocalAuthority);
            b.Field("openCases", Scalars.Int.NonNull(), "Children whose case the hub holds.").Resolve<HubCaseload>(h => h.Open);
            b.Field("caseloadMin", Scalars.Int).Resolve<HubCaseload>(h => h.Min);
            b.Field("caseloadMax", Scalars.Int).Resolve<HubCaseload>(h => h.Max);
            b.Field("status", Scalars.String.NonNull(), "IN_RANGE, ABOVE_RANGE (an alert) or BELOW_RANGE.").Resolve<HubCaseload>(h => h.Status);
            b.Field("practitioners", practitioner.NonNull().List().NonNull()).Resolve<HubCaseload>(h => h.Practitioners);
        })
        { Description = "A social work hub's caseload against its range." };
        AuditedFields.NoChild(t, "hubCaseloads", caseload.NonNull().List().NonNull(), JourneyQueries.CountsOnly, async ctx =>
            {
                var caller = AccessLog.SocialCareOnly(ctx, "hub caseloads");
                var alertsOnly = ctx.GetArgument<bool>("alertsOnly");
                var db = HubEntities.Db(ctx);
                var councils = caller.Councils;
                var today = caller.Today;
                var children = db.People.Where(SharingPolicy.ChildRow(caller));
                // Three statements: hubs, open cases per hub, open plans per lead practitioner.
                var hubs = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SocialCareHub && councils.Contains(o.LocalAuthority!.Code))
                    .Select(o => new { o.Id, o.Name, o.LocalAuthority!.Code, o.CaseloadMin, o.CaseloadMax }).ToListAsync(ctx.CancellationToken);
                var open = await children.Where(p => p.CaseHoldingHubId != null).GroupBy(p => p.CaseHoldingHubId!.Value)
                    .Select(g => new { Hub = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Hub, g => g.Count, ctx.CancellationToken);
                var lead = await db.Plans.Where(p => p.LeadPractitionerId != null && Period.IsOpen(p.StartDate, p.EndDate, today) && children.Any(c => c.Id == p.ChildId))
                    .GroupBy(p => new { p.LeadPractitionerId, p.LeadPractitioner!.OrganisationId, p.LeadPractitioner.GivenName, p.LeadPractitioner.FamilyName, p.LeadPractitioner.Role })
                    .Select(g => new { g.Key.OrganisationId, g.Key.GivenName, g.Key.FamilyName, g.Key.Role, Count = g.Select(p => p.ChildId).Distinct().Count() })
                    .ToListAsync(ctx.CancellationToken);
                return hubs.Select(h => new HubCaseload(h.Id, h.Name, h.Code, open.GetValueOrDefault(h.Id), h.CaseloadMin, h.CaseloadMax,
                        lead.Where(l => l.OrganisationId == h.Id).OrderByDescending(l => l.Count).ThenBy(l => l.FamilyName, StringComparer.Ordinal)
                            .Select(l => new PractitionerCaseload($"{l.GivenName} {l.FamilyName}", l.Role.ToString(), l.Count)).ToList()))
                    .Where(h => !alertsOnly || h.Status == "ABOVE_RANGE")
                    .OrderBy(h => h.LocalAuthority, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
            })
            .Description("Social care: each hub of the caller's councils with its caseload, per practitioner, against the hub's range.")
            .Argument("alertsOnly", Scalars.Boolean, false, "Only hubs above their range.");
    }
}
