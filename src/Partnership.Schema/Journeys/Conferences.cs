using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Data.Projection;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Initial and review child protection conferences: the <c>Conference</c> entity over the conference rows of the Meetings
/// table, and the <c>conferences</c> connection. The row rule is the meeting rule (an agency sees the conferences it is
/// invited to; social care every conference of its councils), so <c>strategyMeetings</c> keeps returning strategy
/// discussions only and a partner asks for conferences the way it asks for meetings.
/// </summary>
internal static class Conferences
{
    public const string Entity = "Conference";

    public static EntityType<Meeting> Declare(HubEntities hub) => hub.Data.Entity<Meeting>(Entity, e =>
    {
        e.Description("An initial or review child protection conference about one or more children.");
        e.Key(m => m.Id);
        e.Id(ctx => HubEntities.Db(ctx).Conferences).Category(MeetingSchedule);
        e.Field("kind", m => m.Kind).Category(MeetingSchedule).NonNull().Filterable().Sortable()
            .Description("INITIAL_CONFERENCE or REVIEW_CONFERENCE.");
        e.Field("heldAt", m => m.HeldAt).Category(MeetingSchedule).NonNull().Filterable().Sortable();
        e.Reference("localAuthority", m => m.LocalAuthority, () => hub.LocalAuthorityType).Category(MeetingSchedule).NonNull().Filterable().Sortable();
        e.List("children", m => m.Children.Select(c => c.Child!), () => hub.ChildType).Category(MeetingSchedule).NonNull();
        e.List("invitations", m => m.Invitations, () => hub.InvitationType).Category(MeetingSchedule).NonNull().Filterable();
        e.List("contributions", m => m.Contributions, () => hub.ContributionType).Category(AgencyContributions).Filterable();
        e.List("actions", m => m.Actions, () => hub.ActionType).Category(MeetingRecord);
        e.Field("outcome", m => m.ConferenceOutcome).Category(MeetingRecord).Filterable()
            .Description("What the conference decided about the plan (empty until it is recorded).");
    });

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var entity = Declare(hub);
        t.Connection("conferences", entity, ctx => HubEntities.Db(ctx).Conferences).ResolveAsync(async ctx =>
        {
            var result = await DataQuery.ConnectionAsync(HubEntities.Db(ctx).Conferences, entity, ctx.Arguments, ctx.FieldNodes,
                DataRequest.From(ctx, entity.Schema), ctx.CancellationToken);
            AccessCollector.Of(ctx)?.AddResult("conferences", result);
            await AuditAsync(ctx, result);
            return result;
        }).Description("Initial and review child protection conferences the caller may see (for a partner: those its agency is invited to).");
    }

    /// <summary>
    /// Records, for each conference returned, its children under the categories of the conference's own fields that were
    /// returned (the nested children, invitations, actions and contributions are recorded as their own entities).
    /// </summary>
    private static async Task AuditAsync(IResolveFieldContext ctx, ConnectionResult result)
    {
        if (AccessCollector.Of(ctx) is not { } audit || result.Rows.Count == 0) return;
        var categories = new Dictionary<Guid, HashSet<InformationCategory>>();
        foreach (var row in result.Rows)
        {
            if (row.Key is not Guid key) continue;
            var set = categories[key] = [MeetingSchedule]; // a conference returned tells when and where it is held
            var slots = row.Plan.Slots;
            for (var i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                if (slot.Denied || (row.Hidden & slot.Bit) != 0 || row.Values[i] is null || slot.Child is not null) continue;
                if (slot.Field.Category is InformationCategory category) set.Add(category);
            }
        }
        var keys = categories.Keys.ToList();
        var children = await HubEntities.Db(ctx).MeetingChildren.Where(m => keys.Contains(m.MeetingId))
            .Select(m => new { m.MeetingId, m.ChildId }).ToListAsync(ctx.CancellationToken);
        foreach (var c in children)
            foreach (var category in categories[c.MeetingId])
                audit.AddDirect("conferences", c.ChildId, category);
    }
}
