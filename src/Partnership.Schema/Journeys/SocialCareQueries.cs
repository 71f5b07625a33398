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
/// started the section 47 enquiry) with the overdue ones, and hubs' caseloads against their range with alerts (<see cref="Caseloads"/>). Social care
/// only, over the children its councils hold (the policy's child row rule).
/// </summary>
internal static class SocialCareQueries
{
    public const int MaxRows = 500;

    internal sealed record ConferenceDue(Guid ChildId, string? ChildName, string LocalAuthority, DateOnly EnquiryStarted, DateOnly DueOn, int WorkingDaysLate);

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

        AuditedFields.NoChild(t, "hubCaseloads", Caseloads.HubCaseloadType().NonNull().List().NonNull(), JourneyQueries.CountsOnly, async ctx =>
            {
                var caller = AccessLog.SocialCareOnly(ctx, "hub caseloads");
                var alertsOnly = ctx.GetArgument<bool>("alertsOnly");
                var outsideRangeOnly = ctx.GetArgument<bool>("outsideRangeOnly");
                var hubs = await Caseloads.LoadAsync(ctx, caller);
                return hubs.Where(h => !alertsOnly || h.Status == Caseloads.AboveRange)
                    .Where(h => !outsideRangeOnly || h.OutsideRange || h.Practitioners.Any(p => p.OutsideRange)).ToList();
            })
            .Description("Social care: each hub of the caller's councils with its caseload, per practitioner, against the hub's and each worker's range.")
            .Argument("alertsOnly", Scalars.Boolean, false, "Only hubs above their range.")
            .Argument("outsideRangeOnly", Scalars.Boolean, false, "Only hubs outside their range or with a worker outside theirs.");
    }
}
