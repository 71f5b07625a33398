using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using Partnership.Schema.Tests.Leak;
using Xunit.Abstractions;

namespace Partnership.Schema.Tests.Policy;

/// <summary>
/// The "done when" figures, over a whole generated world through the hub: a school sees its roll plus the children
/// consented to it; police see every meeting they were invited to and the record of every one they attended; a lookup of an
/// expectant mother's NHS number finds every unborn child on a pre-birth plan; a lookup in another council answers with that
/// council's plan. The test command runs the <c>test</c> preset; <c>PARTNERSHIP_COUNTS_PRESET=slough</c> gives the figures
/// recorded in the issue (a few minutes).
/// </summary>
public sealed class OrganisationCountsFixture : IAsyncLifetime
{
    internal LeakWorld World { get; } = new(Environment.GetEnvironmentVariable("PARTNERSHIP_COUNTS_PRESET") ?? "test");
    internal HubHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await HubHost.SqliteAsync();
        Host.Clock.SetUtcNow(LeakWorld.Now);
        await SyntheticLoader.LoadAsync(new Factory(Host), World.Set);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private sealed class Factory(HubHost host) : IDbContextFactory<PartnershipDbContext>
    {
        public PartnershipDbContext CreateDbContext() => host.NewContext();
    }
}

public sealed class OrganisationCountsTests(OrganisationCountsFixture f, ITestOutputHelper output) : IClassFixture<OrganisationCountsFixture>
{
    private LeakWorld World => f.World;
    private string FirstCouncil => World.Set.LocalAuthorities.OrderByDescending(la => la.Code).First().Code;

    [Fact]
    public async Task Children_School_RollPlusChildrenConsentedToThatSchool()
    {
        var oracle = new Oracle(World);
        var council = World.Set.LocalAuthorities.Single(la => la.Code == FirstCouncil);
        var schools = World.Set.Organisations.Where(o => o.Kind == OrganisationKind.School && o.LocalAuthorityId == council.Id).ToList();
        Assert.NotEmpty(schools);
        foreach (var school in schools)
        {
            var roll = World.Children.Where(c => World.EnrolmentsOf[c.Id].Any(e => e.SchoolId == school.Id && Partnership.Data.Dates.Period.IsOpen(e.StartDate, e.EndDate, World.Today))).Select(c => c.Id).ToHashSet();
            var consented = World.Children.Where(c => World.CouncilCode(c.LocalAuthorityId) == FirstCouncil
                && World.ConsentsOf[c.Id].Any(k => oracle.ConsentCurrent(k.Consent) && k.Scopes.Any(s => s.OrganisationId == school.Id && s.Category == InformationCategory.Identity)))
                .Select(c => c.Id).ToHashSet();
            var r = await f.Host.RunAsync(new TestCaller("EDUCATION", $"dsl-{school.Urn}", [FirstCouncil], school.Urn, ["DesignatedSafeguardingLead"]), "{ children { totalCount } }");
            r.AssertNoErrors();
            var total = r.At("children.totalCount")!.GetValue<int>();
            output.WriteLine($"{school.Name}: roll {roll.Count}, consented beyond the roll {consented.Except(roll).Count()}, children {total}");
            Assert.Equal(roll.Union(consented).Count(), total);
        }
    }

    [Fact]
    public async Task StrategyMeetings_PoliceForce_EveryInvitationAndTheRecordOfEveryAttendedMeeting()
    {
        var councils = World.Set.LocalAuthorities.Select(la => la.Code).ToArray();
        var force = new TestCaller("POLICE", "police-force-system", councils, null, ["ForceSystem"], System: true);
        var invited = World.StrategyMeetings.Where(m => World.InvitationsOf[m.Id].Any(i => i.Agency == Agency.Police)).ToList();
        var attended = invited.Where(m => World.InvitationsOf[m.Id].Any(i => i.Agency == Agency.Police && i.Status == AttendanceStatus.Attended)).Select(m => m.Id).ToHashSet();
        int seen = 0, records = 0;
        string? after = null;
        do
        {
            var r = await f.Host.RunAsync(force, "query($after: String) { strategyMeetings(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id decisions { startSection47 } } } }",
                new { after });
            r.AssertNoErrorsBut("NOT_AUTHORIZED");
            Assert.Equal(invited.Count, r.At("strategyMeetings.totalCount")!.GetValue<int>());
            var nodes = r.At("strategyMeetings.nodes")!.AsArray();
            var denied = r.ErrorPaths("NOT_AUTHORIZED").ToHashSet();
            for (var i = 0; i < nodes.Count; i++)
            {
                seen++;
                var id = Guid.Parse(GlobalId.Decode(nodes[i]!["id"]!.GetValue<string>()).Key);
                if (!attended.Contains(id)) continue;
                Assert.DoesNotContain($"strategyMeetings.nodes.{i}.decisions", denied);
                records++;
            }
            after = r.At("strategyMeetings.pageInfo.hasNextPage")!.GetValue<bool>() ? r.At("strategyMeetings.pageInfo.endCursor")!.GetValue<string>() : null;
        } while (after is not null);
        output.WriteLine($"police: invited to {invited.Count} strategy meetings, attended {attended.Count}; sees {seen}, with the record of {records}");
        Assert.Equal(invited.Count, seen);
        Assert.Equal(attended.Count, records);
    }

    [Fact]
    public async Task ProtectionStatus_ExpectantMothersNumber_NoUnbornChildOnAPreBirthPlanMissed()
    {
        var emergency = EmergencyDepartment();
        var unborn = World.Children.Where(c => c.DateOfBirth is null && World.PlansOf[c.Id].Any(p => p.Kind == PlanKind.PreBirth && p.IsOpenOn(World.Today))).ToList();
        Assert.NotEmpty(unborn);
        var missed = 0;
        foreach (var child in unborn)
        {
            var mother = child.MotherId is { } m ? World.People[m].NhsNumber : null;
            if (mother is null) { missed++; continue; }
            var r = await f.Host.RunAsync(emergency, "query($n: String!) { protectionStatuses(nhsNumber: $n) { prebirthPlan { start } expectedDateOfBirth } }", new { n = mother.Value.Value });
            r.AssertNoErrors();
            if (!r.At("protectionStatuses")!.AsArray().Any(s => s!["prebirthPlan"] is not null)) missed++;
        }
        output.WriteLine($"unborn children on an open pre-birth plan: {unborn.Count}; missed by the mother's NHS number: {missed}");
        Assert.Equal(0, missed);
    }

    [Fact]
    public async Task ProtectionStatus_ChildOfAnotherCouncil_ThatCouncilsPlan()
    {
        var emergency = EmergencyDepartment();
        var others = World.Children.Where(c => World.CouncilCode(c.LocalAuthorityId) != FirstCouncil && c.NhsNumber is not null
            && World.PlansOf[c.Id].Any(p => p.Kind == PlanKind.ChildProtection && p.IsOpenOn(World.Today))).Take(50).ToList();
        if (others.Count == 0) { output.WriteLine("one council in this preset: no lookup across councils to make"); return; }
        foreach (var child in others)
        {
            var r = await f.Host.RunAsync(emergency, "query($n: String!) { protectionStatus(nhsNumber: $n) { childProtectionPlan { start } responsibleAuthority { code } } }",
                new { n = child.NhsNumber!.Value.Value });
            r.AssertNoErrors();
            Assert.NotNull(r.At("protectionStatus.childProtectionPlan.start"));
            Assert.Equal(World.CouncilCode(child.LocalAuthorityId), r.At("protectionStatus.responsibleAuthority.code")!.GetValue<string>());
        }
        output.WriteLine($"children on a CP plan in other councils looked up from {FirstCouncil}: {others.Count}, each answered with its council's plan");
    }

    /// <summary>An emergency department of the first council whose token names only that council.</summary>
    private TestCaller EmergencyDepartment()
    {
        var council = World.Set.LocalAuthorities.Single(la => la.Code == FirstCouncil);
        var hospital = World.Set.Organisations.First(o => o.Kind == OrganisationKind.Hospital && o.LocalAuthorityId == council.Id);
        return new TestCaller("HEALTH", "ed-counts", [FirstCouncil], hospital.Id.ToString(), ["DesignatedSafeguardingNurse"]);
    }
}
