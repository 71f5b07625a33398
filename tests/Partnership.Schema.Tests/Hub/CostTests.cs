using System.Text;
using System.Text.RegularExpressions;
using Partnership.GraphQL.Cost;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Validation;

namespace Partnership.Schema.Tests.Hub;

/// <summary>
/// The hub's declared page and list sizes against its default limits (<see cref="ExecutionLimitsOptions"/>): every
/// query of the README, the journeys and the HTTP benchmark costs less than the limit; the attacks of issue 12 cost more.
/// The computed costs are recorded in <c>__snapshots__/query-costs.md.snap</c> (and shown in docs/security.md).
/// </summary>
public sealed partial class CostTests
{
    private static readonly GraphQLSchema Schema = HubSchema.Create();
    private static readonly ExecutionLimitsOptions Limits = new();

    /// <summary>The README's and the HTTP benchmark's queries, by name.</summary>
    private static readonly (string Name, string Query)[] Named =
    [
        ("README: police meetings (curl)", """{ me { agency localAuthorities } strategyMeetings(first: 5, order: [{heldAt: DESC}]) { totalCount nodes { heldAt localAuthority { name } children { firstName lastName } invitations { agency status } } } }"""),
        ("README: social care CP children", """{ children(first: 10, where: {plans: {some: {kind: {eq: CHILD_PROTECTION}}}}) { totalCount nodes { firstName lastName plans { kind category start } } } }"""),
        ("README: police meetings since January", """{ strategyMeetings(first: 10, where: {heldAt: {gte: "2026-01-01T00:00:00Z"}}) { nodes { heldAt invitations { agency status } } } }"""),
        ("README: education children", """{ children(first: 10) { nodes { firstName plans { kind } } } }"""),
        ("benchmark: police strategy meetings, nested", """
            { strategyMeetings(first: 20, where: { heldAt: { gte: "2025-10-01T00:00:00Z" } }, order: [{ heldAt: DESC }]) {
            totalCount nodes { heldAt localAuthority { code } children { firstName lastName } invitations { agency status }
            decisions { startSection47 criminalInvestigation } actions(where: { ownerAgency: { eq: POLICE } }) { description dueDate completedOn } } } }
            """),
        ("benchmark: health visiting caseload", "{ healthVisitingCaseload(first: 50, order: [{ dateOfBirth: DESC }]) { totalCount nodes { firstName lastName dateOfBirth nhsNumber hasSocialWorker openPlanKinds } } }"),
        ("benchmark: pupils with a social worker", "{ pupilsWithSocialWorker(first: 50) { totalCount nodes { firstName lastName upn openPlanKinds socialCareHub { name phone } } } }"),
        ("benchmark: CP children page", """
            { children(first: 20, where: { plans: { some: { kind: { eq: CHILD_PROTECTION } } } }, order: [{ lastName: ASC }]) {
            totalCount nodes { firstName lastName dateOfBirth nhsNumber address { postcode } plans { kind start end category } } } }
            """),
        ("benchmark: scorecard", """{ scorecard(from: "2025-04-01", to: "2026-03-31") { localAuthority hub month contacts referrals plansStarted policeAttendanceRate } }"""),
        ("a full page: 100 children, plans and meetings", "{ children(first: 100) { nodes { firstName plans { kind start } strategyMeetings { heldAt } } } }"),
    ];

    private static CostReport CostOf(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(Schema, document));
        var operation = Executor.SelectOperation(document, operationName, out var error) ?? throw error!;
        return CostAnalysis.Analyze(Schema, document, operation, variables, Limits.DefaultListSize);
    }

    /// <summary>Every <c>```graphql</c> block of docs/journeys that is a whole operation, by file and position.</summary>
    private static IEnumerable<(string Name, string Query)> JourneyQueries()
    {
        var folder = Path.Combine(Snapshots.RepositoryRoot(), "docs", "journeys");
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            int i = 0;
            foreach (Match m in GraphQLBlock().Matches(File.ReadAllText(file)))
            {
                i++;
                var text = m.Groups[1].Value;
                DocumentNode document;
                try { document = Parser.Parse(text); }
                catch (GraphQL.Errors.GraphQLError) { continue; } // a fragment of a query, shown in prose
                foreach (var op in document.Definitions.OfType<OperationDefinitionNode>())
                    yield return ($"{Path.GetFileNameWithoutExtension(file)} #{i}{(op.Name is { } n ? " " + n.Value : "")}", text);
            }
        }
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [Fact]
    public void CostOf_EveryDocumentedQuery_IsUnderTheDefaultLimits()
    {
        var table = new StringBuilder("| query | cost | depth |\n|---|---:|---:|\n");
        foreach (var (name, query) in Named.Concat(JourneyQueries()))
        {
            var document = Parser.Parse(query);
            foreach (var op in document.Definitions.OfType<OperationDefinitionNode>())
            {
                if (DocumentValidator.Validate(Schema, document).Count > 0) continue; // an illustration, not a runnable query
                var report = CostAnalysis.Analyze(Schema, document, op, null, Limits.DefaultListSize);
                Assert.True(report.Cost <= Limits.MaxCost, $"{name} costs {report.Cost}, over {Limits.MaxCost}");
                Assert.True(report.Depth <= Limits.MaxDepth, $"{name} is {report.Depth} deep, over {Limits.MaxDepth}");
                Assert.True(CostAnalysis.CountAliases(document) <= Limits.MaxAliases, $"{name} has too many aliases");
                table.Append($"| {name}{(op.Name is { } n && !name.EndsWith(n.Value, StringComparison.Ordinal) ? " " + n.Value : "")} | {report.Cost:0} | {report.Depth} |\n");
            }
        }
        Snapshots.Match(table.ToString(), "query-costs.md");
    }

    [Fact]
    public void CostOf_MeetingsAndChildrenNestedFiveDeep_OverTheLimit()
    {
        var inner = "firstName";
        for (int i = 0; i < 5; i++) inner = $"strategyMeetings {{ children {{ {inner} }} }}";
        var report = CostOf($"{{ children(first: 1) {{ nodes {{ {inner} }} }} }}");
        Assert.Equal(12_207_032, report.Cost);
        Assert.Equal(13, report.Depth);
    }

    [Fact]
    public void CostOf_MeetingsAndChildrenNestedThreeTimes_OverTheLimit()
    {
        var report = CostOf("{ children(first: 1) { nodes { strategyMeetings { children { strategyMeetings { children { strategyMeetings { children { firstName } } } } } } } } }");
        Assert.Equal(19_532, report.Cost);
        Assert.Equal(9, report.Depth);
    }

    [Fact]
    public void CostOf_MeetingsAndChildrenNestedTwice_UnderTheLimit()
    {
        var report = CostOf("{ children(first: 1) { nodes { strategyMeetings { children { strategyMeetings { children { firstName } } } } } } }");
        Assert.Equal(782, report.Cost);
    }

    [Fact]
    public void CostOf_HundredAliasesOfHundredRows_OverTheLimit()
    {
        var flood = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}: children(first: 100) {{ nodes {{ firstName }} }}")) + " }";
        Assert.Equal(10_100, CostOf(flood).Cost);
        Assert.True(CostAnalysis.CountAliases(Parser.Parse(flood)) > Limits.MaxAliases);
        // Even under the alias limit, 20 aliases of 100 rows and their plans cost too much.
        var twenty = "{ " + string.Join(" ", Enumerable.Range(0, 20).Select(i => $"a{i}: children(first: 100) {{ nodes {{ firstName plans {{ kind }} }} }}")) + " }";
        Assert.True(CostOf(twenty).Cost > Limits.MaxCost);
    }

    [Fact]
    public void CostOf_PageSizeFromVariable_CountsTheValue()
    {
        const string query = "query($n: Int) { children(first: $n) { nodes { firstName plans { kind } } } }";
        Assert.Equal(1 + 10 * (1 + 5), CostOf(query, new Dictionary<string, object?> { ["n"] = 10 }).Cost);
        Assert.Equal(1 + 100 * (1 + 5), CostOf(query, new Dictionary<string, object?> { ["n"] = 100 }).Cost);
        Assert.Equal(1 + 20 * (1 + 5), CostOf(query).Cost); // none given: the hub's default page of 20
    }
}
