namespace Partnership.Schema.Tests.Data;

public sealed class ProjectionTests : IDisposable
{
    private readonly DataFixture _f = new();

    public void Dispose() => _f.Dispose();

    private IReadOnlyList<string> Sql => _f.Database.Counter.Commands;

    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];

    [Fact]
    public async Task ScalarSelection_ReadsOnlyTheSelectedColumns()
    {
        _f.Database.Counter.Reset();
        await _f.DataAsync("{ people(first: 3) { nodes { firstName } } }");
        var sql = Assert.Single(Sql);
        var select = SelectList(sql);
        Assert.Contains("\"FirstName\"", select);
        foreach (var column in new[] { "LastName", "Secret", "NhsNumber", "Weight", "DateOfBirth", "AuthorityId" })
            Assert.DoesNotContain(column, select);
        Assert.DoesNotContain("JOIN", sql);
    }

    [Fact]
    public async Task NestedLists_OneStatementPerListLevel_NotPerRow()
    {
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("{ people(first: 50) { nodes { firstName authority { code } plans { kind actions { text } } } } }");
        Assert.Equal(10, data.List("people", "nodes").Count);
        Assert.Equal(4, Sql.Count); // the page's keys, then by them: people (with the authority join), plans, actions
        Assert.DoesNotContain("\"Plans\"", Sql[0]);
        Assert.Contains("LEFT JOIN \"Authorities\"", Sql[1]);
        Assert.DoesNotContain("\"Name\"", SelectList(Sql[1]));
        Assert.Contains("\"Plans\"", Sql[2]);
        Assert.DoesNotContain("\"Notes\"", Sql[2]);
        Assert.Contains("\"Actions\"", Sql[3]);
        Assert.Equal(["action 5-1-0", "action 5-1-1"], data.Pluck("text", "people", "nodes", 5, "plans", 1, "actions"));
        Assert.Equal(["CHILD_IN_NEED", "CHILD_PROTECTION"], data.Pluck("kind", "people", "nodes", 5, "plans"));
        Assert.Null(data.At("people", "nodes", 8, "authority"));
        Assert.Equal("872", data.At("people", "nodes", 7, "authority", "code"));
    }

    [Fact]
    public async Task NestedLists_WithTotalCount_AddOnlyTheCountStatement()
    {
        _f.Database.Counter.Reset();
        await _f.DataAsync("{ people(first: 5, where: { plans: { any: true } }) { totalCount edges { cursor node { plans { actions { done } } } } } }");
        Assert.Equal(5, Sql.Count); // keys, people, plans, actions, then the count (the page does not hold every row)
        Assert.Contains("COUNT(", Sql[^1]);
    }

    [Fact]
    public async Task StatementCount_DoesNotGrowWithRows()
    {
        _f.Db.People.AddRange(Enumerable.Range(100, 40).Select(i => new Person
        {
            Id = i, FirstName = "Extra" + i, LastName = "Extra",
            Plans = [new Plan { Id = i * 10, Kind = PlanKind.ChildInNeed, Actions = [new PlanAction { Id = i * 100, Text = "a" }] }],
        }));
        await _f.Db.SaveChangesAsync();
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("{ people(first: 50) { nodes { plans { actions { text } } } } }");
        Assert.Equal(50, data.List("people", "nodes").Count);
        Assert.Equal(4, Sql.Count); // keys, people, plans, actions
    }

    [Fact]
    public async Task ComputedFields_AreTranslatedIntoTheStatement()
    {
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("{ people(first: 3) { nodes { fullName planCount } } }");
        Assert.Equal(["Child0 Smith", "Child1 Jones", "Child2 Taylor"], data.Pluck("fullName", "people", "nodes"));
        Assert.Equal([0, 1, 2], data.Pluck("planCount", "people", "nodes"));
        var sql = Assert.Single(Sql);
        Assert.Contains("||", sql);
        Assert.Contains("COUNT(*)", sql);
    }

    [Fact]
    public async Task FragmentsAliasesAndSkip_ProjectWhatTheSelectionNeeds()
    {
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("""
            query($skip: Boolean!) { people(first: 2) { nodes { ...F ... on Person { n: nhsNumber } secret @skip(if: $skip) } } }
            fragment F on Person { a: firstName b: lastName }
            """, new Dictionary<string, object?> { ["skip"] = true });
        Assert.Equal("Child1", data.At("people", "nodes", 1, "a"));
        Assert.Equal("Jones", data.At("people", "nodes", 1, "b"));
        Assert.Equal("9400000001", data.At("people", "nodes", 1, "n"));
        Assert.False(((Dictionary<string, object?>)data.At("people", "nodes", 1)!).ContainsKey("secret"));
        Assert.DoesNotContain("Secret", Assert.Single(Sql));
    }

    [Fact]
    public async Task SameFieldUnderTwoAliases_GetsItsOwnSlotEach()
    {
        var data = await _f.DataAsync("{ people(first: 1, where: { plans: { any: true } }) { nodes { x: plans { kind } y: plans { start } } } }");
        Assert.Equal(["CHILD_IN_NEED"], data.Pluck("kind", "people", "nodes", 0, "x"));
        Assert.Equal(["2023-01-02"], data.Pluck("start", "people", "nodes", 0, "y"));
    }

    [Fact]
    public async Task ScalarsSerialise_DatesEnumsGuidsAndNulls()
    {
        var data = await _f.DataAsync("{ people(first: 1, where: { firstName: { eq: \"Child3\" } }) { nodes { dateOfBirth createdAt weight reference active nhsNumber } } }");
        var node = data.At("people", "nodes", 0);
        Assert.Equal("2018-04-10", node.At("dateOfBirth"));
        Assert.Equal("2024-01-04T09:00:00+00:00", node.At("createdAt"));
        Assert.Null(node.At("weight"));
        Assert.Equal("00000004-0000-0000-0000-000000000000", node.At("reference"));
        Assert.Equal(false, node.At("active"));
        Assert.Null(node.At("nhsNumber"));
    }

    [Fact]
    public async Task Lookup_ReturnsTheRowOrNull_InOneStatement()
    {
        var id = Partnership.Schema.Data.Paging.GlobalId.Encode("Person", 3);
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("{ person(id: \"" + id + "\") { id firstName plans { kind } } }");
        Assert.Equal("Child2", data.At("person", "firstName"));
        Assert.Equal(id, data.At("person", "id"));
        Assert.Equal(2, Sql.Count); // the person, then its plans
        var missing = await _f.DataAsync("{ person(id: \"" + Partnership.Schema.Data.Paging.GlobalId.Encode("Person", 999) + "\") { firstName } }");
        Assert.Null(missing["person"]);
    }

    [Fact]
    public async Task EntityList_FiltersAndOrdersWithoutPaging()
    {
        var data = await _f.DataAsync("{ peopleList(where: { lastName: { eq: \"Jones\" } }, order: [{ firstName: DESC }]) { firstName } }");
        Assert.Equal(["Child6", "Child1"], data.Pluck("firstName", "peopleList"));
    }

    [Fact]
    public async Task SiblingDataFields_ShareTheContextWithoutConcurrentUse()
    {
        var data = await _f.DataAsync("{ a: people(first: 2) { totalCount nodes { firstName } } b: peopleList { plans { kind } } c: people(last: 1) { nodes { firstName } } }");
        Assert.Equal(10, data.At("a", "totalCount"));
        Assert.Equal(10, data.List("b").Count);
        Assert.Equal("Child9", data.At("c", "nodes", 0, "firstName"));
    }

    [Fact]
    public async Task NestedListArguments_FilterAndOrderTheListInTheSameStatement()
    {
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("""
            query($w: PlanFilterInput) { people(first: 10) { nodes { firstName
              filtered: plans(where: $w) { kind }
              ordered: plans(order: [{ start: DESC }]) { kind start } } } }
            """, new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { ["kind"] = new Dictionary<string, object?> { ["neq"] = "CHILD_IN_NEED" } } });
        Assert.Equal(["CHILD_PROTECTION"], data.Pluck("kind", "people", "nodes", 5, "filtered"));
        Assert.Equal(["EARLY_HELP"], data.Pluck("kind", "people", "nodes", 8, "filtered"));
        Assert.Equal(["LOOKED_AFTER", "CHILD_PROTECTION"], data.Pluck("kind", "people", "nodes", 2, "ordered"));
        Assert.Equal(4, Sql.Count); // the page's keys, people, then each plans selection
    }

    [Fact]
    public async Task NestedListArguments_DeniedField_IsNotAuthorized()
    {
        _f.Policy.Fields = (field, usage) => field.Name == "notes" && usage == Partnership.Schema.Data.FieldUsage.Filter
            ? Partnership.Schema.Data.FieldAccess.Denied : Partnership.Schema.Data.FieldAccess.Allowed;
        var result = await _f.RunAsync("{ people { nodes { plans(where: { notes: { contains: \"5\" } }) { kind } } } }");
        Assert.Equal(Partnership.Schema.Data.DataErrorCodes.NotAuthorized, Assert.Single(result.Errors).Code);
    }
}
