using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;

namespace Partnership.Schema;

/// <summary>Social care's views of sharing: who viewed a child (<c>accessLog</c>) and emergency accesses to review.</summary>
internal static class AccessLog
{
    public const int DefaultEntries = 25, MaxEntries = 100;

    public sealed record Entry(long Sequence, DateTimeOffset OccurredAt, Agency Agency, string? Organisation, string Subject,
        string Operation, string Purpose, IReadOnlyList<Item> Items);

    public sealed record Item(InformationCategory Category, SharingRoute Route);

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var data = hub.Data;
        var item = new ObjectType("AccessLogItem", b =>
        {
            b.Field("category", data.EnumFor(typeof(InformationCategory)).NonNull()).Resolve<Item>(i => i.Category);
            b.Field("route", data.EnumFor(typeof(SharingRoute)).NonNull(), "The lawful basis of the access.").Resolve<Item>(i => i.Route);
        })
        { Description = "A category of the child's information seen, and the route that allowed it." };
        var entry = new ObjectType("AccessLogEntry", b =>
        {
            b.Field("sequence", Scalars.Float.NonNull(), "Position in the audit chain.").Resolve<Entry>(e => (double)e.Sequence);
            b.Field("occurredAt", DataScalars.DateTime.NonNull()).Resolve<Entry>(e => e.OccurredAt);
            b.Field("agency", data.EnumFor(typeof(Agency)).NonNull()).Resolve<Entry>(e => e.Agency);
            b.Field("organisation", Scalars.String).Resolve<Entry>(e => e.Organisation);
            b.Field("subject", Scalars.String.NonNull(), "The viewer's token subject.").Resolve<Entry>(e => e.Subject);
            b.Field("operation", Scalars.String.NonNull()).Resolve<Entry>(e => e.Operation);
            b.Field("purpose", Scalars.String.NonNull()).Resolve<Entry>(e => e.Purpose);
            b.Field("items", item.NonNull().List().NonNull()).Resolve<Entry>(e => e.Items);
        })
        { Description = "One recorded access to a child's information." };
        AuditedFields.OneChild<List<Entry>>(t, "accessLog", entry.NonNull().List(), InformationCategory.AssessmentAndCaseNotes, async ctx =>
            {
                var caller = SocialCareOnly(ctx, "the access log");
                var first = ctx.GetArgument<int>("first");
                if (first is < 1 or > MaxEntries)
                    throw new GraphQLError($"first must be between 1 and {MaxEntries}.", extensions: HubSchema.Code(DataErrorCodes.MaxPageSize));
                var key = DataFields.KeyOf<Guid?>(hub.ChildType, ctx.GetArgument<string>("childId")!);
                var db = HubEntities.Db(ctx);
                if (key is not { } child || !await db.People.Where(p => p.Id == child).Where(SharingPolicy.ChildRow(caller)).AnyAsync(ctx.CancellationToken))
                    return null;
                var rows = await db.AccessAuditEntries.AsNoTracking().Where(e => e.Items.Any(i => i.ChildId == child))
                    .OrderByDescending(e => e.Sequence).Take(first)
                    .Select(e => new
                    {
                        e.Sequence, e.OccurredAt, e.Agency, e.OrganisationId, e.Subject, e.Operation, e.Purpose,
                        Items = e.Items.Where(i => i.ChildId == child).Select(i => new Item(i.Category, i.Route)).ToList(),
                    }).ToListAsync(ctx.CancellationToken);
                var orgIds = rows.Where(r => r.OrganisationId != null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
                var names = await db.Organisations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ctx.CancellationToken);
                // Reading who viewed the child is itself an access to the child's record, even when the log is empty.
                return (child, rows.Select(r => new Entry(r.Sequence, r.OccurredAt, r.Agency, r.OrganisationId is { } o ? names.GetValueOrDefault(o) : null,
                    r.Subject, r.Operation, r.Purpose, r.Items)).ToList());
            })
            .Description("Who viewed this child, newest first (social care only); null when the caller may not see the child.")
            .Argument("childId", Scalars.ID.NonNull())
            .Argument("first", Scalars.Int, DefaultEntries)
            .ListSize(new ListSize { AssumedSize = DefaultEntries, SlicingArguments = ["first"] });
        var emergency = EmergencyAccessType(hub);
        AuditedFields.ChildList<EmergencyAccessGrant>(t, "emergencyAccessReviews", emergency.NonNull().List().NonNull(), InformationCategory.AssessmentAndCaseNotes, async ctx =>
            {
                var caller = SocialCareOnly(ctx, "emergency access reviews");
                var pending = ctx.GetArgument<bool>("pendingOnly");
                var inCouncils = SharingPolicy.InCouncils(caller);
                return await HubEntities.Db(ctx).EmergencyAccessGrants.AsNoTracking()
                    .Where(g => !pending || g.ReviewedAt == null)
                    .Where(g => HubEntities.Db(ctx).People.Where(inCouncils).Any(p => p.Id == g.ChildId))
                    .OrderBy(g => g.GrantedAt).Take(MaxEntries).ToListAsync(ctx.CancellationToken);
            }, g => g.ChildId)
            .Description("Emergency accesses to children of the caller's councils, oldest first (social care only).")
            .Argument("pendingOnly", Scalars.Boolean, true, "Only those not yet reviewed.");
    }

    /// <summary>The <c>EmergencyAccess</c> type (one per schema).</summary>
    internal static ObjectType EmergencyAccessType(HubEntities hub) => hub.EmergencyAccessType ??= new ObjectType("EmergencyAccess", b =>
    {
        b.Field("id", Scalars.ID.NonNull()).Resolve<EmergencyAccessGrant>(g => GlobalId.Encode("EmergencyAccess", g.Id));
        b.Field("childId", Scalars.ID.NonNull(), "The child's global id.").Resolve<EmergencyAccessGrant>(g => GlobalId.Encode(HubEntities.Child, g.ChildId));
        b.Field("agency", hub.Data.EnumFor(typeof(Agency)).NonNull()).Resolve<EmergencyAccessGrant>(g => g.Agency);
        b.Field("subject", Scalars.String.NonNull(), "Who asked (token subject).").Resolve<EmergencyAccessGrant>(g => g.Subject);
        b.Field("reason", Scalars.String.NonNull()).Resolve<EmergencyAccessGrant>(g => g.Reason);
        b.Field("grantedAt", DataScalars.DateTime.NonNull()).Resolve<EmergencyAccessGrant>(g => g.GrantedAt);
        b.Field("expiresAt", DataScalars.DateTime.NonNull()).Resolve<EmergencyAccessGrant>(g => g.ExpiresAt);
        b.Field("revokedAt", DataScalars.DateTime).Resolve<EmergencyAccessGrant>(g => g.RevokedAt);
        b.Field("reviewedAt", DataScalars.DateTime).Resolve<EmergencyAccessGrant>(g => g.ReviewedAt);
        b.Field("reviewedBy", Scalars.String).Resolve<EmergencyAccessGrant>(g => g.ReviewedBy);
        b.Field("reviewOutcome", Scalars.String).Resolve<EmergencyAccessGrant>(g => g.ReviewOutcome);
    })
    { Description = "Time-limited access to one child that a practitioner asked for with a reason; reported to the case holder and reviewed." };

    internal static HubCaller SocialCareOnly(IResolveFieldContext ctx, string what)
    {
        var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
        if (caller.Agency != Agency.SocialCare)
            throw new GraphQLError($"Only children's social care can read {what}.", extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
        return caller;
    }
}
