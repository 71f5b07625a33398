using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Policy;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// <c>setCaseloadRange</c>: a social care team manager sets (or clears) the caseload range of a hub, or of one case holder of a
/// hub, in the manager's councils. Every problem is a user error and nothing is stored then; a change is stored with its trail
/// (<see cref="CaseloadRangeChange"/>: who, when, from what) in one save.
/// </summary>
internal static class CaseloadRanges
{
    /// <summary>The token role that manages caseloads (social care's team managers).</summary>
    public const string ManagerRole = "TeamManager";

    internal sealed record Payload(Guid? HubId, Guid? PractitionerId, int? Min, int? Max, IReadOnlyList<UserError> Errors)
    {
        public static Payload Failed(List<UserError> errors) => new(null, null, null, null, errors);
    }

    public static void AddMutationFields(ObjectTypeBuilder t, ObjectType userError)
    {
        var payload = new ObjectType("SetCaseloadRangePayload", b =>
        {
            b.Field("hubId", Scalars.ID, "The hub whose range changed, or the worker's hub.").Resolve<Payload>(p => p.HubId?.ToString());
            b.Field("practitionerId", Scalars.ID, "The worker whose range changed (null for a hub's).").Resolve<Payload>(p => p.PractitionerId?.ToString());
            b.Field("caseloadMin", Scalars.Int).Resolve<Payload>(p => p.Min);
            b.Field("caseloadMax", Scalars.Int).Resolve<Payload>(p => p.Max);
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
        });
        var input = new InputObjectType("SetCaseloadRangeInput", b => b
            .Field("hubId", Scalars.ID, "A hub (hubCaseloads' id); give this or practitionerId.")
            .Field("practitionerId", Scalars.ID, "A case holder of a hub (practitioners' id); give this or hubId.")
            .Field("min", Scalars.Int, "At least 0; with max. Both null: clear (a worker then works to the role's default).")
            .Field("max", Scalars.Int, $"At least min and 1, at most {CaseloadRoleDefault.MaxBound}; a newly qualified worker's at most the protected maximum."));
        AuditedFields.Mutation(t, "setCaseloadRange", payload.NonNull(), async (ctx, _) =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw JourneyQueries.Unauthenticated();
                return await SetAsync(ctx, caller, (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!);
            })
            .Description("Social care team managers: sets or clears the caseload range of a hub or of one of its case holders.")
            .Argument("input", input.NonNull());
    }

    private static async Task<Payload> SetAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input)
    {
        if (caller.Agency != Agency.SocialCare || !caller.IsInRole(ManagerRole))
            return Payload.Failed([new(HubSchema.Codes.Forbidden, "Only a social care team manager sets caseload ranges.", ["input"])]);
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var hubText = input.GetValueOrDefault("hubId") as string;
        var workerText = input.GetValueOrDefault("practitionerId") as string;
        if ((hubText is null) == (workerText is null))
            errors.Add(new("TARGET_REQUIRED", "Name either a hub or a practitioner.", ["input"]));
        var min = input.GetValueOrDefault("min") as int?;
        var max = input.GetValueOrDefault("max") as int?;
        if ((min is null) != (max is null))
            errors.Add(new("RANGE_INCOMPLETE", "Give both min and max, or neither to clear the range.", ["input", min is null ? "min" : "max"]));
        if (min < 0) errors.Add(new("OUT_OF_BOUNDS", "min must be at least 0.", ["input", "min"]));
        if (max is < 1 or > CaseloadRoleDefault.MaxBound) errors.Add(new("OUT_OF_BOUNDS", $"max must be from 1 to {CaseloadRoleDefault.MaxBound}.", ["input", "max"]));
        if (min > max) errors.Add(new("MIN_ABOVE_MAX", "min must not be above max.", ["input", "min"]));

        var councils = caller.Councils;
        Organisation? hub = null;
        Practitioner? worker = null;
        if (hubText is not null && workerText is null)
        {
            hub = Guid.TryParse(hubText, out var id)
                ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.SocialCareHub && councils.Contains(o.LocalAuthority!.Code), ctx.CancellationToken)
                : null;
            if (hub is null) errors.Add(new("NOT_FOUND", "There is no hub with this id in your councils.", ["input", "hubId"]));
        }
        else if (workerText is not null && hubText is null)
        {
            worker = Guid.TryParse(workerText, out var id)
                ? await db.Practitioners.FirstOrDefaultAsync(p => p.Id == id && p.Organisation!.Kind == OrganisationKind.SocialCareHub
                    && councils.Contains(p.Organisation.LocalAuthority!.Code), ctx.CancellationToken)
                : null;
            if (worker is null) errors.Add(new("NOT_FOUND", "There is no worker of a hub with this id in your councils.", ["input", "practitionerId"]));
            else if (!Caseloads.CaseHolders.Contains(worker.Role))
                errors.Add(new("NOT_A_CASE_HOLDER", "Only social workers and consultant social workers hold cases.", ["input", "practitionerId"]));
            else if (max is { } hi && worker.IsNewlyQualifiedOn(caller.Today)
                && await db.CaseloadRoleDefaults.FirstOrDefaultAsync(d => d.Role == worker.Role && d.NewlyQualified, ctx.CancellationToken) is { } protectedRange
                && hi > protectedRange.Max)
                errors.Add(new("ABOVE_PROTECTED_MAXIMUM", $"The worker is newly qualified (ASYE): their maximum is at most {protectedRange.Max}.", ["input", "max"]));
        }
        if (errors.Count > 0) return Payload.Failed(errors);

        var change = new CaseloadRangeChange
        {
            Id = Guid.NewGuid(), OrganisationId = hub?.Id ?? worker!.OrganisationId!.Value, PractitionerId = worker?.Id,
            PreviousMin = hub?.CaseloadMin ?? worker!.CaseloadMin, PreviousMax = hub?.CaseloadMax ?? worker!.CaseloadMax,
            Min = min, Max = max, ChangedBy = caller.Subject, ChangedAt = caller.Now,
        };
        if (hub is not null) (hub.CaseloadMin, hub.CaseloadMax) = (min, max);
        else (worker!.CaseloadMin, worker.CaseloadMax) = (min, max);
        db.CaseloadRangeChanges.Add(change);
        await db.SaveChangesAsync(ctx.CancellationToken);
        return new Payload(change.OrganisationId, change.PractitionerId, min, max, []);
    }
}
