using System.Linq.Expressions;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Policy;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema;

/// <summary>
/// The record of sharing decisions (domain.md: "record every sharing decision — including a decision not to share"): the
/// <c>SharingDecision</c> entity, the <c>sharingDecisions</c> connection and <c>recordSharingDecision</c>
/// (<see cref="SharingDecisionMutation"/>). Children's social care sees the decisions of its councils, and so does a caller
/// in the <see cref="GovernanceRole"/> role of any agency; for everyone else the list is empty (the row rule is in
/// <see cref="SharingPolicy.RowFilter{T}"/>).
/// </summary>
internal sealed class SharingDecisions
{
    public const string Entity = "SharingDecision";

    /// <summary>The token role of a council's information governance lead.</summary>
    public const string GovernanceRole = "InformationGovernanceLead";

    /// <summary>
    /// A decision with its child and recipient organisation joined: the model keeps only their ids (no navigations, and no
    /// foreign key to the organisation), and the child must be a navigation for its row rule and its fields' policy to apply.
    /// </summary>
    public sealed class Row
    {
        public SharingDecision Decision { get; init; } = null!;
        public Person? Child { get; init; }
        public Organisation? Recipient { get; init; }
    }

    private readonly HubEntities _hub;

    public SharingDecisions(HubEntities hub)
    {
        _hub = hub;
        Type = Declare(hub);
    }

    public EntityType<Row> Type { get; }

    /// <summary>Every decision, with its child and recipient (left joins: either may be absent).</summary>
    public static IQueryable<Row> Rows(PartnershipDbContext db) =>
        from d in db.SharingDecisions
        join p in db.People on d.ChildId equals (Guid?)p.Id into children
        from p in children.DefaultIfEmpty()
        join o in db.Organisations on d.RecipientOrganisationId equals (Guid?)o.Id into recipients
        from o in recipients.DefaultIfEmpty()
        select new Row { Decision = d, Child = p, Recipient = o };

    /// <summary>
    /// Decisions of the caller's councils: about a child of those councils, or — for a decision about no particular child —
    /// with a recipient organisation serving one of them.
    /// </summary>
    public static Expression<Func<Row, bool>> OfCouncils(HubCaller c)
    {
        var councils = c.Councils;
        return Conditions.Or(Conditions.Over<Row, Person>(r => r.Child!, SharingPolicy.InCouncils(c)),
            r => r.Child == null && r.Recipient != null && r.Recipient.LocalAuthority != null && councils.Contains(r.Recipient.LocalAuthority.Code));
    }

    /// <summary>Whether the caller may read and record sharing decisions at all (which ones: <see cref="OfCouncils"/>).</summary>
    public static bool MayUse(HubCaller c) => c.Agency == Agency.SocialCare || c.IsInRole(GovernanceRole);

    private static EntityType<Row> Declare(HubEntities hub) => hub.Data.Entity<Row>(Entity, e =>
    {
        e.Description("A decision to share — or not to share — a category of a child's information with an organisation: what, with whom, why, who decided and when.");
        e.Key(r => r.Decision.Id);
        e.Id(ctx => Rows(HubEntities.Db(ctx))).Category(AssessmentAndCaseNotes);
        // The child is named only where the caller may see the child (its row rule); the decision itself is a governance record.
        e.Reference("child", r => r.Child, () => hub.ChildType).Category(Identity).Filterable()
            .Description("The child the decision is about; null when it is about no particular child, or the caller may not see the child.");
        e.Field("category", r => r.Decision.Category).Category(AssessmentAndCaseNotes).NonNull().Filterable().Sortable()
            .Description("What: the category of information decided on.");
        e.Field("shared", r => r.Decision.Shared).Category(AssessmentAndCaseNotes).NonNull().Filterable().Sortable()
            .Description("True for a decision to share, false for a decision not to share.");
        e.Field("route", r => r.Decision.Route).Category(AssessmentAndCaseNotes).NonNull().Filterable()
            .Description("The route a share is made by; REFUSED for a decision not to share.");
        e.Field("recipientAgency", r => r.Decision.RecipientAgency).Category(AssessmentAndCaseNotes).NonNull().Filterable().Sortable()
            .Description("With whom: the agency of the recipient organisation.");
        e.Field("recipientOrganisationId", r => r.Decision.RecipientOrganisationId).Category(AssessmentAndCaseNotes).Filterable()
            .Description("With whom: the recipient organisation's id.");
        e.Field("recipientOrganisation", r => r.Recipient!.Name).Category(AssessmentAndCaseNotes)
            .Description("With whom: the recipient organisation's name.");
        e.Field("reason", r => r.Decision.Reason).Category(AssessmentAndCaseNotes).NonNull().Description("Why.");
        e.Field("decidedBy", r => r.Decision.DecidedBy).Category(AssessmentAndCaseNotes).NonNull()
            .Description("Who decided: the token subject of the practitioner.");
        e.Field("decidedByAgency", r => r.Decision.DecidedByAgency).Category(AssessmentAndCaseNotes).NonNull().Filterable();
        e.Field("decidedAt", r => r.Decision.DecidedAt).Category(AssessmentAndCaseNotes).NonNull().Filterable().Sortable()
            .Description("When it was decided (recorded by the hub).");
    });

    public void AddQueryFields(ObjectTypeBuilder t)
    {
        var entity = Type;
        // The rows are mapped to their children by the audit writer (no query here: sibling root fields share the context).
        AuditedFields.Connection(t, "sharingDecisions", entity, ctx => Source(ctx)).Argument("childId", Scalars.ID, "Only the decisions about this child (its global id); none when the caller may not see the child.")
          .Description("Sharing decisions, shared and refused, that the caller may see: children's social care and information governance leads see those of their councils; others none.");
    }

    /// <summary>The rows, narrowed to one child when <c>childId</c> is given (and that child only where the caller may see it).</summary>
    private IQueryable<Row> Source(IResolveFieldContext ctx)
    {
        var rows = Rows(HubEntities.Db(ctx));
        if (ctx.Arguments.GetValueOrDefault("childId") is not string id) return rows;
        if (DataFields.KeyOf<Guid?>(_hub.ChildType, id) is not { } key) return rows.Where(_ => false); // an id of another type
        rows = rows.Where(r => r.Decision.ChildId == key);
        return DataRequest.From(ctx, _hub.Data).RowFilter(_hub.ChildType) is Expression<Func<Person, bool>> visible
            ? rows.Where(Conditions.Over<Row, Person>(r => r.Child!, visible))
            : rows;
    }
}
