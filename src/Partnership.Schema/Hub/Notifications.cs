using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;

namespace Partnership.Schema;

/// <summary>
/// The case-holding hub's inbox: notices the hub writes when another agency viewed a child's protection status or record
/// (CP-IS parity), an emergency access was granted or a consent withdrawn. Read by the hub the token names; marking read
/// changes nothing else. Reading them is an access to who-viewed-whom, so it is audited like the access log.
/// </summary>
internal static class Notifications
{
    public const int DefaultPage = 25, MaxPage = 100;
    public const string TypeName = "Notification";

    public sealed record View(Guid Id, Guid ChildId, NotificationKind Kind, Agency TriggeredByAgency, string? TriggeredByOrganisation,
        string Message, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, long? AuditSequence);

    private sealed record Payload(IReadOnlyList<View> Notifications, IReadOnlyList<HubMutations.UserError> Errors);

    /// <summary>The <c>Notification</c> type (one per schema: the query and the mutation share it).</summary>
    public static ObjectType CreateType(HubEntities hub) => new(TypeName, b =>
    {
        var data = hub.Data;
        b.Field("id", Scalars.ID.NonNull()).Resolve<View>(n => GlobalId.Encode(TypeName, n.Id));
        b.Field("kind", data.EnumFor(typeof(NotificationKind)).NonNull()).Resolve<View>(n => n.Kind);
        b.Field("childId", Scalars.ID.NonNull(), "The child's global id (look it up with `child(id:)`).").Resolve<View>(n => GlobalId.Encode(HubEntities.Child, n.ChildId));
        b.Field("triggeredByAgency", data.EnumFor(typeof(Agency)).NonNull()).Resolve<View>(n => n.TriggeredByAgency);
        b.Field("triggeredByOrganisation", Scalars.String).Resolve<View>(n => n.TriggeredByOrganisation);
        b.Field("message", Scalars.String.NonNull()).Resolve<View>(n => n.Message);
        b.Field("createdAt", DataScalars.DateTime.NonNull()).Resolve<View>(n => n.CreatedAt);
        b.Field("readAt", DataScalars.DateTime, "When the hub marked it read; null while unread.").Resolve<View>(n => n.ReadAt);
        b.Field("auditSequence", Scalars.Float, "The audit entry of the access it reports, when it reports one.").Resolve<View>(n => n.AuditSequence is { } s ? (double)s : null);
    })
    {
        Description = "A notice to the hub holding a child's case: another agency viewed the child's protection status or record, an emergency access was granted, or a consent was withdrawn.",
    };

    public static void AddQueryFields(ObjectTypeBuilder t, ObjectType type)
    {
        AuditedFields.ChildList<View>(t, "notifications", type.NonNull().List().NonNull(), InformationCategory.AssessmentAndCaseNotes, async ctx =>
            {
                var (caller, hubId) = HubOnly(ctx);
                var first = ctx.GetArgument<int>("first");
                if (first is < 1 or > MaxPage)
                    throw new GraphQLError($"first must be between 1 and {MaxPage}.", extensions: HubSchema.Code(DataErrorCodes.MaxPageSize));
                var unreadOnly = ctx.GetArgument<bool>("unreadOnly");
                var db = HubEntities.Db(ctx);
                var rows = await Visible(db, caller, hubId).Where(n => !unreadOnly || n.ReadAt == null)
                    .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(first).ToListAsync(ctx.CancellationToken);
                return await ToViewsAsync(db, rows, ctx.CancellationToken);
            }, v => v.ChildId)
            .Description("The notifications of the hub the token names, newest first (children's social care hubs only).")
            .Argument("unreadOnly", Scalars.Boolean, true)
            .Argument("first", Scalars.Int, DefaultPage, $"At most {MaxPage}.")
            .ListSize(new ListSize { AssumedSize = DefaultPage, SlicingArguments = ["first"] });
    }

    /// <summary>
    /// <c>notificationReceived</c>: the hub's new notices as they are written, over GraphQL over WebSocket. It looks for them in
    /// the database (every <see cref="SharingOptions.NotificationPollInterval"/>), so notices written by any instance of the
    /// hub arrive; each delivered notice is audited as its own access.
    /// </summary>
    public static void AddSubscriptionFields(ObjectTypeBuilder t, ObjectType type)
    {
        AuditedFields.Subscription<View>(t, "notificationReceived", type.NonNull(), InformationCategory.AssessmentAndCaseNotes, ctx =>
            {
                var (caller, hub) = HubOnly(ctx);
                return PollAsync(ctx.Services!, caller, hub, ctx.CancellationToken);
            }, view => view.ChildId)
            .Description("New notifications of the hub the token names, as they are written (children's social care hubs only).");
    }

    private static async IAsyncEnumerable<object?> PollAsync(IServiceProvider services, HubCaller caller, Guid hub,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var interval = services.GetRequiredService<IOptions<SharingOptions>>().Value.NotificationPollInterval;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        // News is what is written from now on; notices already there at this very instant are not.
        var since = caller.Now;
        var seen = new HashSet<Guid>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Partnership.Data.PartnershipDbContext>();
            seen.UnionWith(await db.Notifications.Where(n => n.RecipientHubId == hub && n.CreatedAt >= since).Select(n => n.Id).ToListAsync(cancellationToken));
        }
        while (true)
        {
            await Task.Delay(interval, time, cancellationToken);
            List<View> fresh;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Partnership.Data.PartnershipDbContext>();
                var known = seen.ToList();
                var rows = await Visible(db, caller, hub).AsNoTracking().Where(n => n.CreatedAt >= since && !known.Contains(n.Id))
                    .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(MaxPage).ToListAsync(cancellationToken);
                fresh = await ToViewsAsync(db, rows, cancellationToken);
            }
            foreach (var view in fresh)
            {
                if (view.CreatedAt > since)
                {
                    since = view.CreatedAt;
                    seen.Clear();
                }
                seen.Add(view.Id);
                yield return view;
            }
        }
    }

    public static void AddMutationFields(ObjectTypeBuilder t, ObjectType type, ObjectType userError)
    {
        var input = new InputObjectType("MarkNotificationsReadInput", b => b.Field("ids", Scalars.ID.NonNull().List().NonNull(), $"1 to {MaxPage} notification ids."));
        var payload = new ObjectType("MarkNotificationsReadPayload", b =>
        {
            b.Field("notifications", type.NonNull().List().NonNull()).Resolve<Payload>(p => p.Notifications);
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
        });
        AuditedFields.Mutation(t, "markNotificationsRead", payload.NonNull(), async (ctx, audit) =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
                if (caller.Agency != Agency.SocialCare || caller.OrganisationId is null)
                    return new Payload([], [new(HubSchema.Codes.Forbidden, "Only a children's social care hub reads its notifications.", ["input"])]);
                var ids = (IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!)["ids"]!;
                if (ids.Count is 0 or > MaxPage)
                    return new Payload([], [new("INVALID_IDS", $"ids must name 1 to {MaxPage} notifications.", ["input", "ids"])]);
                var keys = new Guid?[ids.Count];
                for (int i = 0; i < ids.Count; i++) keys[i] = KeyOf((string)ids[i]!);
                var known = keys.OfType<Guid>().Distinct().ToList();
                var db = HubEntities.Db(ctx);
                var rows = await Visible(db, caller, caller.OrganisationId.Value).Where(n => known.Contains(n.Id)).ToListAsync(ctx.CancellationToken);
                var errors = new List<HubMutations.UserError>();
                for (int i = 0; i < ids.Count; i++)
                {
                    if (keys[i] is { } key && rows.Exists(r => r.Id == key)) continue;
                    errors.Add(new("NOT_FOUND", "There is no notification with this id.", ["input", "ids", i.ToString(CultureInfo.InvariantCulture)]));
                }
                if (errors.Count > 0) return new Payload([], errors);
                foreach (var row in rows) row.ReadAt ??= caller.Now; // already read: keep when it was first read
                await db.SaveChangesAsync(ctx.CancellationToken);
                var views = await ToViewsAsync(db, rows, ctx.CancellationToken);
                foreach (var view in views) audit.Child(view.ChildId, InformationCategory.AssessmentAndCaseNotes);
                return new Payload(views, []);
            })
            .Description("Marks notifications of the caller's hub read (all or none: any unknown id changes nothing).")
            .Argument("input", input.NonNull());
    }

    /// <summary>The key of a notification id, or null for anything else (a malformed id is as unknown as a stranger's).</summary>
    private static Guid? KeyOf(string id)
    {
        try { return GlobalId.Decode(id) is (TypeName, var key) && Guid.TryParse(key, out var guid) ? guid : null; }
        catch (GraphQLError) { return null; }
    }

    /// <summary>The hub's notifications about children of the councils the token names.</summary>
    private static IQueryable<Notification> Visible(Partnership.Data.PartnershipDbContext db, HubCaller caller, Guid hubId)
    {
        var inCouncils = SharingPolicy.InCouncils(caller);
        return db.Notifications.Where(n => n.RecipientHubId == hubId && db.People.Where(inCouncils).Any(p => p.Id == n.ChildId));
    }

    private static async Task<List<View>> ToViewsAsync(Partnership.Data.PartnershipDbContext db, List<Notification> rows, CancellationToken ct)
    {
        var orgIds = rows.Where(r => r.TriggeredByOrganisationId != null).Select(r => r.TriggeredByOrganisationId!.Value).Distinct().ToList();
        var names = orgIds.Count == 0 ? [] : await db.Organisations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var views = new List<View>(rows.Count);
        foreach (var r in rows)
            views.Add(new View(r.Id, r.ChildId, r.Kind, r.TriggeredByAgency, r.TriggeredByOrganisationId is { } o ? names.GetValueOrDefault(o) : null,
                r.Message, r.CreatedAt, r.ReadAt, r.AuditSequence));
        return views;
    }

    private static (HubCaller Caller, Guid Hub) HubOnly(IResolveFieldContext ctx)
    {
        var caller = AccessLog.SocialCareOnly(ctx, "notifications");
        if (caller.OrganisationId is not { } hub)
            throw new GraphQLError("Notifications go to the hub holding the child's case: the token names no social care hub the hub knows.",
                extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
        return (caller, hub);
    }
}
