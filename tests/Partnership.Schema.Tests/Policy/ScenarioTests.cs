using System.Text.Json.Nodes;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>
/// The scenario suite: for each agency and main role, exactly which children exist for it and, per child, which fields come back
/// (v), come back empty or null because there is nothing to show (-), or are NOT_AUTHORIZED (X). The columns are:
/// nhsNumber address confidentialAddress hasSocialWorker socialCareHub openPlanKinds protectionStatus plans plans[0].category
/// strategyMeetings and the agencies of strategyMeetings[0].contributions, consents.
/// </summary>
public class ScenarioTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    internal const string Query = @"{ children(first: 50, order: [{ firstName: ASC }]) { totalCount nodes { firstName nhsNumber address { line1 } confidentialAddress { line1 }
        hasSocialWorker socialCareHub { name } openPlanKinds protectionStatus { nhsNumber } plans { kind category }
        strategyMeetings { heldAt contributions { agency } } consents { givenByName } } } }";

    private static readonly string[] Columns = ["nhsNumber", "address", "confidentialAddress", "hasSocialWorker", "socialCareHub", "openPlanKinds",
        "protectionStatus", "plans", "plans.0.category", "strategyMeetings", "strategyMeetings.0.contributions", "consents"];

    public static TheoryData<string, string[]> Expected => new()
    {
        // social care: every child of its council (not Reading's); the confidential address only for the case-holding hub (Hub A).
        { "sw-1", [
            "Baby    - - - v v v v v v - - -",
            "Casey   v v - v v v v v v v PHES -",
            "Connie  v v X v v v v v - v - v",
            "Emma    v v X v - v v v - - - -",
            "Harry   v v X v v - v v - - - v",
            "Liam    v - v v v v v v - - - -",
            "Nina    v v X v v v v v - v PS -",
            "Sam     v v - v v - v - - v - -",
            "Wendy   v v X v v v v v - - - v"] },
        { "sw-2", [
            "Baby    - - X v v v v v v - - -",
            "Casey   v v X v v v v v v v PHES -",
            "Connie  v v - v v v v v - v - v",
            "Emma    v v X v - v v v - - - -",
            "Harry   v v - v v - v v - - - v",
            "Liam    v - X v v v v v - - - -",
            "Nina    v v - v v v v v - v PS -",
            "Sam     v v X v v - v - - v - -",
            "Wendy   v v - v v v v v - - - v"] },
        // police (force system, all six councils): statutory children it has a role for, Connie by consent (identity and
        // protection status only), Olly in Reading; never a confidential address without emergency access, never consents.
        { "tvp-system", [
            "Casey   v v X v v v v v v v PHE X",
            "Connie  v X X v v v v v X v - X",
            "Liam    v - X v v v v v - - - X",
            "Olly    v v X v v v v v v v - X",
            "Sam     v v X v v - v - - v - X"] },
        // police officer serving Slough only: Olly (Reading) does not exist; Wendy's consent was withdrawn; Nina has none.
        { "pc-1", [
            "Casey   v v X v v v v v v v PHE X",
            "Connie  v X X v v v v v X v - X",
            "Liam    v - X v v v v v - - - X",
            "Sam     v v X v v - v - - v - X"] },
        // emergency access to Emma: identity, protection status, contact (and a confidential address, which she has not); not plan detail.
        { "pc-emergency", [
            "Casey   v v X v v v v v v v PHE X",
            "Connie  v X X v v v v v X v - X",
            "Emma    v v - v - v v v X - - X",
            "Liam    v - X v v v v v - - - X",
            "Sam     v v X v v - v - - v - X"] },
        // health visiting team: the unborn child (the team named on the pre-birth plan), Casey (invited, on its caseload), Sam (s47,
        // the team invited). Not Connie: her consent names her GP practice, not the team; not Harry: his consent lapsed with his
        // early help, which ended today.
        { "hv-1", [
            "Baby    - - X v v v v v v - - X",
            "Casey   v v X v v v v v v v PHE X",
            "Sam     v v X v v - v - - v - X"] },
        // GP practice: sharing is with organisations, so the statutory children the health visiting team has a role for are not the
        // practice's; Connie by consent to the practice (identity); its registered patient Nina — who and where (its own record),
        // not her protection status (that is by NHS-number lookup, as for any health setting).
        { "gp-1", [
            "Connie  v X X X X X X - - - - X",
            "Nina    v v X X X X X - - - - X"] },
        // virtual school head: the children Slough looks after — identity, protection status, contact (never a confidential
        // placement address), not plan detail.
        { "vsh-1", [
            "Liam    v - X v v v v v X - - X"] },
        // school DSL: its own pupils; "has a social worker" and plan type, never the protection status itself; meetings the school
        // was invited to, where (having sent apologies) only its own contribution is shared with it.
        { "dsl-1", [
            "Casey   v v X v v v X - - v E X",
            "Nina    v v X v v v X - - v - X",
            "Sam     v v X v v - X - - - - X"] },
        { "dsl-2", [
            "Connie  v v X v v v X - - - - X"] },
        // housing: only the household member it linked, and only "open social care involvement: contact hub X".
        { "ho-1", [
            "Harry   v v X v v X X X - X - X"] },
    };

    private static readonly Dictionary<string, TestCaller> Callers = new[]
    {
        SocialWorker, OtherHubSocialWorker, PoliceSystem, PoliceOfficer, PoliceWithEmergency, HealthVisitor, GeneralPractitioner, SchoolDsl, OtherSchoolDsl, HousingOfficer,
        VirtualSchoolHead,
    }.ToDictionary(c => c.Subject);

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Children_EachAgencyAndRole_SeeExactlyTheirShare(string subject, string[] expected)
    {
        var response = await f.Host.RunAsync(Callers[subject], Query);
        var actual = Outcomes(response);
        Assert.Equal(Normalise(expected), actual);
        Assert.Equal(expected.Length, response.At("children.totalCount")!.GetValue<int>());
    }

    [Fact]
    public async Task Children_Unauthenticated_SeeNothing()
    {
        var response = await f.Host.RunAsync(null, "{ children { totalCount nodes { firstName } } }");
        response.AssertNoErrors();
        Assert.Equal(0, response.At("children.totalCount")!.GetValue<int>());
    }

    internal static List<string> Normalise(IEnumerable<string> rows) =>
        rows.Select(r => string.Join(' ', r.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

    /// <summary>One line per returned child: its name, then a code per column.</summary>
    internal static List<string> Outcomes(Response response)
    {
        var denied = response.ErrorPaths("NOT_AUTHORIZED").ToHashSet();
        var other = response.Errors.Where(e => e?["extensions"]?["code"]?.GetValue<string>() != "NOT_AUTHORIZED").ToList();
        Assert.True(other.Count == 0, response.ToString());
        var lines = new List<string>();
        var nodes = response.At("children.nodes")!.AsArray();
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i]!;
            var cells = new List<string> { node["firstName"]!.GetValue<string>() };
            foreach (var column in Columns)
            {
                var path = $"children.nodes.{i}.{column}";
                if (denied.Contains(path)) { cells.Add("X"); continue; }
                var value = Walk(node, column);
                if (column.EndsWith("contributions", StringComparison.Ordinal) && value is JsonArray { Count: > 0 } list)
                    cells.Add(string.Concat(list.Select(c => c!["agency"]!.GetValue<string>()[0])));
                else cells.Add(value is null || value is JsonArray { Count: 0 } ? "-" : "v");
            }
            lines.Add(string.Join(' ', cells));
        }
        return lines;
    }

    private static JsonNode? Walk(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
            node = int.TryParse(part, out var index) ? (node is JsonArray a && a.Count > index ? a[index] : null) : (node as JsonObject)?[part];
        return node;
    }
}
