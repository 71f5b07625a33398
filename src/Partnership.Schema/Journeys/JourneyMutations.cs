using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// The partners' meeting mutations: record attendance, add a contribution, complete an action. Same convention as the
/// hub's other mutations: one input object, a payload with the result and <c>errors: [UserError!]!</c>; every input is
/// checked before anything is written and one <c>SaveChanges</c> (one transaction) writes it all, or nothing. A meeting or
/// action the caller may not see is <c>NOT_FOUND</c>, exactly as one that does not exist. Each change is recorded in the
/// access audit against the children of the meeting.
/// </summary>
internal static class JourneyMutations
{
    public const int MaxTextLength = 4000;

    /// <summary>The payload every journey mutation returns: the ids of what it wrote (read back under the policy) and the errors.</summary>
    internal sealed record Payload(Guid? MeetingId, Guid? ContributionId, Guid? ActionId, IReadOnlyList<UserError> Errors)
    {
        public static Payload Fail(string code, string message, params string[] field) => new(null, null, null, [new UserError(code, message, ["input", .. field])]);
        public static Payload Failed(List<UserError> errors) => new(null, null, null, errors);
    }

    public static void AddFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        var status = new EnumType("AttendanceReply", [new EnumValueDefinition("ATTENDED") { Value = AttendanceStatus.Attended, Description = "The agency took part." },
            new EnumValueDefinition("APOLOGIES") { Value = AttendanceStatus.Apologies, Description = "The agency sent apologies." }])
        { Description = "What an invited agency records about its own attendance." };
        var attendanceInput = new InputObjectType("RecordAttendanceInput", b => b
            .Field("meetingId", Scalars.ID.NonNull(), "The strategy meeting's or conference's global id (a report to a conference is a contribution).")
            .Field("status", status.NonNull()));
        AuditedFields.Mutation(t, "recordAttendance", PayloadType(hub, userError, "RecordAttendancePayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, RecordAttendanceAsync))
            .Description("Records the caller's agency (and organisation) as attended or sending apologies to a meeting it is invited to.")
            .Argument("input", attendanceInput.NonNull());

        var contributionInput = new InputObjectType("AddContributionInput", b => b
            .Field("meetingId", Scalars.ID.NonNull(), "The strategy meeting's or conference's global id (a report to a conference is a contribution).")
            .Field("childId", Scalars.ID, "The child it concerns, when it concerns one of the children discussed.")
            .Field("category", data.EnumFor(typeof(InformationCategory)).NonNull(), "The information category of what is shared.")
            .Field("text", Scalars.String.NonNull(), $"What the agency shares (1 to {MaxTextLength} characters)."));
        AuditedFields.Mutation(t, "addContribution", PayloadType(hub, userError, "AddContributionPayload", meeting: true, contribution: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, AddContributionAsync))
            .Description("Adds the caller's agency's contribution to a meeting it is invited to (police, health, education information).")
            .Argument("input", contributionInput.NonNull());

        var completeInput = new InputObjectType("CompleteActionInput", b => b
            .Field("actionId", Scalars.ID.NonNull(), "The action's global id.")
            .Field("completedOn", DataScalars.Date, "When it was done (default: today); not in the future nor before the meeting."));
        AuditedFields.Mutation(t, "completeAction", PayloadType(hub, userError, "CompleteActionPayload", action: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, CompleteActionAsync))
            .Description("Marks an action owned by the caller's agency (for a school: the school) as done.")
            .Argument("input", completeInput.NonNull());
    }

    internal static ObjectType PayloadType(HubEntities hub, ObjectType userError, string name, bool meeting = false, bool contribution = false, bool action = false) => new(name, b =>
    {
        if (meeting)
            AuditedFields.Lookup(b, "meeting", hub.MeetingType, ctx => HubEntities.Db(ctx).StrategyMeetings.Where(m => m.Id == ((Payload)ctx.Source!).MeetingId))
                .Description("The meeting, as the caller may now see it.");
        if (contribution)
            AuditedFields.Lookup(b, "contribution", hub.ContributionType, ctx => HubEntities.Db(ctx).MeetingContributions.Where(k => k.Id == ((Payload)ctx.Source!).ContributionId));
        if (action)
            AuditedFields.Lookup(b, "action", hub.ActionType, ctx => HubEntities.Db(ctx).MeetingActions.Where(a => a.Id == ((Payload)ctx.Source!).ActionId));
        b.Field("errors", userError.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
    });

    internal static async Task<object?> Run(IResolveFieldContext ctx, FieldAudit audit,
        Func<IResolveFieldContext, HubCaller, IReadOnlyDictionary<string, object?>, FieldAudit, Task<Payload>> body)
    {
        var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
        return await body(ctx, caller, (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!, audit);
    }

    /// <summary>The key of a global id of <paramref name="typeName"/>, or null when it is malformed or of another type.</summary>
    internal static Guid? DecodeId(string id, string typeName)
    {
        try { return GlobalId.DecodeKey(id, typeName, typeof(Guid)) as Guid?; }
        catch (GraphQLError) { return null; }
    }

    /// <summary>Records in the access audit that the caller wrote <paramref name="category"/> about each child of the meeting.</summary>
    internal static async Task AuditMeetingAsync(IResolveFieldContext ctx, FieldAudit audit, Guid meetingId, InformationCategory category, Guid? onlyChild = null)
    {
        var children = await HubEntities.Db(ctx).MeetingChildren.Where(c => c.MeetingId == meetingId).Select(c => c.ChildId).ToListAsync(ctx.CancellationToken);
        foreach (var child in children)
            if (onlyChild is null || onlyChild == child) audit.Child(child, category);
    }

    /// <summary>The caller's organisation's invitation to the meeting (police: the force's, its own unit's first), or null.</summary>
    private static Task<MeetingInvitation?> InvitationAsync(PartnershipDbContext db, HubCaller caller, Guid meeting, CancellationToken ct)
    {
        var org = caller.OrganisationId;
        var agency = caller.Agency;
        return db.MeetingInvitations.Where(i => i.MeetingId == meeting && i.Agency == agency
                && (agency == Agency.Police || agency == Agency.SocialCare || (org != null && i.OrganisationId == org)))
            .OrderBy(i => i.OrganisationId == org ? 0 : i.OrganisationId == null ? 1 : 2).ThenBy(i => i.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The meeting, when the caller sees it — or, with <paramref name="ownInvitation"/>, when it was invited to it (recording its own attendance is its own record, also after the children's statutory involvement has ended).</summary>
    private static async Task<Meeting?> VisibleMeetingAsync(PartnershipDbContext db, HubCaller caller, string id, CancellationToken ct, bool ownInvitation = false)
    {
        // A strategy discussion or a conference: partners send reports to a conference and record their attendance alike.
        var key = DecodeId(id, HubEntities.StrategyMeeting) ?? DecodeId(id, Conferences.Entity);
        if (key is null) return null;
        var rule = ownInvitation ? SharingPolicy.InvitedTo(caller) : SharingPolicy.SeesMeeting(caller);
        return await db.Meetings.Where(m => m.Id == key).Where(rule).FirstOrDefaultAsync(ct);
    }

    private static async Task<Payload> RecordAttendanceAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var db = HubEntities.Db(ctx);
        var meeting = await VisibleMeetingAsync(db, caller, (string)input["meetingId"]!, ctx.CancellationToken, ownInvitation: true);
        if (meeting is null) return Payload.Fail("NOT_FOUND", "There is no strategy meeting or conference with this id.", "meetingId");
        var invitation = await InvitationAsync(db, caller, meeting.Id, ctx.CancellationToken);
        if (invitation is null) return Payload.Fail("NOT_INVITED", $"{caller.Agency} is not invited to this meeting.", "meetingId");
        if (MeetingLifecycle.ClosedToPartners(ctx, meeting, caller.Now) is { } closed) return Payload.Failed([closed]);
        var status = (AttendanceStatus)input["status"]!;
        if (status == AttendanceStatus.Attended && meeting.HeldAt > caller.Now)
            return Payload.Fail("INVALID_STATUS", "A meeting that has not yet started cannot have been attended; send apologies instead, or record attendance afterwards.", "status");
        invitation.Status = status;
        if (invitation.OrganisationId is null && caller.OrganisationId is { } org && caller.Agency != Agency.SocialCare) invitation.OrganisationId = org;
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.Attendance, caller.Now, invitation.Agency, invitation.OrganisationId, invitation.Id);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }

    private static async Task<Payload> AddContributionAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var category = (InformationCategory)input["category"]!;
        if (category is InformationCategory.AssessmentAndCaseNotes or InformationCategory.ConfidentialAddress)
            errors.Add(new("INVALID_CATEGORY", $"A contribution cannot carry {category}: the policy never shares it with partners.", ["input", "category"]));
        var text = ((string)input["text"]!).Trim();
        if (text.Length is 0 or > MaxTextLength) errors.Add(new("INVALID_TEXT", $"text must be 1 to {MaxTextLength} characters.", ["input", "text"]));
        var meeting = await VisibleMeetingAsync(db, caller, (string)input["meetingId"]!, ctx.CancellationToken);
        if (meeting is null) errors.Add(new("NOT_FOUND", "There is no strategy meeting or conference with this id.", ["input", "meetingId"]));
        Guid? child = null;
        if (input.GetValueOrDefault("childId") is string childText)
        {
            child = DecodeId(childText, HubEntities.Child);
            if (child is null || meeting is null || !await db.MeetingChildren.AnyAsync(c => c.MeetingId == meeting.Id && c.ChildId == child, ctx.CancellationToken))
                errors.Add(new("NOT_FOUND", "That child is not one of the children discussed at this meeting.", ["input", "childId"]));
        }
        if (meeting is not null && caller.Agency != Agency.SocialCare && await InvitationAsync(db, caller, meeting.Id, ctx.CancellationToken) is null)
            errors.Add(new("NOT_INVITED", $"{caller.Agency} is not invited to this meeting.", ["input", "meetingId"]));
        if (meeting is not null && caller.Agency != Agency.SocialCare && MeetingLifecycle.ClosedToPartners(ctx, meeting, caller.Now) is { } closed)
            errors.Add(closed);
        if (errors.Count > 0) return Payload.Failed(errors);

        var contribution = new MeetingContribution
        {
            Id = Guid.NewGuid(), MeetingId = meeting!.Id, ChildId = child, Agency = caller.Agency,
            OrganisationId = caller.OrganisationId, AuthorId = await PractitionerAsync(db, caller, ctx.CancellationToken),
            Category = category, Text = text, RecordedAt = caller.Now,
        };
        db.MeetingContributions.Add(contribution);
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.ContributionShared, caller.Now, caller.Agency, caller.OrganisationId, contribution.Id);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.AgencyContributions, child);
        return new Payload(meeting.Id, contribution.Id, null, []);
    }

    private static async Task<Payload> CompleteActionAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        var db = HubEntities.Db(ctx);
        var key = DecodeId((string)input["actionId"]!, HubEntities.MeetingAction);
        var action = key is null ? null : await db.MeetingActions.Include(a => a.Meeting)
            .Where(a => a.Id == key).Where(SharingPolicy.SeesAction(caller)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (action is null) return Payload.Fail("NOT_FOUND", "There is no action with this id.", "actionId");
        // As assignedActions: an organisation completes its own actions (police: the force's).
        if (caller.Agency != Agency.SocialCare && (action.OwnerAgency != caller.Agency
                || (caller.Agency != Agency.Police && action.OwnerOrganisationId != caller.OrganisationId)))
            return Payload.Fail(HubSchema.Codes.Forbidden, "Only the organisation that owns an action can mark it done.", "actionId");
        if (action.CompletedOn is not null) return Payload.Fail("ALREADY_COMPLETED", $"This action was already completed on {action.CompletedOn:yyyy-MM-dd}.", "actionId");
        var on = input.GetValueOrDefault("completedOn") is DateOnly d ? d : caller.Today;
        var held = DateOnly.FromDateTime(action.Meeting!.HeldAt.UtcDateTime);
        if (on > caller.Today) return Payload.Fail("INVALID_DATE", "completedOn cannot be in the future.", "completedOn");
        if (on < held) return Payload.Fail("INVALID_DATE", $"completedOn cannot be before the meeting ({held:yyyy-MM-dd}).", "completedOn");
        action.CompletedOn = on;
        MeetingChangeLog.Record(db, action.Meeting, MeetingChangeKind.ActionCompleted, caller.Now, action.OwnerAgency, action.OwnerOrganisationId, action.Id);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, action.MeetingId, InformationCategory.MeetingRecord, action.ChildId);
        return new Payload(action.MeetingId, null, action.Id, []);
    }

    internal static Task<Guid?> PractitionerAsync(PartnershipDbContext db, HubCaller caller, CancellationToken ct) =>
        db.Practitioners.Where(p => p.Subject == caller.Subject).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
}
