using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Policy;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Hub;

/// <summary>Why can I see this: <c>access</c> on the caller's own share, from the policy, read with the rows it explains.</summary>
public class SharingAccessTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    private const string OneChild = "query($id: ID!) { child(id: $id) { access { category route basis restsOn since until } } }";

    private static List<string> Entries(JsonNode? access) => access!.AsArray()
        .Select(g => $"{g!["category"]!.GetValue<string>()} {g["basis"]!.GetValue<string>()}").Order().ToList();

    private static JsonNode Entry(JsonNode? access, string category, string basis) => access!.AsArray()
        .Single(g => g!["category"]!.GetValue<string>() == category && g["basis"]!.GetValue<string>() == basis)!;

    [Fact]
    public async Task Access_PoliceOnAChildOnAPlan_StatutoryRestingOnThePlanAndTheMeetingItAttended()
    {
        var r = await f.Host.RunAsync(PoliceOfficer, OneChild, new { id = Id(CpChild) });
        r.AssertNoErrors();
        var access = r.At("child.access");
        var entries = Entries(access);
        Assert.Contains("IDENTITY STATUTORY", entries);
        Assert.Contains("MEETING_RECORD ATTENDED", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("CONFIDENTIAL_ADDRESS", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("ASSESSMENT", StringComparison.Ordinal));
        var identity = Entry(access, "IDENTITY", "STATUTORY");
        Assert.Equal("STATUTORY_SAFEGUARDING", identity["route"]!.GetValue<string>());
        Assert.StartsWith("an open child protection plan", identity["restsOn"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-02-01T00:00:00+00:00", identity["since"]!.GetValue<string>()); // the plan's start, England midnight
        Assert.Null(identity["until"]);
    }

    [Fact]
    public async Task Access_GpWithAConsent_NamesWhoGaveItAndWhen()
    {
        var r = await f.Host.RunAsync(GeneralPractitioner, OneChild, new { id = Id(CinConsent) });
        r.AssertNoErrors();
        var consent = Entry(r.At("child.access"), "IDENTITY", "CONSENT");
        Assert.Equal("CONSENT", consent["route"]!.GetValue<string>());
        Assert.Equal("consent given by Carol Consent (mother)", consent["restsOn"]!.GetValue<string>());
        Assert.Equal(HubHost.Now.AddDays(-30), DateTimeOffset.Parse(consent["since"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Access_PoliceWithAnEmergencyGrant_TheGrantItsReasonAndExpiry()
    {
        var r = await f.Host.RunAsync(PoliceWithEmergency, OneChild, new { id = Id(EmergencyChild) });
        r.AssertNoErrors();
        var access = r.At("child.access");
        Assert.Contains("CONFIDENTIAL_ADDRESS EMERGENCY", Entries(access));
        var grant = Entry(access, "IDENTITY", "EMERGENCY");
        Assert.Equal("EMERGENCY_ACCESS", grant["route"]!.GetValue<string>());
        Assert.Equal("emergency access: child found alone at night", grant["restsOn"]!.GetValue<string>());
        Assert.Equal(HubHost.Now.AddHours(23), DateTimeOffset.Parse(grant["until"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        // Another officer of the same force holds no grant: the emergency route is the practitioner's own.
        var other = await f.Host.RunAsync(PoliceOfficer, OneChild, new { id = Id(EmergencyChild) });
        Assert.DoesNotContain(Entries(other.At("child.access") ?? new JsonArray()), e => e.EndsWith(" EMERGENCY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Access_SocialCareOnItsCouncilsChild_EveryCategoryAllOfCouncil()
    {
        var r = await f.Host.RunAsync(OtherHubSocialWorker, OneChild, new { id = Id(LookedAfter) });
        r.AssertNoErrors();
        var entries = Entries(r.At("child.access"));
        Assert.Contains("ASSESSMENT_AND_CASE_NOTES ALL_OF_COUNCIL", entries);
        Assert.DoesNotContain("CONFIDENTIAL_ADDRESS CASE_HOLDING_HUB", entries); // another hub holds the case
    }

    [Fact]
    public async Task Access_OnEveryChildBearingType_SpeaksOfTheRowsChild()
    {
        var r = await f.Host.RunAsync(SocialWorker, """
            query($id: ID!) { child(id: $id) { access { category } protectionStatus { access { category } childProtectionPlan { access { category } } }
              plans { access { category } } address { access { category } } identifiers { access { category } } } }
            """, new { id = Id(CpChild) });
        r.AssertNoErrors();
        var child = Entries2(r.At("child.access"));
        Assert.NotEmpty(child);
        Assert.Equal(child, Entries2(r.At("child.protectionStatus.access")));
        Assert.Equal(child, Entries2(r.At("child.protectionStatus.childProtectionPlan.access")));
        Assert.Equal(child, Entries2(r.At("child.plans.0.access")));
        Assert.Equal(child, Entries2(r.At("child.address.access")));
        static List<string> Entries2(JsonNode? a) => a!.AsArray().Select(g => g!["category"]!.GetValue<string>()).Order().ToList();
    }

    [Fact]
    public async Task Access_OnAPageOfChildren_NoExtraStatement()
    {
        const string Without = "{ children(first: 10) { nodes { firstName plans { kind } } } }";
        const string With = "{ children(first: 10) { nodes { firstName access { category basis } plans { kind access { basis } } } } }";
        foreach (var caller in new[] { SocialWorker, PoliceOfficer, HealthVisitor, SchoolDsl, HousingOfficer })
        {
            await f.Host.RunAsync(caller, Without); // warm: the caller's organisation is looked up once and kept
            var plain = await StatementsAsync(caller, Without);
            var (response, statements) = await CountedAsync(caller, With);
            response.AssertNoErrorsBut("NOT_AUTHORIZED"); // housing sees no plans
            Assert.NotNull(response.At("children.nodes.0.access"));
            Assert.Equal(plain, statements);
        }
    }

    [Fact]
    public async Task Access_AgreesWithTheCallersOwnSharingExplanation()
    {
        var children = Names.Keys.Where(c => c != OtherCouncil).ToList();
        foreach (var caller in new[] { SocialWorker, PoliceOfficer, PoliceWithEmergency, HealthVisitor, GeneralPractitioner, VirtualSchoolHead, SchoolDsl, HousingOfficer })
            foreach (var child in children)
            {
                var r = await f.Host.RunAsync(caller, """
                    query($id: ID!) { child(id: $id) { access { category basis restsOn since until } }
                      sharingExplanation(childId: $id) { grants { category basis restsOn since until } } }
                    """, new { id = Id(child) });
                r.AssertNoErrors();
                Assert.Equal(r.At("child.access")?.ToJsonString(), r.At("sharingExplanation.grants")?.ToJsonString());
            }
    }

    [Fact]
    public async Task Access_Read_IsRecordedAsAReadAboutTheChild()
    {
        var r = await f.Host.RunAsync(HealthVisitor, "query($id: ID!) { child(id: $id) { access { category } } }", new { id = Id(CpChild) });
        r.AssertNoErrors();
        await using var db = f.Host.NewContext();
        var entry = await db.AccessAuditEntries.Include(e => e.Items).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("hv-1", entry.Subject);
        var item = Assert.Single(entry.Items);
        Assert.Equal((CpChild, InformationCategory.Identity), (item.ChildId, item.Category));
    }

    [Fact]
    public void Access_CostAnalysis_NineEntriesOfWeightOnePerRow()
    {
        var schema = HubSchema.Create();
        double Cost(string query)
        {
            var document = Partnership.GraphQL.Language.Parser.Parse(query);
            var operation = Partnership.GraphQL.Execution.Executor.SelectOperation(document, null, out _)!;
            return Partnership.GraphQL.Cost.CostAnalysis.Analyze(schema, document, operation, null, 10).Cost;
        }
        var without = Cost("{ children(first: 100) { nodes { firstName } } }");
        Assert.Equal(100 * 9 * 1, Cost("{ children(first: 100) { nodes { firstName access { category basis } } } }") - without);
    }

    private async Task<int> StatementsAsync(TestCaller caller, string query) => (await CountedAsync(caller, query)).Statements;

    private async Task<(Response Response, int Statements)> CountedAsync(TestCaller caller, string query)
    {
        var (response, sql) = await RowRuleSql.CaptureAsync(f.Host, new RowRuleSql.MainQuery("count", caller, query));
        return (response, sql.Split("-- statement ").Length - 1);
    }
}

/// <summary>The same on PostgreSQL 15.</summary>
public sealed class PostgresSharingAccessTests(PostgresScenarioFixture f) : SharingAccessTests(f), IClassFixture<PostgresScenarioFixture>;
