using System.Text;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>The main queries whose SQL is kept as snapshots (Policy/__snapshots__), so a change that moves a row rule out of the database shows in review.</summary>
internal static class RowRuleSql
{
    public sealed record MainQuery(string Name, TestCaller Caller, string Query, object? Variables = null);

    public static readonly MainQuery[] Queries =
    [
        new("police-children", PoliceOfficer, "{ children(first: 20, order: [{ lastName: ASC }]) { totalCount nodes { id firstName address { postcode } plans { kind category } } } }"),
        new("health-protection-status", EmergencyDoctor, "query($n: String!) { protectionStatus(nhsNumber: $n) { nhsNumber childProtectionPlan { start end } lookedAfter { start end } prebirthPlan { start } responsibleAuthority { name officeHoursPhone outOfHoursPhone } } }",
            new { n = Nhs(6).Value }),
        new("housing-children", HousingOfficer, "{ children { totalCount nodes { firstName lastName hasSocialWorker socialCareHub { name phone } } } }"),
        new("education-children", SchoolDsl, "{ children { totalCount nodes { firstName upn openPlanKinds strategyMeetings { heldAt actions { description ownerAgency } } } } }"),
        new("police-strategy-meetings", PoliceSystem, @"{ strategyMeetings(first: 20, where: { heldAt: { gte: ""2026-01-01T00:00:00Z"" }, invitations: { some: { agency: { eq: POLICE } } } }, order: [{ heldAt: DESC }]) {
            totalCount nodes { heldAt localAuthority { code } children { firstName } invitations { agency status } contributions { agency text } decisions { startSection47 } actions { description ownerAgency } } } }"),
        new("social-care-child", SocialWorker, "query($id: ID!) { child(id: $id) { firstName confidentialAddress { line1 postcode } consents { givenByName } } }", new { id = Id(LookedAfter) }),
    ];

    /// <summary>Runs the query and returns the data statements it ran (the caller's organisation lookup and the audit writes left out).</summary>
    public static async Task<(Response Response, string Sql)> CaptureAsync(HubHost host, MainQuery q)
    {
        host.Statements.Clear();
        host.Statements.Enabled = true;
        Response response;
        try { response = await host.RunAsync(q.Caller, q.Query, q.Variables); }
        finally { host.Statements.Enabled = false; }
        var sb = new StringBuilder();
        var n = 0;
        foreach (var sql in host.Statements.Commands)
        {
            if (sql.Contains("\"AccessAudit", StringComparison.Ordinal) || sql.Contains("\"Notifications\"", StringComparison.Ordinal)
                || sql.Contains("FROM \"Organisations\" AS \"o\"\nWHERE \"o\".\"Agency\"", StringComparison.Ordinal)) continue;
            sb.Append("-- statement ").Append(++n).Append('\n').Append(sql.Replace("\r\n", "\n").TrimEnd()).Append("\n\n");
        }
        return (response, sb.ToString());
    }
}

public sealed class RowRuleSqlTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    public static TheoryData<string> Names => new(RowRuleSql.Queries.Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task MainQuery_Sqlite_RowRulesRunInTheDatabase(string name)
    {
        var (response, sql) = await RowRuleSql.CaptureAsync(f.Host, RowRuleSql.Queries.Single(q => q.Name == name));
        Assert.DoesNotContain(response.ErrorCodes, c => c != "NOT_AUTHORIZED");
        Snapshots.Match(sql, name + ".sqlite.sql");
    }
}
