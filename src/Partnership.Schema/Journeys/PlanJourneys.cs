using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Social care starts and ends plans, and lists child protection plans whose review conference is due (3 months after the
/// ICPC, then every 6 months) with the overdue ones. Same mutation convention as the other journeys.
/// </summary>
internal static class PlanJourneys
{
    internal sealed record PlanPayload(Guid? PlanId, IReadOnlyList<UserError> Errors);

    internal sealed record ReviewDue(Guid PlanId, Guid ChildId, string LocalAuthority, DateOnly PlanStart, DateOnly? LastReview, DateOnly DueOn, bool Overdue);

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        ObjectType Payload(string name) => new(name, b =>
        {
            AuditedFields.Lookup(b, "plan", hub.PlanType, ctx => HubEntities.Db(ctx).Plans.Where(p => p.Id == ((PlanPayload)ctx.Source!).PlanId));
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<PlanPayload>(p => p.Errors);
        });
        var start = new InputObjectType("StartPlanInput", b => b
            .Field("childId", Scalars.ID.NonNull())
            .Field("kind", data.EnumFor(typeof(PlanKind)).NonNull())
            .Field("start", DataScalars.Date.NonNull())
            .Field("category", hub.AbuseCategoryType, "Child protection and pre-birth plans only (required for them).")
            .Field("objectives", Scalars.String));
        AuditedFields.Mutation(t, "startPlan", Payload("StartPlanPayload").NonNull(), (ctx, audit) => Run(ctx, audit, StartAsync))
            .Description("Social care: starts a plan for a child (one open plan of a kind at a time).")
            .Argument("input", start.NonNull());
        var end = new InputObjectType("EndPlanInput", b => b.Field("planId", Scalars.ID.NonNull()).Field("end", DataScalars.Date.NonNull()));
        AuditedFields.Mutation(t, "endPlan", Payload("EndPlanPayload").NonNull(), (ctx, audit) => Run(ctx, audit, EndAsync))
            .Description("Social care: ends an open plan.")
            .Argument("input", end.NonNull());
    }

    public static void AddQueryFields(ObjectTypeBuilder t)
    {
        var due = new ObjectType("ReviewConferenceDue", b =>
        {
            b.Field("planId", Scalars.ID.NonNull()).Resolve<ReviewDue>(d => GlobalId.Encode(HubEntities.Plan, d.PlanId));
            b.Field("childId", Scalars.ID.NonNull()).Resolve<ReviewDue>(d => GlobalId.Encode(HubEntities.Child, d.ChildId));
            b.Field("localAuthority", Scalars.String.NonNull()).Resolve<ReviewDue>(d => d.LocalAuthority);
            b.Field("planStart", DataScalars.Date.NonNull(), "The initial conference (the plan's start).").Resolve<ReviewDue>(d => d.PlanStart);
            b.Field("lastReview", DataScalars.Date).Resolve<ReviewDue>(d => d.LastReview);
            b.Field("dueOn", DataScalars.Date.NonNull()).Resolve<ReviewDue>(d => d.DueOn);
            b.Field("overdue", Scalars.Boolean.NonNull()).Resolve<ReviewDue>(d => d.Overdue);
        })
        { Description = "The next review conference of an open child protection (or pre-birth) plan." };
        AuditedFields.ChildList<ReviewDue>(t, "reviewConferencesDue", due.NonNull().List().NonNull(), InformationCategory.ProtectionStatus, async ctx =>
            {
                var caller = AccessLog.SocialCareOnly(ctx, "review conferences due");
                var overdueOnly = ctx.GetArgument<bool>("overdueOnly");
                var before = ctx.Arguments.GetValueOrDefault("dueBefore") as DateOnly?;
                var db = HubEntities.Db(ctx);
                var today = caller.Today;
                var children = db.People.Where(SharingPolicy.ChildRow(caller));
                var rows = await db.Plans.AsNoTracking()
                    .Where(p => (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth) && Period.IsOpen(p.StartDate, p.EndDate, today))
                    .Where(p => children.Any(c => c.Id == p.ChildId))
                    .Select(p => new { p.Id, p.ChildId, p.LocalAuthority!.Code, p.StartDate, Last = p.Reviews.Max(r => (DateOnly?)r.ReviewDate) })
                    .ToListAsync(ctx.CancellationToken);
                return rows.Select(r =>
                    {
                        var dueOn = WorkingDays.NextReviewDue(r.StartDate, r.Last);
                        return new ReviewDue(r.Id, r.ChildId, r.Code, r.StartDate, r.Last, dueOn, dueOn < today);
                    })
                    .Where(d => (!overdueOnly || d.Overdue) && (before is null || d.DueOn <= before))
                    .OrderBy(d => d.DueOn).ThenBy(d => d.PlanId).Take(SocialCareQueries.MaxRows).ToList();
            }, d => d.ChildId)
            .Description("Social care: open child protection plans with their next review date, earliest first.")
            .Argument("overdueOnly", Scalars.Boolean, false)
            .Argument("dueBefore", DataScalars.Date, "Only reviews due on or before this day.");
    }

    private static async Task<object?> Run(IResolveFieldContext ctx, FieldAudit audit,
        Func<IResolveFieldContext, HubCaller, IReadOnlyDictionary<string, object?>, FieldAudit, Task<PlanPayload>> body)
    {
        var caller = HubSchema.Caller(ctx) ?? throw JourneyQueries.Unauthenticated();
        if (caller.Agency != Agency.SocialCare) return new PlanPayload(null, [new UserError(HubSchema.Codes.Forbidden, "Only children's social care does this.", ["input"])]);
        return await body(ctx, caller, (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!, audit);
    }

    private static async Task<PlanPayload> StartAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var key = JourneyMutations.DecodeId((string)input["childId"]!, HubEntities.Child);
        var child = key is null ? null : await db.People.Where(p => p.Id == key).Where(SharingPolicy.ChildRow(caller))
            .Select(p => new { p.Id, p.LocalAuthorityId, p.CaseHoldingHubId }).FirstOrDefaultAsync(ctx.CancellationToken);
        if (child is null) errors.Add(new("NOT_FOUND", "There is no child with this id.", ["input", "childId"]));
        var kind = (PlanKind)input["kind"]!;
        var startOn = (DateOnly)input["start"]!;
        if (startOn > caller.Today.AddDays(7) || startOn < caller.Today.AddYears(-1))
            errors.Add(new("INVALID_DATE", "start must be within the last year and at most a week ahead.", ["input", "start"]));
        var category = input.GetValueOrDefault("category") as AbuseCategory?;
        var protection = kind is PlanKind.ChildProtection or PlanKind.PreBirth;
        if (protection && category is null) errors.Add(new("CATEGORY_REQUIRED", "A child protection or pre-birth plan needs a category of abuse.", ["input", "category"]));
        if (!protection && category is not null) errors.Add(new("INVALID_CATEGORY", "Only child protection and pre-birth plans have a category of abuse.", ["input", "category"]));
        if (child is not null && await db.Plans.AnyAsync(p => p.ChildId == child.Id && p.Kind == kind && p.EndDate == null, ctx.CancellationToken))
            errors.Add(new("ALREADY_OPEN", "The child already has an open plan of this kind.", ["input", "kind"]));
        if (errors.Count > 0) return new PlanPayload(null, errors);

        var previous = protection ? await db.Plans.CountAsync(p => p.ChildId == child!.Id && (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth), ctx.CancellationToken) : (int?)null;
        var plan = new Plan
        {
            Id = Guid.NewGuid(), ChildId = child!.Id, LocalAuthorityId = child.LocalAuthorityId!.Value, Kind = kind, StartDate = startOn,
            InitialCategory = category, LatestCategory = category, NumberOfPreviousPlans = previous,
            OwningHubId = child.CaseHoldingHubId ?? caller.OrganisationId, LeadPractitionerId = await JourneyMutations.PractitionerAsync(db, caller, ctx.CancellationToken),
            Objectives = (input.GetValueOrDefault("objectives") as string)?.Trim() is { Length: > 0 } o ? o : null,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        audit.Child(plan.ChildId, InformationCategory.ProtectionStatus);
        return new PlanPayload(plan.Id, []);
    }

    private static async Task<PlanPayload> EndAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var db = HubEntities.Db(ctx);
        var key = JourneyMutations.DecodeId((string)input["planId"]!, HubEntities.Plan);
        var children = db.People.Where(SharingPolicy.ChildRow(caller));
        var plan = key is null ? null : await db.Plans.Where(p => p.Id == key && children.Any(c => c.Id == p.ChildId)).FirstOrDefaultAsync(ctx.CancellationToken);
        UserError Error(string code, string message, string field) => new(code, message, ["input", field]);
        if (plan is null) return new PlanPayload(null, [Error("NOT_FOUND", "There is no plan with this id.", "planId")]);
        if (plan.EndDate is not null) return new PlanPayload(null, [Error("ALREADY_ENDED", $"This plan ended on {plan.EndDate:yyyy-MM-dd}.", "planId")]);
        var endOn = (DateOnly)input["end"]!;
        if (endOn < plan.StartDate) return new PlanPayload(null, [Error("INVALID_DATE", "end cannot be before the plan's start.", "end")]);
        if (endOn > caller.Today) return new PlanPayload(null, [Error("INVALID_DATE", "end cannot be in the future.", "end")]);
        plan.EndDate = endOn;
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        audit.Child(plan.ChildId, InformationCategory.ProtectionStatus);
        return new PlanPayload(plan.Id, []);
    }
}
