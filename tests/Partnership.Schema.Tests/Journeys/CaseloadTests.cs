using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Hub;
using Partnership.Testing.Postgres;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>
/// Caseloads against ranges on both providers: a hub of the scenario's Slough with four case holders — one with 40 cases, a newly
/// qualified worker and an experienced one with 17 each, the consultant social worker with 2 — and a child who had three
/// social workers in the last 12 months.
/// </summary>
public abstract class CaseloadTests : IAsyncLifetime
{
    internal static readonly Guid Hub = G(3001), Busy = G(3101), Nqsw = G(3102), Consultant = G(3103), Steady = G(3104), Changed = G(3500);
    internal static readonly TestCaller Manager = new("SOCIAL_CARE", "tm-1", ["871"], HubA.ToString(), ["TeamManager"]);

    private const string Caseloads = "{ hubCaseloads { id name openCases caseloadMin caseloadMax status outsideRange practitioners { id name role openCases newlyQualified caseloadMin caseloadMax rangeSource status outsideRange } } }";
    private const string SetRange = "mutation($input: SetCaseloadRangeInput!) { setCaseloadRange(input: $input) { hubId practitionerId caseloadMin caseloadMax errors { code field } } }";

    protected HubHost Host { get; private set; } = null!;

    protected abstract Task<HubHost> CreateHostAsync();

    private static Guid G(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public async Task InitializeAsync()
    {
        Host = await CreateHostAsync();
        await using var db = Host.NewContext();
        await SeedAsync(db);
        db.Organisations.Add(new Organisation { Id = Hub, Agency = Agency.SocialCare, Kind = OrganisationKind.SocialCareHub, Name = "Caseload Hub", LocalAuthorityId = Slough, CaseloadMin = 10, CaseloadMax = 30 });
        Practitioner Worker(Guid id, string family, PractitionerRole role, DateOnly? qualified) => new()
        {
            Id = id, Agency = Agency.SocialCare, OrganisationId = Hub, Role = role, GivenName = "Sam", FamilyName = family, QualifiedOn = qualified, Subject = $"worker-{family}",
        };
        db.Practitioners.AddRange(Worker(Busy, "Busy", PractitionerRole.SocialWorker, new DateOnly(2015, 7, 1)),
            Worker(Nqsw, "Newly", PractitionerRole.SocialWorker, new DateOnly(2025, 12, 1)),
            Worker(Consultant, "Consultant", PractitionerRole.ConsultantSocialWorker, new DateOnly(2008, 7, 1)),
            Worker(Steady, "Steady", PractitionerRole.SocialWorker, new DateOnly(2019, 7, 1)));
        var n = 0;
        foreach (var (lead, cases) in new[] { (Busy, 40), (Nqsw, 17), (Steady, 17), (Consultant, 2) })
            for (var i = 0; i < cases; i++, n++)
            {
                var child = n == 0 ? Changed : G(3600 + n);
                db.People.Add(new Person { Id = child, Kind = PersonKind.Child, LocalAuthorityId = Slough, CaseHoldingHubId = Hub, GivenName = "Case", FamilyName = $"Child{n}", DateOfBirth = new DateOnly(2015, 1, 1) });
                db.Plans.Add(new Plan { Id = G(5000 + n), ChildId = child, Kind = PlanKind.ChildInNeed, LocalAuthorityId = Slough, StartDate = new DateOnly(2026, 1, 10), LeadPractitionerId = lead, OwningHubId = Hub });
            }
        // The first child's history: a plan Steady led until September, one the newly qualified worker led years ago (outside
        // the 12 months), and an assessment by the consultant in June.
        db.Plans.AddRange(
            new Plan { Id = G(4001), ChildId = Changed, Kind = PlanKind.EarlyHelp, LocalAuthorityId = Slough, StartDate = new DateOnly(2025, 2, 1), EndDate = new DateOnly(2025, 9, 1), LeadPractitionerId = Steady },
            new Plan { Id = G(4002), ChildId = Changed, Kind = PlanKind.EarlyHelp, LocalAuthorityId = Slough, StartDate = new DateOnly(2023, 2, 1), EndDate = new DateOnly(2024, 2, 1), LeadPractitionerId = Nqsw });
        db.Referrals.Add(new Referral { Id = G(4003), ChildId = Changed, LocalAuthorityId = Slough, ReferralDate = new DateOnly(2025, 6, 1), Source = ReferralSource.Police });
        db.Assessments.Add(new Assessment { Id = G(4004), ReferralId = G(4003), ChildId = Changed, StartDate = new DateOnly(2025, 6, 2), AuthorisationDate = new DateOnly(2025, 7, 1), SocialWorkerId = Consultant });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task<System.Text.Json.Nodes.JsonNode> HubAsync()
    {
        var r = await Host.RunAsync(SocialWorker, Caseloads);
        r.AssertNoErrors();
        return r.At("hubCaseloads")!.AsArray().Single(h => h!["name"]!.GetValue<string>() == "Caseload Hub")!;
    }

    private static System.Text.Json.Nodes.JsonNode Worker(System.Text.Json.Nodes.JsonNode hub, Guid id) =>
        hub["practitioners"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == id.ToString())!;

    [Fact]
    public async Task HubCaseloads_WorkerWith40CasesAgainst15To25_FlaggedAboveRange()
    {
        var set = await Host.RunAsync(Manager, SetRange, new { input = new { practitionerId = Busy.ToString(), min = 15, max = 25 } });
        set.AssertNoErrors();
        Assert.Empty(set.At("setCaseloadRange.errors")!.AsArray());
        var busy = Worker(await HubAsync(), Busy);
        Assert.Equal(40, busy["openCases"]!.GetValue<int>());
        Assert.Equal((15, 25), (busy["caseloadMin"]!.GetValue<int>(), busy["caseloadMax"]!.GetValue<int>()));
        Assert.Equal("WORKER", busy["rangeSource"]!.GetValue<string>());
        Assert.Equal("ABOVE_RANGE", busy["status"]!.GetValue<string>());
        Assert.True(busy["outsideRange"]!.GetValue<bool>());
    }

    [Fact]
    public async Task HubCaseloads_NewlyQualifiedWith17Cases_FlaggedWhereAnExperiencedWorkerIsNot()
    {
        var hub = await HubAsync();
        var nqsw = Worker(hub, Nqsw);
        Assert.True(nqsw["newlyQualified"]!.GetValue<bool>());
        Assert.Equal("NEWLY_QUALIFIED_DEFAULT", nqsw["rangeSource"]!.GetValue<string>());
        Assert.Equal(15, nqsw["caseloadMax"]!.GetValue<int>());
        Assert.Equal("ABOVE_RANGE", nqsw["status"]!.GetValue<string>());
        var steady = Worker(hub, Steady);
        Assert.Equal(17, steady["openCases"]!.GetValue<int>());
        Assert.False(steady["newlyQualified"]!.GetValue<bool>());
        Assert.Equal(("ROLE_DEFAULT", "IN_RANGE"), (steady["rangeSource"]!.GetValue<string>(), steady["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HubCaseloads_ConsultantSocialWorker_ListedAsCaseHolder()
    {
        var hub = await HubAsync();
        var consultant = Worker(hub, Consultant);
        Assert.Equal("ConsultantSocialWorker", consultant["role"]!.GetValue<string>());
        Assert.Equal(2, consultant["openCases"]!.GetValue<int>());
        Assert.Equal(4, hub["practitioners"]!.AsArray().Count);
        Assert.Equal((76, "ABOVE_RANGE"), (hub["openCases"]!.GetValue<int>(), hub["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HubCaseloads_OutsideRangeOnly_OnlyHubsWithAnAlert()
    {
        var r = await Host.RunAsync(SocialWorker, "{ all: hubCaseloads { name } alerts: hubCaseloads(outsideRangeOnly: true) { name } }");
        r.AssertNoErrors();
        Assert.True(r.At("all")!.AsArray().Count > 1);
        Assert.Equal(["Caseload Hub"], r.At("alerts")!.AsArray().Select(h => h!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SetCaseloadRange_ManagerSetsHubRange_StoredWithWhoAndWhen()
    {
        var r = await Host.RunAsync(Manager, SetRange, new { input = new { hubId = Hub.ToString(), min = 60, max = 90 } });
        r.AssertNoErrors();
        Assert.Equal((Hub.ToString(), 60, 90), (r.At("setCaseloadRange.hubId")!.GetValue<string>(), r.At("setCaseloadRange.caseloadMin")!.GetValue<int>(), r.At("setCaseloadRange.caseloadMax")!.GetValue<int>()));
        Assert.Equal("IN_RANGE", (await HubAsync())["status"]!.GetValue<string>());
        await using var db = Host.NewContext();
        var change = await db.CaseloadRangeChanges.SingleAsync();
        Assert.Equal((Hub, (Guid?)null, 10, 30, 60, 90, "tm-1"), (change.OrganisationId, change.PractitionerId, change.PreviousMin, change.PreviousMax, change.Min, change.Max, change.ChangedBy));
        Assert.Equal(HubHost.Now, change.ChangedAt);
    }

    [Fact]
    public async Task SetCaseloadRange_ManagerClearsWorkerRange_RoleDefaultApplies()
    {
        (await Host.RunAsync(Manager, SetRange, new { input = new { practitionerId = Busy.ToString(), min = 15, max = 25 } })).AssertNoErrors();
        var r = await Host.RunAsync(Manager, SetRange, new { input = new { practitionerId = Busy.ToString(), min = (int?)null, max = (int?)null } });
        r.AssertNoErrors();
        Assert.Empty(r.At("setCaseloadRange.errors")!.AsArray());
        Assert.Equal("ROLE_DEFAULT", Worker(await HubAsync(), Busy)["rangeSource"]!.GetValue<string>());
        await using var db = Host.NewContext();
        Assert.Equal(2, await db.CaseloadRangeChanges.CountAsync(c => c.PractitionerId == Busy));
    }

    public static TheoryData<string> NotManagers => new() { "SOCIAL_CARE/SocialWorker", "SOCIAL_CARE/ConsultantSocialWorker", "POLICE/TeamManager" };

    [Theory]
    [MemberData(nameof(NotManagers))]
    public async Task SetCaseloadRange_NotASocialCareManager_ForbiddenNothingStored(string who)
    {
        var caller = new TestCaller(who.Split('/')[0], "not-a-manager", ["871"], who.StartsWith("POLICE") ? "Slough LPA" : HubA.ToString(), [who.Split('/')[1]]);
        var r = await Host.RunAsync(caller, SetRange, new { input = new { hubId = Hub.ToString(), min = 1, max = 2 } });
        r.AssertNoErrors();
        Assert.Equal("FORBIDDEN", r.At("setCaseloadRange.errors.0.code")!.GetValue<string>());
        await AssertNothingStoredAsync();
    }

    public static TheoryData<string, int?, int?, string> BadInputs => new()
    {
        { "hub", 30, 20, "MIN_ABOVE_MAX" },
        { "hub", -1, 20, "OUT_OF_BOUNDS" },
        { "hub", 1, 5000, "OUT_OF_BOUNDS" },
        { "hub", 10, null, "RANGE_INCOMPLETE" },
        { "both", 10, 20, "TARGET_REQUIRED" },
        { "neither", 10, 20, "TARGET_REQUIRED" },
        { "unknown", 10, 20, "NOT_FOUND" },
        { "reading", 10, 20, "NOT_FOUND" },
        { "notahub", 10, 20, "NOT_FOUND" },
        { "nqsw", 5, 20, "ABOVE_PROTECTED_MAXIMUM" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task SetCaseloadRange_BadInput_UserErrorNothingStored(string target, int? min, int? max, string code)
    {
        object input = target switch
        {
            "hub" => new { hubId = Hub.ToString(), min, max },
            "both" => new { hubId = Hub.ToString(), practitionerId = Busy.ToString(), min, max },
            "neither" => new { min, max },
            "unknown" => new { practitionerId = Guid.NewGuid().ToString(), min, max },
            "reading" => new { hubId = ReadingHub.ToString(), min, max },
            "notahub" => new { hubId = "not-an-id", min, max },
            _ => new { practitionerId = Nqsw.ToString(), min, max },
        };
        var r = await Host.RunAsync(Manager, SetRange, new { input });
        r.AssertNoErrors();
        Assert.Contains(code, r.At("setCaseloadRange.errors")!.AsArray().Select(e => e!["code"]!.GetValue<string>()));
        Assert.Null(r.At("setCaseloadRange.hubId"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task SocialWorkersInLast12Months_ChildWithThreeWorkersThisYear_Three()
    {
        var r = await Host.RunAsync(SocialWorker, "query($id: ID!) { node(id: $id) { ... on Child { socialWorkersInLast12Months } } }", new { id = Id(Changed) });
        r.AssertNoErrors();
        Assert.Equal(3, r.At("node.socialWorkersInLast12Months")!.GetValue<int>());
    }

    [Fact]
    public async Task SocialWorkersInLast12Months_Police_NotAuthorized()
    {
        var r = await Host.RunAsync(PoliceOfficer, "{ children(first: 10) { nodes { firstName socialWorkersInLast12Months } } }");
        var nodes = r.At("children.nodes")!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Null(n!["socialWorkersInLast12Months"]));
        Assert.Contains("NOT_AUTHORIZED", r.ErrorCodes);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = Host.NewContext();
        Assert.Equal(0, await db.CaseloadRangeChanges.CountAsync());
        var hub = await db.Organisations.SingleAsync(o => o.Id == Hub);
        Assert.Equal((10, 30), (hub.CaseloadMin, hub.CaseloadMax));
        Assert.False(await db.Practitioners.AnyAsync(p => p.CaseloadMin != null || p.CaseloadMax != null));
    }
}

public sealed class SqliteCaseloadTests : CaseloadTests
{
    protected override Task<HubHost> CreateHostAsync() => HubHost.SqliteAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseloadTests(PostgresFixture pg) : CaseloadTests
{
    protected override async Task<HubHost> CreateHostAsync() => await HubHost.PostgresAsync(await pg.Server.CreateDatabaseAsync("caseloads"));
}
