using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

/// <summary>Headline figures of a generated world, per 10,000 children, to compare with the national statistics.</summary>
public sealed record SyntheticSummary(
    int Children, int Families, int Hubs, int Schools, int GpPractices, int HealthVisitingTeams,
    double ChildrenInNeedPer10k, double ChildProtectionPer10k, double LookedAfterPer10k, double EarlyHelpPer10k,
    double ReferralsPer10kPerYear, double Section47Per10kPerYear, double InitialConferencesPer10kPerYear,
    int StrategyMeetings, int Conferences, int ConfidentialAddresses, int Consents, int WithdrawnConsents, int UnbornChildren)
{
    public static SyntheticSummary Of(SyntheticDataSet set)
    {
        var asOf = set.AsOf;
        var children = set.People.Count(p => p.Kind == PersonKind.Child && p.DateOfBirth is not null);
        double Per10k(int n) => Math.Round(n * 10_000.0 / Math.Max(1, children), 1);
        int OpenChildren(params PlanKind[] kinds) =>
            set.Plans.Where(p => kinds.Contains(p.Kind) && p.IsOpenOn(asOf)).Select(p => p.ChildId).Distinct().Count();
        var openEpisodes = set.Referrals.Where(r => r.ClosureDate is null || r.ClosureDate >= asOf).Select(r => r.ChildId).ToHashSet();
        return new SyntheticSummary(
            children, set.Households.Count, set.Organisations.Count(o => o.Kind == OrganisationKind.SocialCareHub),
            set.Organisations.Count(o => o.Kind == OrganisationKind.School), set.Organisations.Count(o => o.Kind == OrganisationKind.GpPractice),
            set.Organisations.Count(o => o.Kind == OrganisationKind.HealthVisitingTeam),
            Per10k(openEpisodes.Count), Per10k(OpenChildren(PlanKind.ChildProtection)), Per10k(OpenChildren(PlanKind.LookedAfter)),
            Per10k(OpenChildren(PlanKind.EarlyHelp)),
            Math.Round(Per10k(set.Referrals.Count) / 5, 1), Math.Round(Per10k(set.Section47Enquiries.Count) / 5, 1),
            Math.Round(Per10k(set.Section47Enquiries.Count(s => s.InitialConferenceDate is not null)) / 5, 1),
            set.Meetings.Count(m => m.Kind == MeetingKind.StrategyDiscussion), set.Meetings.Count(m => m.Kind != MeetingKind.StrategyDiscussion),
            set.Addresses.Count(a => a.IsConfidential), set.Consents.Count, set.Consents.Count(c => c.WithdrawnAt is not null),
            set.People.Count(p => p.IsUnborn));
    }
}
