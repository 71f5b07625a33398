using Partnership.Schema.Tests.Hub;
using Partnership.Testing.Postgres;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>The main scenarios on PostgreSQL: the same rows and fields per agency as on SQLite, and the SQL the row rules produce.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPolicyTests(PostgresFixture pg) : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.PostgresAsync(await pg.Server.CreateDatabaseAsync("schema"));
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Children_EachAgency_SameShareAsOnSqlite()
    {
        var callers = new[] { SocialWorker, PoliceSystem, PoliceOfficer, PoliceWithEmergency, HealthVisitor, SchoolDsl, HousingOfficer };
        foreach (var caller in callers)
        {
            var expected = (string[])ScenarioTests.Expected.Single(row => (string)row[0] == caller.Subject)[1];
            var response = await _host.RunAsync(caller, ScenarioTests.Query);
            Assert.Equal(ScenarioTests.Normalise(expected), ScenarioTests.Outcomes(response));
        }
    }

    [Fact]
    public async Task MainQueries_Postgres_RowRulesRunInTheDatabase()
    {
        foreach (var q in RowRuleSql.Queries)
        {
            var (response, sql) = await RowRuleSql.CaptureAsync(_host, q);
            Assert.DoesNotContain(response.ErrorCodes, c => c != "NOT_AUTHORIZED");
            Snapshots.Match(sql, q.Name + ".postgres.sql");
        }
    }

    [Fact]
    public async Task ConsentWithdrawn_AndEmergencyAccess_OnPostgres()
    {
        var consentId = Partnership.Schema.Data.Paging.GlobalId.Encode("Consent", new Guid("00000000-0000-0000-0000-000000000901"));
        var w = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { errors { code } } }", new { id = consentId });
        w.AssertNoErrors();
        var police = await _host.RunAsync(PoliceOfficer, "{ children { nodes { firstName } } }");
        Assert.Equal(["Casey", "Liam", "Sam"], police.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).Order());
        var emergency = await _host.RunAsync(PoliceOfficer, "mutation { requestEmergencyAccess(input: { nhsNumber: \"" + Nhs(6).Value + "\", reason: \"reported missing, risk to life\" }) { child { confidentialAddress { line1 } } errors { code } } }");
        emergency.AssertNoErrors();
        Assert.Equal("6 High Street", emergency.At("requestEmergencyAccess.child.confidentialAddress.line1")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.True((await Partnership.Data.Audit.AuditChain.VerifyAsync(db)).IsIntact);
    }
}
