using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Policy;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema;

/// <summary>
/// <c>recordSharingDecision</c>: records a decision to share, or not to share, a category of a child's information with an
/// organisation. Same convention as the hub's other mutations: one input object, a payload with the result and
/// <c>errors: [UserError!]!</c>, every input checked before anything is written. Who decided and when come from the token
/// and the request's clock. The record does not itself open or close access: consent and emergency access do that.
/// </summary>
internal static class SharingDecisionMutation
{
    public const int MaxReasonLength = HubMutations.MaxReasonLength;
    private const string Field = "recordSharingDecision";

    private sealed record Payload(Guid? Id, IReadOnlyList<UserError> Errors);

    public static void AddFields(ObjectTypeBuilder t, SharingDecisions decisions, ObjectType userError)
    {
        var data = decisions.Type.Schema;
        var input = new InputObjectType("RecordSharingDecisionInput", b => b
            .Field("shared", Scalars.Boolean.NonNull(), "True for a decision to share, false for a decision not to share.")
            .Field("category", data.EnumFor(typeof(InformationCategory)).NonNull(), "What: the category of information decided on.")
            .Field("childId", Scalars.ID, "The child's global id; omit for a decision about no particular child.")
            .Field("recipientOrganisationId", Scalars.ID.NonNull(), "With whom: the recipient organisation's id (sharing is with an organisation, never a whole agency).")
            .Field("reason", Scalars.String.NonNull(), $"Why (1 to {MaxReasonLength} characters).")
            .Field("route", data.EnumFor(typeof(SharingRoute)), "The route a share is made by (required to share, not REFUSED); omit for a decision not to share."));
        var payload = new ObjectType("RecordSharingDecisionPayload", b =>
        {
            AuditedFields.Lookup(b, "sharingDecision", decisions.Type, ctx =>
            {
                var id = ((Payload)ctx.Source!).Id;
                return SharingDecisions.Rows(HubEntities.Db(ctx)).Where(r => r.Decision.Id == id);
            }).Description("The decision, as the caller may now see it.");
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
        });
        AuditedFields.Mutation(t, Field, payload.NonNull(), async (ctx, audit) =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
                return await RecordAsync(ctx, caller, (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!, audit);
            }).Description("Records a decision to share, or not to share, a child's information with an organisation (children's social care and information governance leads).")
            .Argument("input", input.NonNull());
    }

    private static async Task<Payload> RecordAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, AccessCollector.FieldAudit audit)
    {
        if (!SharingDecisions.MayUse(caller))
            return new(null, [new UserError(HubSchema.Codes.Forbidden, "Only children's social care and information governance leads record sharing decisions.", ["input"])]);
        // "Who decided" is a person: a machine client cannot take the decision.
        if (caller.IsSystem) return new(null, [new UserError(HubSchema.Codes.Forbidden, "A sharing decision is recorded by a person, not a system.", ["input"])]);

        var errors = new List<UserError>();
        var reason = ((string)input["reason"]!).Trim();
        if (reason.Length is 0 or > MaxReasonLength) errors.Add(new("INVALID_REASON", $"reason must be 1 to {MaxReasonLength} characters: say why.", ["input", "reason"]));
        var shared = (bool)input["shared"]!;
        var route = input.GetValueOrDefault("route") as SharingRoute?;
        if (shared && route is null or SharingRoute.Refused)
            errors.Add(new("INVALID_ROUTE", "A decision to share needs the route it shares by (not REFUSED).", ["input", "route"]));
        if (!shared && route is not null and not SharingRoute.Refused)
            errors.Add(new("INVALID_ROUTE", "A decision not to share has no route: omit it (or give REFUSED).", ["input", "route"]));

        var db = HubEntities.Db(ctx);
        var orgKey = Guid.TryParse((string)input["recipientOrganisationId"]!, out var g) ? g : (Guid?)null;
        var recipient = orgKey is null ? null : await db.Organisations.Where(o => o.Id == orgKey)
            .Select(o => new { o.Id, o.Agency, Council = o.LocalAuthority == null ? null : o.LocalAuthority.Code }).FirstOrDefaultAsync(ctx.CancellationToken);
        if (recipient is null) errors.Add(new("NOT_FOUND", "There is no organisation with this id.", ["input", "recipientOrganisationId"]));

        Guid? child = null;
        if (input.GetValueOrDefault("childId") is string childText)
        {
            // Only a child the caller may see: one it may not see does not exist for it.
            var key = Journeys.JourneyMutations.DecodeId(childText, HubEntities.Child);
            child = key is null ? null : await db.People.Where(p => p.Id == key).Where(SharingPolicy.ChildRow(caller))
                .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
            if (child is null) errors.Add(new("NOT_FOUND", "There is no child with this id.", ["input", "childId"]));
        }
        else if (recipient is not null && (recipient.Council is null || !caller.Councils.Contains(recipient.Council)))
            // A decision belongs to a council through its child, or else through its recipient.
            errors.Add(new("CHILD_REQUIRED", "Name the child: a decision about no particular child must name an organisation of a council you serve.", ["input", "childId"]));
        if (errors.Count > 0) return new(null, errors);

        var decision = new SharingDecision
        {
            Id = Guid.NewGuid(), ChildId = child, Category = (InformationCategory)input["category"]!, RecipientAgency = recipient!.Agency,
            RecipientOrganisationId = recipient.Id, Shared = shared, Route = shared ? route!.Value : SharingRoute.Refused, Reason = reason,
            DecidedBy = caller.Subject, DecidedByAgency = caller.Agency, DecidedAt = caller.Now,
        };
        db.SharingDecisions.Add(decision);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        if (child is { } written) audit.Child(written, InformationCategory.AssessmentAndCaseNotes);
        return new(decision.Id, []);
    }
}
