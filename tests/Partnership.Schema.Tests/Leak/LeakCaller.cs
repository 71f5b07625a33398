using Partnership.Data.Model;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Tests.Leak;

/// <summary>A caller of the leak test: what its token says (agency, organisation, roles, councils, subject).</summary>
internal sealed record LeakCaller(string Name, Agency Agency, Guid? OrganisationId, string Subject, string[] Roles, string[] Councils, bool IsSystem = false)
{
    public override string ToString() => Name;

    /// <summary>
    /// The callers of each agency, picked from the generated world so each has work to see: a hub social worker and a MASH
    /// manager, a force-wide police system and a local officer, a health visiting team and a GP, the school with most pupils
    /// under statutory safeguarding, and each council's housing team.
    /// </summary>
    public static IReadOnlyList<LeakCaller> For(LeakWorld world, Agency agency) => Cache.GetOrAdd((world, agency), k => [.. Chosen(k.World, k.Agency), .. Generated(k.World, k.Agency, Chosen(k.World, k.Agency))]);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LeakWorld, Dictionary<Agency, IReadOnlyList<LeakCaller>>> Callers = new();

    private static class Cache
    {
        public static IReadOnlyList<LeakCaller> GetOrAdd((LeakWorld World, Agency Agency) key, Func<(LeakWorld World, Agency Agency), IReadOnlyList<LeakCaller>> make)
        {
            var byAgency = Callers.GetOrCreateValue(key.World);
            lock (byAgency)
                return byAgency.TryGetValue(key.Agency, out var list) ? list : byAgency[key.Agency] = make(key);
        }
    }

    /// <summary>
    /// One caller for every kind of organisation the sharing policy names for the agency (<see cref="SharingPolicy.OrganisationTypes"/>)
    /// that the chosen callers do not already cover in the first council, and a second one where the council has two (two health
    /// visiting teams, two schools): a kind added to the policy is leak-tested the day it is added.
    /// </summary>
    private static IEnumerable<LeakCaller> Generated(LeakWorld world, Agency agency, IReadOnlyList<LeakCaller> chosen)
    {
        var set = world.Set;
        var first = set.LocalAuthorities.OrderByDescending(la => la.Code).First();
        var covered = chosen.Where(c => c.Councils.SequenceEqual([first.Code]) && c.OrganisationId is not null)
            .Select(c => c.OrganisationId!.Value).ToHashSet();
        foreach (var (_, kind) in SharingPolicy.OrganisationTypes.Where(t => t.Agency == agency))
        {
            var orgs = set.Organisations.Where(o => o.Agency == agency && o.Kind == kind && (o.LocalAuthorityId == first.Id || o.LocalAuthorityId == null))
                .OrderByDescending(o => set.Invitations.Count(i => i.OrganisationId == o.Id)).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
            var wanted = Math.Min(2, orgs.Count) - orgs.Count(o => covered.Contains(o.Id));
            foreach (var org in orgs.Where(o => !covered.Contains(o.Id)).Take(Math.Max(0, wanted)))
            {
                var subject = set.Practitioners.FirstOrDefault(p => p.OrganisationId == org.Id)?.Subject ?? $"leak-{kind}-{org.Id:N}";
                yield return new($"{kind} {org.Name}", agency, org.Id, subject, [DefaultRole(kind)], [first.Code]);
            }
        }
    }

    private static string DefaultRole(OrganisationKind kind) => kind switch
    {
        OrganisationKind.School => "DesignatedSafeguardingLead",
        OrganisationKind.VirtualSchool => "VirtualSchoolHead",
        OrganisationKind.HealthVisitingTeam => "HealthVisitor",
        OrganisationKind.SchoolNursingTeam => "SchoolNurse",
        OrganisationKind.GpPractice => "GeneralPractitioner",
        OrganisationKind.Hospital => "DesignatedSafeguardingNurse",
        OrganisationKind.HousingTeam => "HousingOfficer",
        OrganisationKind.SocialCareHub => "SocialWorker",
        OrganisationKind.Mash => "MashOfficer",
        _ => "PoliceOfficer",
    };

    private static IReadOnlyList<LeakCaller> Chosen(LeakWorld world, Agency agency)
    {
        var set = world.Set;
        var councils = set.LocalAuthorities.OrderByDescending(la => la.Code).ToList(); // 871 Slough first
        var first = councils[0];
        var all = councils.Select(c => c.Code).ToArray();
        Organisation Org(OrganisationKind kind, LocalAuthority? la) =>
            set.Organisations.First(o => o.Kind == kind && (la is null || o.LocalAuthorityId == la.Id));
        string Subject(Organisation o) => set.Practitioners.First(p => p.OrganisationId == o.Id).Subject!;

        switch (agency)
        {
            case Agency.SocialCare:
            {
                // The hub holding the most children's cases, so the confidential-address route has cases.
                var hub = set.Organisations.Where(o => o.Kind == OrganisationKind.SocialCareHub && o.LocalAuthorityId == first.Id)
                    .OrderByDescending(o => set.People.Count(p => p.CaseHoldingHubId == o.Id)).First();
                var mash = Org(OrganisationKind.Mash, first);
                return
                [
                    new("social-care hub worker", agency, hub.Id, Subject(hub), ["SocialWorker"], [first.Code]),
                    new("social-care MASH manager", agency, mash.Id, Subject(mash), ["TeamManager"], [first.Code]),
                    new("social-care other council", agency, Org(OrganisationKind.Mash, councils[^1]).Id, Subject(Org(OrganisationKind.Mash, councils[^1])), ["MashOfficer"], [councils[^1].Code]),
                ];
            }
            case Agency.Police:
            {
                var force = set.Organisations.First(o => o.Agency == Agency.Police && o.Kind == OrganisationKind.Mash);
                var lpa = Org(OrganisationKind.PolicingArea, first);
                return
                [
                    new("police force system", agency, force.Id, "police-force-system", ["ForceSystem"], all, IsSystem: true),
                    new("police local officer", agency, lpa.Id, Subject(lpa), ["PoliceOfficer"], [first.Code]),
                ];
            }
            case Agency.Health:
            {
                var hv = Org(OrganisationKind.HealthVisitingTeam, first);
                var gp = Org(OrganisationKind.GpPractice, first);
                return
                [
                    new("health visitor", agency, hv.Id, Subject(hv), ["HealthVisitor"], [first.Code]),
                    new("GP", agency, gp.Id, Subject(gp), ["GeneralPractitioner"], [first.Code]),
                    new("health other council", agency, Org(OrganisationKind.HealthVisitingTeam, councils[^1]).Id,
                        Subject(Org(OrganisationKind.HealthVisitingTeam, councils[^1])), ["HealthVisitor"], [councils[^1].Code]),
                    // An unscheduled-care setting: CP-IS's first user, whose token names its own council only.
                    new("emergency department", agency, Org(OrganisationKind.Hospital, first).Id, Subject(Org(OrganisationKind.Hospital, first)),
                        ["DesignatedSafeguardingNurse"], [first.Code]),
                ];
            }
            case Agency.Education:
            {
                var schools = set.Organisations.Where(o => o.Kind == OrganisationKind.School && o.LocalAuthorityId == first.Id).ToList();
                var busiest = schools.OrderByDescending(s => set.Invitations.Count(i => i.OrganisationId == s.Id)).First();
                var other = schools.First(s => s.Id != busiest.Id);
                return
                [
                    new("school DSL", agency, busiest.Id, Subject(busiest), ["DesignatedSafeguardingLead"], [first.Code]),
                    new("other school DSL", agency, other.Id, Subject(other), ["DesignatedSafeguardingLead"], [first.Code]),
                    new("virtual school head", agency, Org(OrganisationKind.VirtualSchool, first).Id, Subject(Org(OrganisationKind.VirtualSchool, first)),
                        ["VirtualSchoolHead"], [first.Code]),
                ];
            }
            default:
            {
                var housing = Org(OrganisationKind.HousingTeam, first);
                var otherHousing = Org(OrganisationKind.HousingTeam, councils[^1]);
                return
                [
                    new("housing officer", agency, housing.Id, Subject(housing), ["HousingOfficer"], [first.Code]),
                    new("housing other council", agency, otherHousing.Id, Subject(otherHousing), ["HousingOfficer"], [councils[^1].Code]),
                ];
            }
        }
    }
}
