using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Policy;
using static Partnership.Schema.Journeys.JourneyMutations;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Social care invites another organisation to a meeting not yet held, or withdraws an invitation sent in error (the wrong
/// school, a GP practice the family has left). An invitation is what opens a meeting's schedule to a partner, so each is a
/// change in the feed: the invited organisation finds the meeting there, and one whose invitation is withdrawn is told the
/// meeting is no longer its to see (REVOKED, with its id only).
/// </summary>
internal static class MeetingInvitations
{
    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var invite = new InputObjectType("InviteToMeetingInput", b => b
            .Field("meetingId", Scalars.ID.NonNull(), "A strategy meeting's or conference's id.")
            .Field("organisation", Scalars.String.NonNull(), "The organisation: its hub id, school URN or NHS ODS code."));
        AuditedFields.Mutation(t, "inviteToMeeting", PayloadType(hub, userError, "InviteToMeetingPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, (c, caller, input, a) => ChangeAsync(c, caller, input, a, withdraw: false)))
            .Description("Social care: invites an organisation to a meeting not yet held; it sees the meeting from now on.")
            .Argument("input", invite.NonNull());
        var withdraw = new InputObjectType("WithdrawInvitationInput", b => b
            .Field("meetingId", Scalars.ID.NonNull(), "A strategy meeting's or conference's id.")
            .Field("organisation", Scalars.String.NonNull(), "The invited organisation: its id (`invitations { organisationId }`), school URN or NHS ODS code."));
        AuditedFields.Mutation(t, "withdrawInvitation", PayloadType(hub, userError, "WithdrawInvitationPayload", meeting: true).NonNull(),
                (ctx, audit) => Run(ctx, audit, (c, caller, input, a) => ChangeAsync(c, caller, input, a, withdraw: true)))
            .Description("Social care: withdraws an organisation's invitation to a meeting not yet held; the meeting is no longer that organisation's to see.")
            .Argument("input", withdraw.NonNull());
    }

    private static async Task<Payload> ChangeAsync(IResolveFieldContext ctx, HubCaller caller, IReadOnlyDictionary<string, object?> input,
        AccessCollector.FieldAudit audit, bool withdraw)
    {
        if (caller.Agency != Agency.SocialCare) return Payload.Fail(HubSchema.Codes.Forbidden, "Only children's social care does this.");
        var db = HubEntities.Db(ctx);
        var id = (string)input["meetingId"]!;
        var key = DecodeId(id, HubEntities.StrategyMeeting) ?? DecodeId(id, Conferences.Entity);
        var meeting = key is null ? null
            : await db.Meetings.Include(m => m.Invitations).Where(m => m.Id == key).Where(SharingPolicy.SeesMeeting(caller)).FirstOrDefaultAsync(ctx.CancellationToken);
        if (meeting is null) return Payload.Fail("NOT_FOUND", "There is no meeting with this id.", "meetingId");
        var errors = new List<UserError>();
        if (meeting.CancelledAt is not null) errors.Add(new("MEETING_CANCELLED", "This meeting was cancelled.", ["input", "meetingId"]));
        else if (meeting.HeldAt <= caller.Now) errors.Add(new("ALREADY_HELD", "Invitations change only before the meeting is held.", ["input", "meetingId"]));
        var organisation = await HubMutations.RecipientAsync(db, ((string)input["organisation"]!).Trim(), ctx.CancellationToken);
        if (organisation is null)
            errors.Add(new("UNKNOWN_ORGANISATION", "The hub knows no organisation by this id, URN or ODS code.", ["input", "organisation"]));
        else if (organisation.LocalAuthorityId is { } council && council != meeting.LocalAuthorityId)
            errors.Add(new("OUTSIDE_COUNCIL", "The organisation does not serve the council holding this meeting.", ["input", "organisation"]));
        if (errors.Count > 0) return Payload.Failed(errors);

        var existing = meeting.Invitations.Where(i => i.OrganisationId == organisation!.Id).ToList();
        if (withdraw)
        {
            if (existing.Count == 0) return Payload.Fail("NOT_INVITED", "This organisation is not invited to this meeting.", "organisation");
            // The case-holding hub runs the meeting: its invitation is not social care's to withdraw from itself.
            if (organisation!.Agency == Agency.SocialCare && meeting.Invitations.Count(i => i.Agency == Agency.SocialCare) == existing.Count)
                return Payload.Fail("LAST_SOCIAL_CARE", "A meeting keeps at least one social care hub invited.", "organisation");
            db.MeetingInvitations.RemoveRange(existing);
        }
        else
        {
            if (existing.Count > 0) return Payload.Fail("ALREADY_INVITED", "This organisation is already invited to this meeting.", "organisation");
            db.MeetingInvitations.Add(new MeetingInvitation
            {
                Id = Guid.NewGuid(), MeetingId = meeting.Id, Agency = organisation!.Agency, OrganisationId = organisation.Id, Status = AttendanceStatus.Invited,
            });
        }
        MeetingChangeLog.Record(db, meeting, withdraw ? MeetingChangeKind.InvitationWithdrawn : MeetingChangeKind.Invited, caller.Now,
            organisation.Agency, organisation.Id);
        await MeetingChangeLog.SaveAsync(db, ctx.CancellationToken);
        db.ChangeTracker.Clear();
        await AuditMeetingAsync(ctx, audit, meeting.Id, InformationCategory.MeetingSchedule);
        return new Payload(meeting.Id, null, null, []);
    }
}
