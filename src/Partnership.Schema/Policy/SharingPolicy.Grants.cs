using Partnership.Data.Model;
using static Partnership.Data.Model.Agency;
using static Partnership.Data.Model.OrganisationKind;

namespace Partnership.Schema.Policy;

/// <summary>What a basis means, in domain.md's words, and the kinds of organisation it can hold for (null: any of the agency's).</summary>
public sealed record BasisRule(string Meaning, IReadOnlySet<OrganisationKind>? Kinds = null);

public sealed partial class SharingPolicy
{
    /// <summary>
    /// Each basis of the cells above: its meaning (published in docs/__snapshots__/sharing-matrix.md) and the organisations it can hold for. A
    /// basis tied to a kind of organisation (a school's roll, a team's caseload) never holds for a token of another kind.
    /// </summary>
    public static readonly IReadOnlyDictionary<Basis, BasisRule> Bases = new Dictionary<Basis, BasisRule>
    {
        [Basis.AllOfCouncil] = new("every child of the councils the caller serves."),
        [Basis.CaseHoldingHub] = new("the caller's organisation is the hub holding the child's case.", Kinds(SocialCareHub)),
        [Basis.Statutory] = new("the child has an open section 47 enquiry, child protection plan (incl. pre-birth) or is looked after, and the caller's " +
            "organisation (police: the force) was invited to the child's strategy meeting or conference or is named on its plan."),
        [Basis.VirtualSchool] = new("the caller is the virtual school of the council that looks after the child today (an open looked-after plan of that council).",
            Kinds(OrganisationKind.VirtualSchool)),
        [Basis.OwnPupils] = new("the child is on the caller's school roll today.", Kinds(School)),
        [Basis.OwnCaseload] = new("the child is on the caller's health visiting caseload today (the team's own record).", Kinds(HealthVisitingTeam)),
        [Basis.OwnPatients] = new("the child is registered with the caller's GP practice today (the practice's own record: identity and contact, not " +
            "protection status — that is by NHS-number lookup).", Kinds(GpPractice)),
        [Basis.NhsLookup] = new("the request looked the child up by its exact NHS number, or an unborn child by the expectant mother's " +
            "(`protectionStatus(nhsNumber:)`, `protectionStatuses`, or `children(where: {nhsNumber: {eq: ...}})`), in any council the hub serves."),
        [Basis.LinkedHousehold] = new("the child is a member of a household the caller's organisation linked.", Kinds(HousingTeam)),
        [Basis.Consent] = new("a current consent names the caller's organisation (police: the force) and the category; it ends at withdrawal, at its " +
            "end date, or when the involvement it was given for closes."),
        [Basis.Emergency] = new("the caller holds an unexpired, unrevoked emergency access grant for the child."),
        [Basis.Invited] = new("the caller's organisation (police: the force) was invited to the meeting: its schedule, from the invitation on."),
        [Basis.Attended] = new("the caller's organisation attended the meeting: its record (decisions, every action, the contributions shared there), for good."),
        [Basis.InvitedWhileStatutory] = new("the caller's organisation was invited and a child of the meeting is under statutory safeguarding today: the " +
            "decisions and the actions assigned to it."),
        [Basis.OwnContribution] = new("the contribution is the caller's organisation's own (police: the force's)."),
        [Basis.SharedAtMeeting] = new("another organisation's contribution to a meeting the caller's organisation attended (never assessment notes or a " +
            "confidential address)."),
    };

    /// <summary>The kinds of organisation that act for each agency, as the matrix lists them.</summary>
    public static readonly IReadOnlyList<(Agency Agency, OrganisationKind Kind)> OrganisationTypes =
    [
        (SocialCare, SocialCareHub), (SocialCare, Mash), (Police, PolicingArea), (Police, Mash), (Health, HealthVisitingTeam), (Health, GpPractice),
        (Health, SchoolNursingTeam), (Health, Hospital), (Education, School), (Education, OrganisationKind.VirtualSchool), (Housing, HousingTeam),
    ];

    /// <summary>The grants of a cell that can hold for an organisation of <paramref name="kind"/>.</summary>
    public static IEnumerable<Grant> CellFor(InformationCategory category, Agency agency, OrganisationKind kind) =>
        Cell(category, agency).Where(g => Bases[g.Basis].Kinds is not { } kinds || kinds.Contains(kind));

    private static HashSet<OrganisationKind> Kinds(params OrganisationKind[] kinds) => [.. kinds];

    /// <summary>
    /// Where <paramref name="grant"/> of <paramref name="category"/> holds for a child of the caller's councils, as a condition on the
    /// child — the same conditions the row and field rules use, with the per-meeting bases read over the child's meetings. For
    /// explaining a share (<c>sharingExplanation</c>, the audit's route), never a second copy of the rules.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<Person, bool>> GrantHolds(Grant grant, InformationCategory category, HubCaller c)
    {
        var over = Conditions.Any<Person, MeetingChild>(p => p.Meetings, Conditions.Over<MeetingChild, Meeting>(mc => mc.Meeting!, MeetingBasis(grant.Basis, c)));
        var holds = DecidedPerMeeting(grant.Basis) ? over : ChildCondition(grant.Basis, category, c) ?? Conditions.True<Person>();
        return grant.Basis == Basis.NhsLookup ? holds : Conditions.And(InCouncils(c), holds);
    }

    /// <summary>The meetings through which a per-meeting basis holds for the caller.</summary>
    private static System.Linq.Expressions.Expression<Func<Meeting, bool>> MeetingBasis(Basis basis, HubCaller c)
    {
        var agency = c.Agency;
        var org = Recipient(c);
        System.Linq.Expressions.Expression<Func<Meeting, bool>> own = m => m.Contributions.Any(k => k.Agency == agency && (org == null || k.OrganisationId == org));
        System.Linq.Expressions.Expression<Func<Meeting, bool>> others = m => m.Contributions.Any(k => !(k.Agency == agency && (org == null || k.OrganisationId == org))
            && k.Category != InformationCategory.AssessmentAndCaseNotes && k.Category != InformationCategory.ConfidentialAddress);
        return basis switch
        {
            Basis.Invited => InvitedTo(c),
            Basis.Attended => Conditions.And(InvitedTo(c), Attended(c)),
            Basis.InvitedWhileStatutory => Conditions.And(InvitedTo(c), UnderStatutorySafeguarding(c)),
            // A contribution exists only on a meeting the caller sees (SeesContribution): housing's own contributions stay unseen.
            Basis.OwnContribution => Conditions.And(SeesMeeting(c), own),
            Basis.SharedAtMeeting => Conditions.And(Conditions.And(SeesMeeting(c), Attended(c)), others),
            _ => Conditions.False<Meeting>(),
        };
    }
}
