using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnership.Data.Model;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using static Partnership.Schema.Journeys.JourneyMutations;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// A meeting's lifecycle: scheduled, held, its outcome recorded, or cancelled (with the reason); where it is; and every change
/// to it or anything of it dated and counted (<c>updatedAt</c>, <c>version</c>), so a force system asking for meetings
/// <c>updatedAt: { gt: … }</c> sees every change since it last looked. Social care reschedules and cancels; an invited
/// organisation records its attendance and contributions while the meeting is open for them: until
/// <see cref="SharingOptions.MeetingRecordWindow"/> after it was held.
/// </summary>
internal static class MeetingLifecycle
{
    public const int MaxLocationLength = 200, MaxReasonLength = 1000;

    /// <summary>
    /// The lifecycle fields a strategy meeting and a conference share (category meeting schedule: every invited organisation sees
    /// them); <c>updatedAt</c> filters and sorts, so "what changed since" is one query.
    /// </summary>
    public static void Fields(EntityDescriptor<Meeting> e)
    {
        e.Field("status", m => m.CancelledAt != null ? MeetingStatus.Cancelled : m.HeldAt > RequestClock.Now ? MeetingStatus.Scheduled
                : m.DecisionStartSection47 != null || m.ConferenceOutcome != null ? MeetingStatus.OutcomeRecorded : MeetingStatus.Held)
            .Category(InformationCategory.MeetingSchedule).NonNull();
        e.Field("mode", m => m.Mode).Category(InformationCategory.MeetingSchedule).NonNull().Filterable();
        e.Field("location", m => m.Location).Category(InformationCategory.MeetingSchedule);
        e.Field("scheduledFor", m => m.HeldAt).Category(InformationCategory.MeetingSchedule).NonNull();
        e.Field("cancelledAt", m => m.CancelledAt).Category(InformationCategory.MeetingSchedule).Filterable();
        e.Field("cancellationReason", m => m.CancellationReason).Category(InformationCategory.MeetingSchedule);
        e.Field("updatedAt", m => m.UpdatedAt).Category(InformationCategory.MeetingSchedule).NonNull().Filterable().Sortable();
        e.Field("version", m => m.Version).Category(InformationCategory.MeetingSchedule).NonNull();
    }

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        var reschedule = new InputObjectType("RescheduleStrategyMeetingInput", b => b
            .Field("meetingId", Scalars.ID.NonNull())
            .Field("heldAt", DataScalars.DateTime.NonNull(), "The new time; not in the past, at most 90 days ahead.")
            .Field("mode", data.EnumFor(typeof(MeetingMode)))
            .Field("location", Scalars.String, $"Where (1 to {MaxLocationLength} characters); never a child's confidential address."));
        AuditedFields.Mutation(t, "rescheduleStrategyMeeting", PayloadType(hub, userError, "RescheduleStrategyMeetingPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, RescheduleAsync))
            .Description("Social care: moves a meeting not yet held (and its mode or place); every invited organisation sees the change.")
            .Argument("input", reschedule.NonNull());
        var cancel = new InputObjectType("CancelStrategyMeetingInput", b => b
            .Field("meetingId", Scalars.ID.NonNull())
            .Field("reason", Scalars.String.NonNull(), $"Why (1 to {MaxReasonLength} characters); shared with the invited organisations."));
        AuditedFields.Mutation(t, "cancelStrategyMeeting", PayloadType(hub, userError, "CancelStrategyMeetingPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, CancelAsync))
            .Description("Social care: cancels a meeting not yet held, with the reason; every invited organisation sees it.")
            .Argument("input", cancel.NonNull());
    }

    /// <summary>Dates and counts a change to the meeting (through <see cref="MeetingChangeLog.Record"/>, saved with the change that caused it).</summary>
    internal static void Touch(Meeting meeting, DateTimeOffset now)
    {
        meeting.UpdatedAt = now;
        meeting.Version++;
    }

    /// <summary>Why a partner may no longer write to the meeting (attendance, contributions), or null while it is open for them.</summary>
    public static UserError? ClosedToPartners(IResolveFieldContext ctx, Meeting meeting, DateTimeOffset now)
    {
        if (meeting.CancelledAt is not null)
            return new("MEETING_CANCELLED", "This meeting was cancelled.", ["input", "meetingId"]);
        var window = ctx.GetRequiredService<IOptions<SharingOptions>>().Value.MeetingRecordWindow;
        return meeting.HeldAt + window < now
            ? new("MEETING_CLOSED", $"Attendance and contributions are taken until {window.TotalDays:0} days after the meeting; it was held on {meeting.HeldAt:yyyy-MM-dd}.", ["input", "meetingId"])
            : null;
    }

    /// <summary>The location given, or null; refused when too long or when it is one of the children's confidential addresses.</summary>
    public static async Task<(string? Location, UserError? Error)> LocationAsync(Partnership.Data.PartnershipDbContext db, IReadOnlyDictionary<string, object?> input,
        IReadOnlyCollection<Guid> children, CancellationToken ct)
    {
        if (input.GetValueOrDefault("location") is not string text) return (null, null);
        text = text.Trim();
        if (text.Length is 0 or > MaxLocationLength)
            return (null, new("INVALID_LOCATION", $"location must be 1 to {MaxLocationLength} characters.", ["input", "location"]));
        var lower = text.ToLowerInvariant();
        var confidential = await db.Addresses.Where(a => a.IsConfidential && children.Contains(a.PersonId)).Select(a => new { a.Line1, a.Postcode }).ToListAsync(ct);
        // The text is never echoed: the error names the rule, not the address.
        return confidential.Any(a => lower.Contains(a.Line1.ToLowerInvariant()) || lower.Contains(a.Postcode.ToLowerInvariant()))
            ? (null, new("CONFIDENTIAL_LOCATION", "A meeting's location is shared with every invited organisation: it cannot be a confidential address.", ["input", "location"]))
            : (text, null);
    }

    private static async Task<(Meeting? Meeting, Payload? Failure)> OpenMeetingAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input)
    {
        if (caller.Agency != Agency.SocialCare) return (null, Payload.Fail(HubSchema.Codes.Forbidden, "Only children's social care does this."));
        var key = DecodeId((string)input["meetingId"]!, HubEntities.StrategyMeeting);
        var db = HubEntities.Db(ctx);
        var meeting = key is null ? null
            : await db.StrategyMeetings.Include(m => m.Children).Where(m => m.Id == key).Where(SharingPolicy.SeesMeeting(caller)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (meeting is null) return (null, Payload.Fail("NOT_FOUND", "There is no strategy meeting with this id.", "meetingId"));
        if (meeting.CancelledAt is not null) return (null, Payload.Fail("MEETING_CANCELLED", "This meeting was already cancelled.", "meetingId"));
        if (meeting.HeldAt <= caller.Now) return (null, Payload.Fail("ALREADY_HELD", "A meeting that has started cannot be moved or cancelled.", "meetingId"));
        return (meeting, null);
    }

    private static async Task<Payload> RescheduleAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, AccessCollector.FieldAudit audit)
    {
        var (meeting, failure) = await OpenMeetingAsync(ctx, caller, input);
        if (failure is not null) return failure;
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var heldAt = (DateTimeOffset)input["heldAt"]!;
        if (heldAt <= caller.Now || heldAt > caller.Now.AddDays(90))
            errors.Add(new("INVALID_DATE", "heldAt must be after now and at most 90 days ahead.", ["input", "heldAt"]));
        var (location, problem) = await LocationAsync(db, input, meeting!.Children.Select(c => c.ChildId).ToList(), ctx.CancellationToken);
        if (problem is not null) errors.Add(problem);
        if (errors.Count > 0) return Payload.Failed(errors);
        meeting.HeldAt = heldAt.ToUniversalTime();
        if (input.GetValueOrDefault("mode") is MeetingMode mode) meeting.Mode = mode;
        if (location is not null) meeting.Location = location;
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.Rescheduled, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }

    private static async Task<Payload> CancelAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, AccessCollector.FieldAudit audit)
    {
        var (meeting, failure) = await OpenMeetingAsync(ctx, caller, input);
        if (failure is not null) return failure;
        var reason = ((string)input["reason"]!).Trim();
        if (reason.Length is 0 or > MaxReasonLength)
            return Payload.Fail("INVALID_REASON", $"reason must be 1 to {MaxReasonLength} characters.", "reason");
        var db = HubEntities.Db(ctx);
        meeting!.CancelledAt = caller.Now;
        meeting.CancellationReason = reason;
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.Cancelled, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }
}
