using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using static Partnership.Schema.Journeys.JourneyMutations;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Children's social care: schedule a strategy meeting (invitations to police, health and each child's school generated),
/// record its decisions and actions. Only social care, only children of its councils (the policy's child row rule).
/// </summary>
internal static class SocialCareJourneys
{
    public const int MaxChildren = 12, MaxActions = 50, MaxNoteLength = 4000;

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        var schedule = new InputObjectType("ScheduleStrategyMeetingInput", b => b
            .Field("childIds", Scalars.ID.NonNull().List().NonNull(), $"The children to discuss (1 to {MaxChildren}, of one council; often siblings).")
            .Field("heldAt", DataScalars.DateTime.NonNull())
            .Field("mode", data.EnumFor(typeof(MeetingMode)), MeetingMode.Virtual)
            .Field("location", Scalars.String, $"Where (1 to {MeetingLifecycle.MaxLocationLength} characters); never a child's confidential address."));
        AuditedFields.Mutation(t, "scheduleStrategyMeeting", PayloadType(hub, userError, "ScheduleStrategyMeetingPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, ScheduleAsync))
            .Description("Social care: schedules a strategy meeting and invites social care (the case-holding hub), police (the council's policing area), health (the child's health visiting team or GP practice) and each child's school.")
            .Argument("input", schedule.NonNull());

        var action = new InputObjectType("MeetingActionInput", b => b
            .Field("description", Scalars.String.NonNull())
            .Field("ownerAgency", data.EnumFor(typeof(Agency)).NonNull())
            .Field("ownerOrganisationId", Scalars.ID, "The owning organisation's id (from the invitation), when one organisation owns it.")
            .Field("dueDate", DataScalars.Date.NonNull())
            .Field("childId", Scalars.ID, "The child it concerns, when one of several."));
        var decisions = new InputObjectType("RecordMeetingDecisionsInput", b => b
            .Field("meetingId", Scalars.ID.NonNull())
            .Field("startSection47", Scalars.Boolean.NonNull(), "Whether a section 47 enquiry starts (the ICPC is then due in 15 working days).")
            .Field("criminalInvestigation", Scalars.String)
            .Field("legalAction", Scalars.Boolean)
            .Field("furtherInformation", Scalars.String)
            .Field("siblings", Scalars.String)
            .Field("notes", Scalars.String)
            .Field("actions", action.NonNull().List(), $"Actions agreed: who does what by when (at most {MaxActions})."));
        AuditedFields.Mutation(t, "recordMeetingDecisions", PayloadType(hub, userError, "RecordMeetingDecisionsPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, RecordDecisionsAsync))
            .Description("Social care: records a held strategy meeting's decisions and actions; starting a section 47 enquiry sets the ICPC target.")
            .Argument("input", decisions.NonNull());
    }

    private static Payload NotSocialCare() => Payload.Fail(HubSchema.Codes.Forbidden, "Only children's social care does this.");

    private static async Task<Payload> ScheduleAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return NotSocialCare();
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var (children, keys) = await MeetingChildrenAsync(db, caller, input, MaxChildren, "strategy meeting", errors, ctx.CancellationToken);
        var heldAt = (DateTimeOffset)input["heldAt"]!;
        if (heldAt < caller.Now.AddDays(-30) || heldAt > caller.Now.AddDays(90))
            errors.Add(new("INVALID_DATE", "heldAt must be within 30 days before and 90 days after now.", ["input", "heldAt"]));
        var (location, problem) = await MeetingLifecycle.LocationAsync(db, input, keys, ctx.CancellationToken);
        if (problem is not null) errors.Add(problem);
        if (errors.Count > 0) return Payload.Failed(errors);

        var la = children[0].LocalAuthorityId!.Value;
        var today = caller.Today;
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Kind = MeetingKind.StrategyDiscussion, LocalAuthorityId = la, HeldAt = heldAt.ToUniversalTime(),
            Mode = input.GetValueOrDefault("mode") is MeetingMode mode ? mode : MeetingMode.Virtual,
            ChairId = await PractitionerAsync(db, caller, ctx.CancellationToken),
            Location = location, UpdatedAt = caller.Now,
        };
        foreach (var c in children) meeting.Children.Add(new MeetingChild { MeetingId = meeting.Id, ChildId = c.Id });
        await InvitePartnersAsync(db, meeting, children.Select(c => c.CaseHoldingHubId).ToList(), caller, ctx.CancellationToken);

        db.Meetings.Add(meeting);
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.Scheduled, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        foreach (var c in children) audit.Child(c.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }

    /// <summary>A meeting's children as the input names them (global ids, of one council, that the caller sees); problems go to <paramref name="errors"/>.</summary>
    internal static async Task<(List<(Guid Id, Guid? LocalAuthorityId, Guid? CaseHoldingHubId)> Children, List<Guid> Keys)> MeetingChildrenAsync(
        PartnershipDbContext db, HubCaller caller, IReadOnlyDictionary<string, object?> input, int max, string what, List<UserError> errors, CancellationToken ct)
    {
        var ids = ((System.Collections.IEnumerable)input["childIds"]!).Cast<string>().ToList();
        if (ids.Count == 0 || ids.Count > max) errors.Add(new("INVALID_CHILDREN", $"Name 1 to {max} children.", ["input", "childIds"]));
        var keys = new List<Guid>();
        foreach (var id in ids)
            if (DecodeId(id, HubEntities.Child) is { } k && !keys.Contains(k)) keys.Add(k);
        var found = await db.People.Where(p => keys.Contains(p.Id)).Where(SharingPolicy.ChildRow(caller))
            .Select(p => new { p.Id, p.LocalAuthorityId, p.CaseHoldingHubId }).ToListAsync(ct);
        // A malformed id, an unknown child and one the caller may not see are the same answer: not found, at its index.
        for (var i = 0; i < ids.Count; i++)
            if (DecodeId(ids[i], HubEntities.Child) is not { } k || found.All(c => c.Id != k))
                errors.Add(new("NOT_FOUND", "There is no child with this id.", ["input", "childIds", i.ToString()]));
        if (found.Select(c => c.LocalAuthorityId).Distinct().Count() > 1)
            errors.Add(new("MIXED_COUNCILS", $"A {what} is held by one council: the children belong to several.", ["input", "childIds"]));
        return (found.Select(c => (c.Id, c.LocalAuthorityId, c.CaseHoldingHubId)).ToList(), keys);
    }

    /// <summary>
    /// Invites a meeting's statutory partners: social care (each child's case-holding hub), police (the council's policing area),
    /// health (each child's health visiting team, else GP practice) and each child's school.
    /// </summary>
    internal static async Task InvitePartnersAsync(PartnershipDbContext db, Meeting meeting, IReadOnlyList<Guid?> caseHoldingHubs, HubCaller caller, CancellationToken ct)
    {
        var la = meeting.LocalAuthorityId;
        var keys = meeting.Children.Select(c => c.ChildId).ToList();
        var today = caller.Today;
        void Invite(Agency agency, Guid? org)
        {
            if (meeting.Invitations.Any(i => i.Agency == agency && i.OrganisationId == org)) return;
            meeting.Invitations.Add(new MeetingInvitation { Id = Guid.NewGuid(), MeetingId = meeting.Id, Agency = agency, OrganisationId = org, Status = AttendanceStatus.Invited });
        }
        foreach (var hub in caseHoldingHubs.Distinct()) Invite(Agency.SocialCare, hub ?? caller.OrganisationId);
        var police = await db.Organisations.Where(o => o.Agency == Agency.Police && o.Kind == OrganisationKind.PolicingArea && o.LocalAuthorityId == la)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        Invite(Agency.Police, police);
        var hv = await db.HealthVisitingAssignments.Where(a => keys.Contains(a.PersonId) && Period.IsOpen(a.StartDate, a.EndDate, today))
            .Select(a => a.TeamId).Distinct().ToListAsync(ct);
        var gp = await db.GpRegistrations.Where(g => keys.Contains(g.PersonId) && Period.IsOpen(g.StartDate, g.EndDate, today))
            .Select(g => g.PracticeId).Distinct().ToListAsync(ct);
        if (hv.Count == 0 && gp.Count == 0) Invite(Agency.Health, null);
        foreach (var team in hv) Invite(Agency.Health, team);
        if (hv.Count == 0) foreach (var practice in gp) Invite(Agency.Health, practice);
        var schools = await db.SchoolEnrolments.Where(e => keys.Contains(e.PersonId) && Period.IsOpen(e.StartDate, e.EndDate, today))
            .Select(e => e.SchoolId).Distinct().ToListAsync(ct);
        foreach (var school in schools) Invite(Agency.Education, school);
    }

    private static async Task<Payload> RecordDecisionsAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input, FieldAudit audit)
    {
        if (caller.Agency != Agency.SocialCare) return NotSocialCare();
        var db = HubEntities.Db(ctx);
        var errors = new List<UserError>();
        var key = DecodeId((string)input["meetingId"]!, HubEntities.StrategyMeeting);
        var meeting = key is null ? null : await db.StrategyMeetings.Include(m => m.Children).Include(m => m.Invitations)
            .Where(m => m.Id == key).Where(SharingPolicy.SeesMeeting(caller)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (meeting is null) return Payload.Fail("NOT_FOUND", "There is no strategy meeting with this id.", "meetingId");
        var held = JourneyQueries.England(meeting.HeldAt);
        if (meeting.HeldAt > caller.Now) errors.Add(new("NOT_HELD", "Decisions are recorded once the meeting has been held.", ["input", "meetingId"]));
        string? Text(string name)
        {
            var value = (input.GetValueOrDefault(name) as string)?.Trim();
            if (value is { Length: > MaxNoteLength }) errors.Add(new("INVALID_TEXT", $"{name} must be at most {MaxNoteLength} characters.", ["input", name]));
            return string.IsNullOrEmpty(value) ? null : value;
        }
        var criminal = Text("criminalInvestigation");
        var further = Text("furtherInformation");
        var siblings = Text("siblings");
        var notes = Text("notes");
        var actions = new List<MeetingAction>();
        var given = input.GetValueOrDefault("actions") is System.Collections.IEnumerable list ? list.Cast<IReadOnlyDictionary<string, object?>>().ToList() : [];
        if (given.Count > MaxActions) errors.Add(new("TOO_MANY_ACTIONS", $"At most {MaxActions} actions.", ["input", "actions"]));
        for (var i = 0; i < given.Count && i < MaxActions; i++)
        {
            var a = given[i];
            string[] at = ["input", "actions", i.ToString()];
            var description = ((string)a["description"]!).Trim();
            if (description.Length is 0 or > MaxNoteLength) errors.Add(new("INVALID_TEXT", $"description must be 1 to {MaxNoteLength} characters.", [.. at, "description"]));
            var due = (DateOnly)a["dueDate"]!;
            if (due < held) errors.Add(new("INVALID_DATE", "dueDate cannot be before the meeting.", [.. at, "dueDate"]));
            var owner = (Agency)a["ownerAgency"]!;
            Guid? org = null;
            if (a.GetValueOrDefault("ownerOrganisationId") is string orgText)
            {
                org = Guid.TryParse(orgText, out var g) ? g : null;
                if (org is null || !meeting.Invitations.Any(inv => inv.Agency == owner && inv.OrganisationId == org))
                    errors.Add(new("NOT_INVITED", "The owning organisation must be one invited to the meeting for that agency.", [.. at, "ownerOrganisationId"]));
            }
            else if (owner == Agency.Education)
                org = meeting.Invitations.Where(inv => inv.Agency == Agency.Education).Select(inv => inv.OrganisationId).Distinct().Count() == 1
                    ? meeting.Invitations.First(inv => inv.Agency == Agency.Education).OrganisationId : null;
            if (owner != Agency.SocialCare && meeting.Invitations.All(inv => inv.Agency != owner))
                errors.Add(new("NOT_INVITED", $"{owner} is not invited to this meeting.", [.. at, "ownerAgency"]));
            Guid? child = null;
            if (a.GetValueOrDefault("childId") is string childText)
            {
                child = DecodeId(childText, HubEntities.Child);
                if (child is null || meeting.Children.All(c => c.ChildId != child))
                    errors.Add(new("NOT_FOUND", "That child is not one of the children discussed at this meeting.", [.. at, "childId"]));
            }
            actions.Add(new MeetingAction { Id = Guid.NewGuid(), MeetingId = meeting.Id, ChildId = child, Description = description, OwnerAgency = owner, OwnerOrganisationId = org, DueDate = due });
        }
        var startS47 = (bool)input["startSection47"]!;
        var referrals = new Dictionary<Guid, Guid>();
        if (startS47)
        {
            var childIds = meeting.Children.Select(c => c.ChildId).ToList();
            // The enquiry belongs to the child's open episode of need (referral).
            var open = await db.Referrals.Where(r => childIds.Contains(r.ChildId) && r.ClosureDate == null)
                .OrderByDescending(r => r.ReferralDate).Select(r => new { r.ChildId, r.Id }).ToListAsync(ctx.CancellationToken);
            foreach (var r in open) referrals.TryAdd(r.ChildId, r.Id);
            foreach (var c in childIds.Where(c => !referrals.ContainsKey(c)))
                errors.Add(new("NO_OPEN_REFERRAL", "A section 47 enquiry needs the child's open referral; record the referral first.", ["input", "startSection47"]));
        }
        if (errors.Count > 0) return Payload.Failed(errors);

        meeting.DecisionStartSection47 = startS47;
        meeting.DecisionCriminalInvestigation = criminal;
        meeting.DecisionLegalAction = input.GetValueOrDefault("legalAction") as bool?;
        meeting.DecisionFurtherInformation = further;
        meeting.DecisionSiblings = siblings;
        meeting.DecisionNotes = notes;
        db.MeetingActions.AddRange(actions);
        if (startS47)
            foreach (var (child, referral) in referrals)
                if (!await db.Section47Enquiries.AnyAsync(s => s.StrategyMeetingId == meeting.Id && s.ChildId == child, ctx.CancellationToken))
                    db.Section47Enquiries.Add(new Section47Enquiry
                    {
                        Id = Guid.NewGuid(), ChildId = child, ReferralId = referral, StartDate = held, StrategyMeetingId = meeting.Id,
                        InitialConferenceTarget = WorkingDays.InitialConferenceDue(held),
                    });
        MeetingChangeLog.Record(db, meeting, MeetingChangeKind.DecisionsRecorded, caller.Now);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.MeetingRecord);
        return new Payload(meeting.Id, null, null, []);
    }
}
