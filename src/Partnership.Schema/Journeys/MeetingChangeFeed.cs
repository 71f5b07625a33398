using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// The meeting change feed a force system follows instead of polling every meeting: <c>meetingChanges(after:, first:)</c> and
/// the <c>meetingChanged(after:)</c> subscription give the same pages of changes with the same cursors, in the order the changes
/// were committed (<see cref="MeetingChangeLog"/>), so a client resumes from its last cursor — after a restart, on another
/// gateway, over either — with no gap and no duplicate. Only changes to meetings the caller sees today are given, each told only
/// as far as the policy lets the caller see it (otherwise <c>UPDATED</c>); a meeting whose invitation to the caller was
/// withdrawn is given once as <c>REVOKED</c>, with its id only.
/// </summary>
internal static class MeetingChangeFeed
{
    public const int DefaultPage = 100, MaxPage = 500;
    private const string CursorPrefix = "meetingChanges:";

    /// <summary>One change as the caller may see it; <see cref="At"/> and <see cref="Version"/> are null when revoked.</summary>
    public sealed record Change(long Sequence, Guid MeetingId, MeetingKind MeetingKind, MeetingChangeKind Kind, DateTimeOffset? At, int? Version);

    /// <summary>A page of changes, the cursor to resume from, and the meetings they are about.</summary>
    public sealed record Page(IReadOnlyList<Change> Changes, long EndSequence, bool HasNextPage)
    {
        public List<Guid> Meetings(bool conferences)
        {
            var keys = new List<Guid>();
            foreach (var c in Changes)
                if (c.Kind != MeetingChangeKind.Revoked && (c.MeetingKind != MeetingKind.StrategyDiscussion) == conferences && !keys.Contains(c.MeetingId))
                    keys.Add(c.MeetingId);
            return keys;
        }
    }

    public static void AddTypes(HubEntities hub, out ObjectType page)
    {
        var data = hub.Data;
        var change = new ObjectType("MeetingChange", b =>
        {
            b.Field("cursor", Scalars.String.NonNull(), "Resume after this change with `meetingChanges(after:)` or `meetingChanged(after:)`.")
                .Resolve<Change>(c => Cursor(c.Sequence));
            b.Field("kind", data.EnumFor(typeof(MeetingChangeKind)).NonNull(),
                "What changed; UPDATED when the caller may not see what, REVOKED when the meeting is no longer the caller's to see.").Resolve<Change>(c => c.Kind);
            b.Field("meetingId", Scalars.ID.NonNull(), "The strategy meeting's or conference's id.")
                .Resolve<Change>(c => GlobalId.Encode(c.MeetingKind == MeetingKind.StrategyDiscussion ? HubEntities.StrategyMeeting : Conferences.Entity, c.MeetingId));
            b.Field("meetingKind", data.EnumFor(typeof(MeetingKind)).NonNull()).Resolve<Change>(c => c.MeetingKind);
            b.Field("at", DataScalars.DateTime, "When the change was made (null when revoked).").Resolve<Change>(c => c.At);
            b.Field("version", Scalars.Int, "The meeting's version after the change (null when revoked).").Resolve<Change>(c => c.Version);
        })
        { Description = "One change to a meeting the caller sees, in the order changes were committed." };
        page = new ObjectType("MeetingChanges", b =>
        {
            b.Field("changes", change.NonNull().List().NonNull()).Resolve<Page>(p => p.Changes);
            b.Field("endCursor", Scalars.String.NonNull(), "Where to resume: the last change given (or the cursor asked for, when none was).")
                .Resolve<Page>(p => Cursor(p.EndSequence));
            b.Field("hasNextPage", Scalars.Boolean.NonNull()).Resolve<Page>(p => p.HasNextPage);
            AuditedFields.LookupList(b, "strategyMeetings", hub.MeetingType,
                ctx => Keyed(HubEntities.Db(ctx).StrategyMeetings, ((Page)ctx.Source!).Meetings(conferences: false)), MaxPage)
                .ListSize(ListSize.Assumed(DefaultPage))
                .Description("The strategy meetings of this page as they stand now.");
            AuditedFields.LookupList(b, "conferences", (EntityType<Meeting>)hub.Data.FindEntity(Conferences.Entity)!,
                ctx => Keyed(HubEntities.Db(ctx).Conferences, ((Page)ctx.Source!).Meetings(conferences: true)), MaxPage)
                .ListSize(ListSize.Assumed(DefaultPage))
                .Description("The conferences of this page as they stand now.");
        })
        { Description = "A page of the meeting change feed." };
    }

    private static IQueryable<Meeting> Keyed(IQueryable<Meeting> meetings, List<Guid> keys) => meetings.Where(m => keys.Contains(m.Id));

    public static void AddQueryFields(ObjectTypeBuilder t, ObjectType page)
    {
        AuditedFields.ChildPage(t, "meetingChanges", page.NonNull(), InformationCategory.MeetingSchedule, async ctx =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
                var first = ctx.GetArgument<int>("first");
                if (first is < 1 or > MaxPage)
                    throw new GraphQLError($"first must be between 1 and {MaxPage}.", extensions: HubSchema.Code(DataErrorCodes.MaxPageSize));
                var after = ParseCursor(ctx.Arguments.GetValueOrDefault("after") as string);
                var db = HubEntities.Db(ctx);
                var result = await ReadAsync(db, caller, after ?? 0, first, ctx.CancellationToken);
                return (result, await ChildrenAsync(db, result, ctx.CancellationToken));
            })
            .Description("Every change to a meeting the caller sees, oldest first, after a cursor (none: from the beginning). Resume from `endCursor`.")
            .Argument("after", Scalars.String, "A cursor from an earlier page or change.")
            .Argument("first", Scalars.Int, DefaultPage, $"At most {MaxPage}.")
            .ListSize(new ListSize { AssumedSize = DefaultPage, SlicingArguments = ["first"], SizedFields = ["changes"] });
    }

    public static void AddSubscriptionFields(ObjectTypeBuilder t, ObjectType page)
    {
        AuditedFields.SubscriptionPages<Page>(t, "meetingChanged", page.NonNull(), InformationCategory.MeetingSchedule, ctx =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
                var after = ParseCursor(ctx.Arguments.GetValueOrDefault("after") as string);
                return FollowAsync(ctx.Services!, caller, after, ctx.CancellationToken);
            }, (ctx, page) => ChildrenAsync(HubEntities.Db(ctx), page, ctx.CancellationToken))
            .Description("The meeting change feed as it is written: a page whenever there are changes after the cursor (none: from now on).")
            .Argument("after", Scalars.String, "Resume after this cursor (from `meetingChanges` or an earlier event): every change since is given first.");
    }

    /// <summary>
    /// Up to <paramref name="first"/> changes after <paramref name="after"/> the caller may see, told as far as it may see them.
    /// <paramref name="end"/>: the log's end when the caller has just read it (any value read before this call is safe).
    /// </summary>
    internal static async Task<Page> ReadAsync(PartnershipDbContext db, HubCaller c, long after, int first, CancellationToken ct, long? end = null)
    {
        var sees = db.Meetings.Where(SharingPolicy.SeesMeeting(c));
        var record = db.Meetings.Where(SharingPolicy.SeesMeetingRecord(c));
        var contributions = db.MeetingContributions.Where(SharingPolicy.SeesContribution(c));
        var actions = db.MeetingActions.Where(SharingPolicy.SeesAction(c));
        var agency = c.Agency;
        var recipient = SharingPolicy.Recipient(c);
        // The log's end before the page is read: every change up to it is committed (commits are in sequence order), so a
        // last page may move the cursor past the changes the caller may not see instead of reading them again next time.
        end ??= await LastAsync(db, ct);
        var rows = await db.MeetingChanges.AsNoTracking().Where(ch => ch.Sequence > after)
            .Select(ch => new { ch, Visible = sees.Any(m => m.Id == ch.MeetingId) })
            .Where(x => x.Visible || (x.ch.Kind == MeetingChangeKind.InvitationWithdrawn && x.ch.Agency == agency
                && (recipient == null || x.ch.OrganisationId == recipient)))
            .OrderBy(x => x.ch.Sequence).Take(first + 1)
            .Select(x => new
            {
                x.ch.Sequence, x.ch.MeetingId, x.ch.Kind, x.ch.At, x.ch.Version, x.Visible,
                MeetingKind = db.Meetings.Where(m => m.Id == x.ch.MeetingId).Select(m => (MeetingKind?)m.Kind).FirstOrDefault(),
                // The detail of a change is the category it belongs to: a decision or outcome is the meeting record, an
                // action or contribution is visible row by row, the rest is the schedule every invitee sees.
                Detail = x.ch.Kind == MeetingChangeKind.DecisionsRecorded || x.ch.Kind == MeetingChangeKind.OutcomeRecorded
                    ? record.Any(m => m.Id == x.ch.MeetingId)
                    : x.ch.Kind == MeetingChangeKind.ActionCompleted ? actions.Any(a => a.Id == x.ch.SubjectId)
                    : x.ch.Kind == MeetingChangeKind.ContributionShared ? contributions.Any(k => k.Id == x.ch.SubjectId)
                    : true,
            })
            .ToListAsync(ct);
        var more = rows.Count > first;
        var changes = new List<Change>(Math.Min(rows.Count, first));
        for (var i = 0; i < rows.Count && i < first; i++)
        {
            var r = rows[i];
            var kind = r.MeetingKind ?? MeetingKind.StrategyDiscussion;
            changes.Add(r.Visible
                ? new Change(r.Sequence, r.MeetingId, kind, r.Detail ? r.Kind : MeetingChangeKind.Updated, r.At, r.Version)
                : new Change(r.Sequence, r.MeetingId, kind, MeetingChangeKind.Revoked, null, null));
        }
        var given = changes.Count > 0 ? changes[^1].Sequence : after;
        return new Page(changes, more ? given : Math.Max(given, end.Value), more);
    }

    /// <summary>The children of the page's visible meetings: reading the feed is recorded as reading their meetings' schedule.</summary>
    private static async Task<List<Guid>> ChildrenAsync(PartnershipDbContext db, Page page, CancellationToken ct)
    {
        var meetings = page.Meetings(false);
        meetings.AddRange(page.Meetings(true));
        if (meetings.Count == 0) return [];
        return await db.MeetingChildren.Where(k => meetings.Contains(k.MeetingId)).Select(k => k.ChildId).Distinct().ToListAsync(ct);
    }

    /// <summary>
    /// Pages of changes after <paramref name="after"/> (none: after the last change now), as they are written: woken at once by a
    /// change committed by this gateway, and every <see cref="SharingOptions.MeetingFeedPollInterval"/> for those of others.
    /// </summary>
    private static async IAsyncEnumerable<object?> FollowAsync(IServiceProvider services, HubCaller caller, long? after,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var interval = services.GetRequiredService<IOptions<SharingOptions>>().Value.MeetingFeedPollInterval;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var wake = new SemaphoreSlim(0);
        void OnCommitted() { if (wake.CurrentCount == 0) wake.Release(); }
        MeetingChangeLog.Committed += OnCommitted;
        try
        {
            long cursor;
            await using (var scope = scopes.CreateAsyncScope())
                cursor = after ?? await LastAsync(scope.ServiceProvider.GetRequiredService<PartnershipDbContext>(), ct);
            while (true)
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
                    // One cheap look at the log's end; the policy's query only when something was written after the cursor.
                    var last = await LastAsync(db, ct);
                    if (last > cursor)
                    {
                        // The policy as it stands at this read (the subscriber's token, today's date).
                        var now = new HubCaller(caller.Token, caller.Organisation, time.GetUtcNow(), caller.Purpose);
                        Page page;
                        do
                        {
                            // The last page moves the cursor to the end seen: nothing up to it is left for the caller.
                            page = await ReadAsync(db, now, cursor, DefaultPage, ct, end: last);
                            cursor = page.EndSequence;
                            if (page.Changes.Count > 0) yield return page;
                        }
                        while (page.HasNextPage);
                    }
                }
                using var timeout = new CancellationTokenSource(interval, time);
                using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
                try { await wake.WaitAsync(both.Token); }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
            }
        }
        finally
        {
            MeetingChangeLog.Committed -= OnCommitted;
        }
    }

    private static async Task<long> LastAsync(PartnershipDbContext db, CancellationToken ct) =>
        await db.MeetingChanges.MaxAsync(ch => (long?)ch.Sequence, ct) ?? 0;

    public static string Cursor(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorPrefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor names; null for none; PAGINATION_INVALID_CURSOR for anything that is not one of ours.</summary>
    internal static long? ParseCursor(string? cursor)
    {
        if (cursor is null) return null;
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length <= 80 && Convert.TryFromBase64String(cursor, bytes, out var n))
        {
            var text = Encoding.UTF8.GetString(bytes[..n]);
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                return sequence;
        }
        throw new GraphQLError("after is not a cursor of the meeting change feed.", extensions: HubSchema.Code(DataErrorCodes.InvalidCursor));
    }
}
