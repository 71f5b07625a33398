using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using static Partnership.Schema.Journeys.JourneyMutations;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Child protection conferences as a workflow (Working Together 2023): social care schedules an initial conference (due within
/// 15 working days of the strategy discussion that started the section 47 enquiry) or a review (three months after the
/// initial one, then at most every six, from the dates actually held); the statutory partners are invited as to a strategy
/// discussion; they record attendance and send reports (<c>recordAttendance</c>, <c>addContribution</c>); social care records the
/// outcome. An initial conference's outcome closes the enquiry's wait (it leaves <c>initialConferencesDue</c>) and, when a plan
/// starts, starts it with its category — its first review falls due three months on; a review's moves the next one, or ends
/// the plan. Every step is a change in the meeting feed and is audited.
/// </summary>
internal static class ConferenceWorkflow
{
    public const int MaxChildren = 8;

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        var payload = new ObjectType("ConferencePayload", b =>
        {
            AuditedFields.Lookup(b, "conference", (EntityType<Meeting>)data.FindEntity(Conferences.Entity)!,
                ctx => HubEntities.Db(ctx).Conferences.Where(m => m.Id == ((Payload)ctx.Source!).MeetingId));
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<Payload>(p => p.Errors);
        });
        var schedule = new InputObjectType("ScheduleConferenceInput", b => b
            .Field("kind", data.EnumFor(typeof(MeetingKind)).NonNull(), "INITIAL_CONFERENCE or REVIEW_CONFERENCE.")
            .Field("childIds", Scalars.ID.NonNull().List().NonNull(), $"The children (1 to {MaxChildren}, of one council): for an initial conference each with a section 47 enquiry awaiting it, for a review each on an open child protection or pre-birth plan.")
            .Field("heldAt", DataScalars.DateTime.NonNull(), "When; not in the past, at most 90 days ahead.")
            .Field("mode", data.EnumFor(typeof(MeetingMode)), MeetingMode.InPerson)
            .Field("location", Scalars.String, $"Where (1 to {MeetingLifecycle.MaxLocationLength} characters); never a child's confidential address."));
        AuditedFields.Mutation(t, "scheduleConference", payload.NonNull(), (ctx, audit) => Run(ctx, audit, ScheduleAsync))
            .Description("Social care: schedules an initial or review child protection conference and invites the statutory partners.")
            .Argument("input", schedule.NonNull());
        var outcome = new InputObjectType("RecordConferenceOutcomeInput", b => b
            .Field("conferenceId", Scalars.ID.NonNull())
            .Field("outcome", data.EnumFor(typeof(ConferenceOutcome)).NonNull(),
                "Initial: PLAN_STARTED or NO_PLAN. Review: PLAN_CONTINUED or PLAN_ENDED.")
            .Field("category", hub.AbuseCategoryType, "The category of abuse of a plan started (required then; a review may change it)."));
        AuditedFields.Mutation(t, "recordConferenceOutcome", payload.NonNull(), (ctx, audit) => Run(ctx, audit, OutcomeAsync))
            .Description("Social care: records a held conference's outcome; starts, continues or ends each child's plan and sets when its next review is due.")
            .Argument("input", outcome.NonNull());
    }

    private static async Task<Payload> ScheduleAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, AccessCollector.FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return Payload.Fail(HubSchema.Codes.Forbidden, "Only children's social care does this.");
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var kind = (MeetingKind)input["kind"]!;
        if (kind == MeetingKind.StrategyDiscussion)
            errors.Add(new("INVALID_KIND", "A strategy discussion is scheduled with scheduleStrategyMeeting.", ["input", "kind"]));
        var (children, keys) = await SocialCareJourneys.MeetingChildrenAsync(db, caller, input, MaxChildren, "conference", errors, ctx.CancellationToken);
        var today = caller.Today;
        Guid? plan = null;
        foreach (var child in children)
        {
            if (kind == MeetingKind.InitialConference
                && !await db.Section47Enquiries.AnyAsync(s => s.ChildId == child.Id && s.EndDate == null && s.InitialConferenceDate == null && !s.InitialConferenceNotRequired, ctx.CancellationToken))
                errors.Add(new("NO_SECTION_47", "An initial conference follows a section 47 enquiry awaiting one; this child has none.", ["input", "childIds"]));
            if (kind == MeetingKind.ReviewConference)
            {
                plan = await OpenPlans(db, child.Id, today).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
                if (plan is null) errors.Add(new("NO_PLAN", "A review conference reviews an open child protection or pre-birth plan; this child has none.", ["input", "childIds"]));
            }
        }
        var heldAt = (DateTimeOffset)input["heldAt"]!;
        if (heldAt <= caller.Now || heldAt > caller.Now.AddDays(90))
            errors.Add(new("INVALID_DATE", "heldAt must be after now and at most 90 days ahead.", ["input", "heldAt"]));
        var (location, problem) = await MeetingLifecycle.LocationAsync(db, input, keys, ctx.CancellationToken);
        if (problem is not null) errors.Add(problem);
        if (errors.Count > 0) return Payload.Failed(errors);

        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Kind = kind, LocalAuthorityId = children[0].LocalAuthorityId!.Value, HeldAt = heldAt.ToUniversalTime(),
            Mode = input.GetValueOrDefault("mode") is MeetingMode mode ? mode : MeetingMode.InPerson, Location = location,
            ChairId = await PractitionerAsync(db, caller, ctx.CancellationToken), UpdatedAt = caller.Now,
            PlanId = children.Count == 1 ? plan : null,
        };
        foreach (var c in children) meeting.Children.Add(new MeetingChild { MeetingId = meeting.Id, ChildId = c.Id });
        await SocialCareJourneys.InvitePartnersAsync(db, meeting, children.Select(c => c.CaseHoldingHubId).ToList(), caller, ctx.CancellationToken);
        db.Meetings.Add(meeting);
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.Scheduled, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        foreach (var c in children) audit.Child(c.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }

    private static async Task<Payload> OutcomeAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, AccessCollector.FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return Payload.Fail(HubSchema.Codes.Forbidden, "Only children's social care does this.");
        var db = HubEntities.Db(ctx);
        var key = DecodeId((string)input["conferenceId"]!, Conferences.Entity);
        var meeting = key is null ? null
            : await db.Conferences.Include(m => m.Children).Where(m => m.Id == key).Where(SharingPolicy.SeesMeeting(caller)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (meeting is null) return Payload.Fail("NOT_FOUND", "There is no conference with this id.", "conferenceId");
        var outcome = (ConferenceOutcome)input["outcome"]!;
        var category = input.GetValueOrDefault("category") as AbuseCategory?;
        var initial = meeting.Kind == MeetingKind.InitialConference;
        if (meeting.CancelledAt is not null) return Payload.Fail("MEETING_CANCELLED", "This conference was cancelled.", "conferenceId");
        if (meeting.HeldAt > caller.Now) return Payload.Fail("NOT_YET_HELD", "An outcome is recorded once the conference has been held.", "conferenceId");
        if (meeting.ConferenceOutcome is not null) return Payload.Fail("ALREADY_RECORDED", "This conference's outcome is already recorded.", "conferenceId");
        if (initial ? outcome is not (ConferenceOutcome.PlanStarted or ConferenceOutcome.NoPlan) : outcome is not (ConferenceOutcome.PlanContinued or ConferenceOutcome.PlanEnded))
            return Payload.Fail("INVALID_OUTCOME", initial ? "An initial conference starts a plan or decides none is needed." : "A review continues or ends the plan.", "outcome");
        if (outcome == ConferenceOutcome.PlanStarted && category is null)
            return Payload.Fail("CATEGORY_REQUIRED", "A child protection plan needs a category of abuse.", "category");
        if (outcome == ConferenceOutcome.NoPlan && category is not null)
            return Payload.Fail("INVALID_CATEGORY", "No plan, no category.", "category");

        var held = DateOnly.FromDateTime(meeting.HeldAt.UtcDateTime);
        var childIds = meeting.Children.Select(c => c.ChildId).ToList();
        foreach (var child in childIds)
        {
            var open = await OpenPlans(db, child, held).FirstOrDefaultAsync(ctx.CancellationToken);
            if (initial)
            {
                // The enquiry's wait for its initial conference ends with the conference held (whatever it decided).
                foreach (var s47 in await db.Section47Enquiries.Where(s => s.ChildId == child && s.EndDate == null && s.InitialConferenceDate == null).ToListAsync(ctx.CancellationToken))
                    s47.InitialConferenceDate = held;
                if (outcome == ConferenceOutcome.PlanStarted && open is null)
                {
                    var person = await db.People.Where(p => p.Id == child).Select(p => new { p.LocalAuthorityId, p.CaseHoldingHubId, Unborn = p.DateOfBirth == null })
                        .SingleAsync(ctx.CancellationToken);
                    var previous = await db.Plans.CountAsync(p => p.ChildId == child && (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth), ctx.CancellationToken);
                    var plan = new Plan
                    {
                        Id = Guid.NewGuid(), ChildId = child, LocalAuthorityId = person.LocalAuthorityId!.Value,
                        Kind = person.Unborn ? PlanKind.PreBirth : PlanKind.ChildProtection, StartDate = held,
                        InitialCategory = category, LatestCategory = category, NumberOfPreviousPlans = previous,
                        OwningHubId = person.CaseHoldingHubId ?? caller.OrganisationId, LeadPractitionerId = await PractitionerAsync(db, caller, ctx.CancellationToken),
                    };
                    db.Plans.Add(plan);
                    meeting.PlanId ??= plan.Id;
                }
            }
            else if (open is not null)
            {
                // A review held moves the next one: at most six months after it (reviewConferencesDue counts from here).
                db.PlanReviews.Add(new PlanReview { Id = Guid.NewGuid(), PlanId = open.Id, ReviewDate = held, MeetingId = meeting.Id });
                if (category is not null) open.LatestCategory = category;
                if (outcome == ConferenceOutcome.PlanEnded) open.EndDate = held;
            }
        }
        meeting.ConferenceOutcome = outcome;
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.OutcomeRecorded, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        foreach (var c in childIds)
        {
            audit.Child(c, InformationCategory.MeetingRecord);
            audit.Child(c, InformationCategory.ProtectionStatus);
        }
        return new Payload(meeting.Id, null, null, []);
    }

    /// <summary>The child's child protection or pre-birth plans open on <paramref name="on"/>, latest first.</summary>
    private static IQueryable<Plan> OpenPlans(PartnershipDbContext db, Guid child, DateOnly on) =>
        db.Plans.Where(p => p.ChildId == child && (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth) && Period.IsOpen(p.StartDate, p.EndDate, on))
            .OrderByDescending(p => p.StartDate);
}
