using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
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
        MeetingLifecycle.Fields(e);
        e.Field("kind", m => m.Kind).Category(MeetingSchedule).NonNull().Filterable().Sortable()
            .Description("INITIAL_CONFERENCE or REVIEW_CONFERENCE.");
        e.Field("heldAt", m => m.HeldAt).Category(MeetingSchedule).NonNull().Filterable().Sortable();
        e.Reference("localAuthority", m => m.LocalAuthority, () => hub.LocalAuthorityType).Category(MeetingSchedule).NonNull().Filterable().Sortable();
        e.List("children", m => m.Children.Select(c => c.Child!), () => hub.ChildType).ListSize(5).Category(MeetingSchedule).NonNull();
        e.List("invitations", m => m.Invitations, () => hub.InvitationType).ListSize(10).Category(MeetingSchedule).NonNull().Filterable();
        e.List("contributions", m => m.Contributions, () => hub.ContributionType).ListSize(5).Category(AgencyContributions).Filterable();
        e.List("actions", m => m.Actions, () => hub.ActionType).ListSize(10).Category(MeetingRecord);
        e.Field("outcome", m => m.ConferenceOutcome).Category(MeetingRecord).Filterable()
            .Description("What the conference decided about the plan (empty until it is recorded).");
    });

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var entity = Declare(hub);
        // The rows are mapped to their children by the audit writer, as meetings are.
        AuditedFields.Connection(t, "conferences", entity, ctx => HubEntities.Db(ctx).Conferences)
            .Description("Initial and review child protection conferences the caller may see (for a partner: those its agency is invited to).");
    }
}
