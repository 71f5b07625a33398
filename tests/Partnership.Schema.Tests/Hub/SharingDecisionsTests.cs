using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Hub;

/// <summary><c>recordSharingDecision</c> and <c>sharingDecisions</c>: each test on its own seeded database (SQLite here).</summary>
public class SharingDecisionsTests : IAsyncLifetime
{
    private static readonly TestCaller ReadingSocialWorker = new("SOCIAL_CARE", "sw-reading", ["870"], ReadingHub.ToString(), ["SocialWorker"]);
    private static readonly TestCaller PoliceGovernanceLead = new("POLICE", "ig-police", ["871"], "Slough LPA", ["InformationGovernanceLead"]);
    private static readonly TestCaller CaseSystem = new("SOCIAL_CARE", "cms", ["871"], null, null, System: true);

    private const string Record = @"mutation($input: RecordSharingDecisionInput!) { recordSharingDecision(input: $input) {
        sharingDecision { id child { firstName } category shared route recipientAgency recipientOrganisation reason decidedBy decidedByAgency decidedAt }
        errors { code message field } } }";

    private const string List = @"query($where: SharingDecisionFilterInput, $first: Int, $after: String, $childId: ID) {
        sharingDecisions(where: $where, first: $first, after: $after, childId: $childId, order: [{ decidedAt: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id child { firstName } category shared route recipientOrganisation reason } } }";

    private HubHost _host = null!;

    /// <summary>A new, migrated, empty hub database.</summary>
    protected virtual Task<HubHost> CreateHostAsync() => HubHost.SqliteAsync();

    public async Task InitializeAsync()
    {
        _host = await CreateHostAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Input(Guid? child, Guid recipient, bool shared = false, string category = "PLAN_DETAIL", string reason = "not necessary for the practice's care",
        string? route = null) =>
        new { input = new { shared, category, childId = child is { } c ? Id(c) : null, recipientOrganisationId = recipient.ToString(), reason, route } };

    private async Task<Response> RecordAsync(TestCaller caller, object variables)
    {
        var r = await _host.RunAsync(caller, Record, variables);
        r.AssertNoErrors();
        return r;
    }

    private async Task<int> StoredAsync()
    {
        await using var db = _host.NewContext();
        return await db.SharingDecisions.CountAsync();
    }

    private static string Code(Response r) => r.At("recordSharingDecision.errors.0.code")!.GetValue<string>();

    private static List<string?> Names(JsonNode? nodes) => nodes!.AsArray().Select(n => n!["child"]?["firstName"]?.GetValue<string>()).ToList();

    [Fact]
    public async Task RecordSharingDecision_SocialWorkerRefusal_IsFoundInSharingDecisionsWithFilterAndPaging()
    {
        var r = await RecordAsync(SocialWorker, Input(CinNoConsent, GpPractice, reason: "  mother objects; not needed for care  "));
        Assert.Empty(r.At("recordSharingDecision.errors")!.AsArray());
        var d = r.At("recordSharingDecision.sharingDecision")!;
        Assert.Equal("Nina", d["child"]!["firstName"]!.GetValue<string>());
        Assert.False(d["shared"]!.GetValue<bool>());
        Assert.Equal("REFUSED", d["route"]!.GetValue<string>());
        Assert.Equal("HEALTH", d["recipientAgency"]!.GetValue<string>()); // derived from the organisation
        Assert.Equal("Upton Surgery", d["recipientOrganisation"]!.GetValue<string>());
        Assert.Equal("mother objects; not needed for care", d["reason"]!.GetValue<string>());
        Assert.Equal("sw-1", d["decidedBy"]!.GetValue<string>());
        Assert.Equal("SOCIAL_CARE", d["decidedByAgency"]!.GetValue<string>());
        Assert.Equal(HubHost.Now, DateTimeOffset.Parse(d["decidedAt"]!.GetValue<string>()));

        _host.Clock.SetUtcNow(HubHost.Now.AddMinutes(5));
        await RecordAsync(SocialWorker, Input(CpChild, School, shared: true, category: "PROTECTION_STATUS", reason: "school needs to know", route: "STATUTORY_SAFEGUARDING"));
        _host.Clock.SetUtcNow(HubHost.Now.AddMinutes(10));
        await RecordAsync(SocialWorker, Input(CinNoConsent, School, reason: "no consent to tell the school"));

        // Refusals, newest first, one per page.
        var where = new { shared = new { eq = false } };
        var page1 = await _host.RunAsync(SocialWorker, List, new { where, first = 1 });
        page1.AssertNoErrors();
        Assert.Equal(2, page1.At("sharingDecisions.totalCount")!.GetValue<int>());
        Assert.Equal("Upton Primary", page1.At("sharingDecisions.nodes.0.recipientOrganisation")!.GetValue<string>());
        Assert.Equal("no consent to tell the school", page1.At("sharingDecisions.nodes.0.reason")!.GetValue<string>());
        Assert.True(page1.At("sharingDecisions.pageInfo.hasNextPage")!.GetValue<bool>());
        var page2 = await _host.RunAsync(SocialWorker, List, new { where, first = 1, after = page1.At("sharingDecisions.pageInfo.endCursor")!.GetValue<string>() });
        page2.AssertNoErrors();
        Assert.Equal("mother objects; not needed for care", page2.At("sharingDecisions.nodes.0.reason")!.GetValue<string>());
        Assert.False(page2.At("sharingDecisions.pageInfo.hasNextPage")!.GetValue<bool>());

        // By child (argument and filter), category and recipient agency.
        var nina = await _host.RunAsync(SocialWorker, List, new { childId = Id(CinNoConsent) });
        Assert.Equal(2, nina.At("sharingDecisions.totalCount")!.GetValue<int>());
        var byFilter = await _host.RunAsync(SocialWorker, List, new { where = new { child = new { lastName = new { eq = "Protect" } }, category = new { eq = "PROTECTION_STATUS" } } });
        byFilter.AssertNoErrors();
        Assert.Equal(["Casey"], Names(byFilter.At("sharingDecisions.nodes")));
        var health = await _host.RunAsync(SocialWorker, List, new { where = new { recipientAgency = new { eq = "HEALTH" }, decidedAt = new { lt = HubHost.Now.AddMinutes(1).ToString("O") } } });
        health.AssertNoErrors();
        Assert.Equal(["Nina"], Names(health.At("sharingDecisions.nodes")));
        var school = await _host.RunAsync(SocialWorker, List, new { where = new { recipientOrganisationId = new { eq = School.ToString() } } });
        Assert.Equal(["Nina", "Casey"], Names(school.At("sharingDecisions.nodes")));
    }

    [Fact]
    public async Task RecordSharingDecision_IsAuditedAgainstTheChild()
    {
        // Only the errors selected: the write itself is recorded, not just the decision read back.
        var r = await _host.RunAsync(SocialWorker, "mutation Refuse($input: RecordSharingDecisionInput!) { recordSharingDecision(input: $input) { errors { code } } }",
            Input(CinNoConsent, GpPractice));
        r.AssertNoErrors();
        await using var db = _host.NewContext();
        var entry = await db.AccessAuditEntries.Include(e => e.Items).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("mutation Refuse: recordSharingDecision", entry.Operation);
        Assert.Equal("sw-1", entry.Subject);
        Assert.Contains(entry.Items, i => i.ChildId == CinNoConsent && i.Category == InformationCategory.AssessmentAndCaseNotes && i.Route == SharingRoute.OwnRecord);
    }

    public static TheoryData<string> Partners => ["police", "health", "education", "housing"];

    private static TestCaller Partner(string name) => name switch
    {
        "police" => PoliceOfficer,
        "health" => HealthVisitor,
        "education" => SchoolDsl,
        _ => HousingOfficer,
    };

    [Theory]
    [MemberData(nameof(Partners))]
    public async Task RecordSharingDecision_PartnerAgency_ForbiddenAndTheListIsEmpty(string partner)
    {
        await RecordAsync(SocialWorker, Input(CpChild, PoliceArea, shared: true, category: "IDENTITY", reason: "joint visit", route: "STATUTORY_SAFEGUARDING"));
        var r = await RecordAsync(Partner(partner), Input(CpChild, PoliceArea));
        Assert.Equal("FORBIDDEN", Code(r));
        Assert.Null(r.At("recordSharingDecision.sharingDecision"));
        Assert.Equal(1, await StoredAsync());
        var list = await _host.RunAsync(Partner(partner), "{ sharingDecisions { totalCount nodes { id reason } } }");
        list.AssertNoErrors();
        Assert.Equal(0, list.At("sharingDecisions.totalCount")!.GetValue<int>());
        Assert.Empty(list.At("sharingDecisions.nodes")!.AsArray());
    }

    [Fact]
    public async Task SharingDecisions_InformationGovernanceLead_SeesItsCouncilsDecisionsAndOnlyChildrenItMaySee()
    {
        await RecordAsync(SocialWorker, Input(CpChild, HealthVisiting, shared: true, category: "PLAN_DETAIL", reason: "health visitor on the plan", route: "STATUTORY_SAFEGUARDING"));
        await RecordAsync(SocialWorker, Input(CinNoConsent, GpPractice));
        await RecordAsync(SocialWorker, Input(null, HousingTeam, category: "PLAN_DETAIL", reason: "housing never gets plan detail"));
        await RecordAsync(ReadingSocialWorker, Input(OtherCouncil, PoliceArea, shared: true, category: "IDENTITY", reason: "strategy discussion", route: "STATUTORY_SAFEGUARDING"));

        var r = await _host.RunAsync(PoliceGovernanceLead, "{ sharingDecisions(order: [{ decidedAt: ASC }, { category: ASC }]) { totalCount nodes { child { firstName } reason } } }");
        r.AssertNoErrors();
        Assert.Equal(3, r.At("sharingDecisions.totalCount")!.GetValue<int>()); // not Reading's
        // Casey is under statutory safeguarding with police; Nina is not, so police's lead reads the decision without her name.
        Assert.Equal([null, null, "Casey"], Names(r.At("sharingDecisions.nodes")).OrderBy(x => x ?? "").ToList());
        var reading = await _host.RunAsync(ReadingSocialWorker, "{ sharingDecisions { totalCount } }");
        Assert.Equal(1, reading.At("sharingDecisions.totalCount")!.GetValue<int>());
        var byHidden = await _host.RunAsync(PoliceGovernanceLead, List, new { childId = Id(CinNoConsent) });
        Assert.Equal(0, byHidden.At("sharingDecisions.totalCount")!.GetValue<int>());

        // The lead records, for a child it may see; one it may not see does not exist for it.
        var own = await RecordAsync(PoliceGovernanceLead, Input(CpChild, School, reason: "the school is not on the plan"));
        Assert.Empty(own.At("recordSharingDecision.errors")!.AsArray());
        Assert.Equal("POLICE", own.At("recordSharingDecision.sharingDecision.decidedByAgency")!.GetValue<string>());
        Assert.Equal("NOT_FOUND", Code(await RecordAsync(PoliceGovernanceLead, Input(CinNoConsent, School))));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "unknown organisation", "NOT_FOUND" },
        { "malformed organisation", "NOT_FOUND" },
        { "unknown child", "NOT_FOUND" },
        { "other council's child", "NOT_FOUND" },
        { "empty reason", "INVALID_REASON" },
        { "too long reason", "INVALID_REASON" },
        { "share without route", "INVALID_ROUTE" },
        { "share refused", "INVALID_ROUTE" },
        { "refusal with route", "INVALID_ROUTE" },
        { "no child, other council's organisation", "CHILD_REQUIRED" },
        { "a system", "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task RecordSharingDecision_BadInput_StoresNothing(string bad, string code)
    {
        var input = bad switch
        {
            "unknown organisation" => Input(CinNoConsent, Guid.NewGuid()),
            "malformed organisation" => new { input = new { shared = false, category = "IDENTITY", childId = Id(CinNoConsent), recipientOrganisationId = "Upton Surgery", reason = "why" } },
            "unknown child" => Input(Guid.NewGuid(), GpPractice),
            "other council's child" => Input(OtherCouncil, GpPractice),
            "empty reason" => Input(CinNoConsent, GpPractice, reason: "   "),
            "too long reason" => Input(CinNoConsent, GpPractice, reason: new string('x', HubMutations.MaxReasonLength + 1)),
            "share without route" => Input(CinNoConsent, GpPractice, shared: true),
            "share refused" => Input(CinNoConsent, GpPractice, shared: true, route: "REFUSED"),
            "refusal with route" => Input(CinNoConsent, GpPractice, route: "CONSENT"),
            "no child, other council's organisation" => Input(null, ReadingHub),
            _ => Input(CinNoConsent, GpPractice),
        };
        var r = await RecordAsync(bad == "a system" ? CaseSystem : SocialWorker, input);
        Assert.Equal(code, Code(r));
        Assert.Null(r.At("recordSharingDecision.sharingDecision"));
        Assert.DoesNotContain("Nina", r.ToString()); // no personal data in the errors
        Assert.Equal(0, await StoredAsync());
    }
}

/// <summary>The same on PostgreSQL 15 (the test run's throwaway server): the joins and row rule translate there too.</summary>
public sealed class PostgresSharingDecisionsTests : SharingDecisionsTests
{
    protected override async Task<HubHost> CreateHostAsync() =>
        await HubHost.PostgresAsync(await (await Leak.SharedPostgres.ServerAsync()).CreateDatabaseAsync("decisions"));
}
