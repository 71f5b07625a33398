using System.Linq.Expressions;
using Partnership.Schema.Data;

namespace Partnership.Schema.Tests.Data;

public sealed class PolicyTests : IDisposable
{
    private readonly DataFixture _f = new(new DataOptions { DefaultPageSize = 2, MaxPageSize = 10 });

    public void Dispose() => _f.Dispose();

    private void OnlyReading() => _f.Policy.Rows[typeof(Person)] = (Expression<Func<Person, bool>>)(p => p.Authority != null && p.Authority.Code == "871");

    private static string Names(object? list) => string.Join(",", ((List<object?>)list!).Select(n => ((string)n.At("firstName")!)[5..]));

    [Fact]
    public async Task RowFilter_AppliesBeforeCountAndPaging()
    {
        OnlyReading(); // people 0, 3, 6, 9
        var data = await _f.DataAsync("{ people { totalCount nodes { firstName } pageInfo { hasNextPage endCursor } } }");
        Assert.Equal(4, data.At("people", "totalCount"));
        Assert.Equal("0,3", Names(data.At("people", "nodes")));
        Assert.Equal(true, data.At("people", "pageInfo", "hasNextPage"));
        var next = await _f.DataAsync("{ people(after: \"" + data.At("people", "pageInfo", "endCursor") + "\") { nodes { firstName } pageInfo { hasNextPage } } }");
        Assert.Equal("6,9", Names(next.At("people", "nodes")));
        Assert.Equal(false, next.At("people", "pageInfo", "hasNextPage"));
    }

    [Fact]
    public async Task RowFilter_InvisibleRowsMatchNoFilter()
    {
        OnlyReading();
        var data = await _f.DataAsync("{ people(where: { lastName: { eq: \"Smith\" } }) { totalCount nodes { firstName } } }");
        Assert.Equal(1, data.At("people", "totalCount")); // Smiths 4 and 7 are of another council
        Assert.Equal("0", Names(data.At("people", "nodes")));
    }

    [Fact]
    public async Task RowFilter_LookupAndNode_OfAnInvisibleRow_AreNullWithoutError()
    {
        OnlyReading();
        var hidden = Partnership.Schema.Data.Paging.GlobalId.Encode("Person", 2);
        var result = await _f.RunAsync("{ person(id: \"" + hidden + "\") { firstName } node(id: \"" + hidden + "\") { id } }");
        Assert.Empty(result.Errors);
        Assert.Null(result.Data!["person"]);
        Assert.Null(result.Data!["node"]);
    }

    [Fact]
    public async Task RowFilter_OnRelatedRows_HidesThemFromListsReferencesFiltersAndSorts()
    {
        _f.Policy.Rows[typeof(Plan)] = (Expression<Func<Plan, bool>>)(p => p.Kind != PlanKind.ChildProtection);
        _f.Policy.Rows[typeof(Authority)] = (Expression<Func<Authority, bool>>)(a => a.Code != "872");
        var data = await _f.DataAsync("{ people(first: 10) { nodes { firstName plans { kind } authority { code } } } }");
        Assert.Equal(["LOOKED_AFTER"], data.Pluck("kind", "people", "nodes", 2, "plans"));
        Assert.Null(data.At("people", "nodes", 1, "authority"));
        // As if the hidden rows did not exist: no child-protection plan, no council 872.
        var cp = await _f.DataAsync("{ people(where: { plans: { some: { kind: { eq: CHILD_PROTECTION } } } }) { totalCount } }");
        Assert.Equal(0, cp.At("people", "totalCount"));
        var none = await _f.DataAsync("{ people(where: { plans: { all: { kind: { neq: LOOKED_AFTER } } } }) { totalCount } }");
        Assert.Equal(8, none.At("people", "totalCount")); // all but 2 and 7, as 5's CP plan is invisible
        var council = await _f.DataAsync("{ people(where: { authority: { code: { eq: \"872\" } } }) { totalCount } }");
        Assert.Equal(0, council.At("people", "totalCount"));
        var sorted = await _f.DataAsync("{ people(first: 10, order: [{ authority: { code: ASC } }]) { nodes { firstName } } }");
        Assert.Equal("1,4,7,8,2,5,0,3,6,9", Names(sorted.At("people", "nodes"))); // 872 sorts as no council
    }

    [Fact]
    public async Task DeniedField_Selected_IsNullWithNotAuthorizedAtItsPath_AndNeverRead()
    {
        _f.Policy.Fields = (field, _) => field.Name == "secret" ? FieldAccess.Denied : FieldAccess.Allowed;
        _f.Database.Counter.Reset();
        var result = await _f.RunAsync("{ people(first: 2) { nodes { firstName secret } } }");
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(DataErrorCodes.NotAuthorized, e.Code));
        Assert.Equal(["people", "nodes", 0, "secret"], result.Errors[0].Path!);
        Assert.Null(result.Data.At("people", "nodes", 0, "secret"));
        Assert.Equal("Child0", result.Data.At("people", "nodes", 0, "firstName"));
        Assert.DoesNotContain("Secret", Assert.Single(_f.Database.Counter.Commands));
    }

    [Theory]
    [InlineData("where: { secret: { eq: \"secret1\" } }")]
    [InlineData("where: { or: [{ firstName: { eq: \"x\" } }, { secret: { startsWith: \"s\" } }] }")]
    [InlineData("order: [{ secret: ASC }]")]
    [InlineData("where: { authority: { phone: { eq: null } } }")]
    public async Task DeniedField_InFilterOrSort_IsNotAuthorizedError_NotADifferentRowSet(string args)
    {
        _f.Policy.Fields = (field, _) => field.Name is "secret" or "phone" ? FieldAccess.Denied : FieldAccess.Allowed;
        var result = await _f.RunAsync("{ people(" + args + ") { nodes { firstName } } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.NotAuthorized, error.Code);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task FieldAccess_DependsOnUsage_FilterDeniedWhileSelectAllowed()
    {
        _f.Policy.Fields = (field, usage) => field.Name == "score" && usage != FieldUsage.Select ? FieldAccess.Denied : FieldAccess.Allowed;
        Assert.Equal(0, (await _f.DataAsync("{ people { nodes { score } } }")).At("people", "nodes", 0, "score"));
        Assert.Equal(DataErrorCodes.NotAuthorized, Assert.Single((await _f.RunAsync("{ people(order: [{ score: ASC }]) { totalCount } }")).Errors).Code);
    }

    [Fact]
    public async Task ConditionalField_HiddenOnSomeRows_NullWithErrorThere_ValueElsewhere()
    {
        _f.Policy.Fields = (field, _) => field.Name == "secret" ? FieldAccess.When<Person>(p => p.Active) : FieldAccess.Allowed;
        _f.Database.Counter.Reset();
        var result = await _f.RunAsync("{ people(first: 4) { nodes { firstName secret } } }");
        Assert.Equal(["secret0", null, "secret2", null], result.Data.Pluck("secret", "people", "nodes"));
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(["people", "nodes", 1, "secret"], result.Errors[0].Path!);
        Assert.Equal(DataErrorCodes.NotAuthorized, result.Errors[0].Code);
        Assert.Contains("CASE", Assert.Single(_f.Database.Counter.Commands)); // the hidden value is masked in SQL
    }

    [Fact]
    public async Task ConditionalField_InFilterAndSort_BehavesAsNullWhereHidden()
    {
        _f.Policy.Fields = (field, _) => field.Name == "secret" ? FieldAccess.When<Person>(p => p.Active) : FieldAccess.Allowed;
        var hiddenValue = await _f.DataAsync("{ people(where: { secret: { eq: \"secret1\" } }) { totalCount } }");
        Assert.Equal(0, hiddenValue.At("people", "totalCount")); // Child1 is inactive: its secret is hidden
        var prefix = await _f.DataAsync("{ people(where: { secret: { startsWith: \"secret\" } }) { totalCount } }");
        Assert.Equal(5, prefix.At("people", "totalCount"));
        var sorted = await _f.DataAsync("{ people(first: 10, order: [{ secret: DESC }]) { nodes { firstName } } }");
        Assert.Equal("8,6,4,2,0,1,3,5,7,9", Names(sorted.At("people", "nodes"))); // hidden values sort as null (last, by key)
    }

    [Fact]
    public async Task ConditionalList_HiddenRows_NullWithError_AndFiltersSeeAnEmptyList()
    {
        _f.Policy.Fields = (field, _) => field.Name == "plans" && field.DeclaringType.Name == "Person"
            ? FieldAccess.When<Person>(p => p.Authority != null && p.Authority.Code == "867")
            : FieldAccess.Allowed;
        var result = await _f.RunAsync("{ people(first: 3, where: { plans: { any: true } }) { nodes { firstName plans { kind } } } }");
        Assert.True(result.Data is not null, result.Json);
        Assert.Equal("2,5", string.Join(",", result.Data.List("people", "nodes").Select(n => ((string)n.At("firstName")!)[5..])));
        Assert.Empty(result.Errors);
        var all = await _f.RunAsync("{ people(first: 2) { nodes { plans { kind } } } }");
        Assert.Null(all.Data.At("people", "nodes", 1, "plans"));
        Assert.Equal(2, all.Errors.Count(e => e.Code == DataErrorCodes.NotAuthorized)); // people 0 and 1 are not of council 867
        Assert.Equal(["people", "nodes", 1, "plans"], all.Errors[1].Path!);
    }

    [Fact]
    public async Task PolicyAnswers_AreAskedPerFieldAndUsage_WithTheCaller()
    {
        var asked = new List<string>();
        _f.Policy.Fields = (field, usage) => { asked.Add(field + ":" + usage); return FieldAccess.Allowed; };
        await _f.DataAsync("{ people(where: { lastName: { eq: \"Smith\" } }, order: [{ score: ASC }]) { nodes { firstName authority { code } } } }");
        Assert.Contains("Person.lastName:Filter", asked);
        Assert.Contains("Person.score:Sort", asked);
        Assert.Contains("Person.firstName:Select", asked);
        Assert.Contains("Authority.code:Select", asked);
        Assert.Equal(asked.Count, asked.Distinct().Count());
    }

    [Fact]
    public async Task NoPolicy_DataQueriesFail()
    {
        using var f = new DataFixture();
        var result = await new GraphQLRunner(f.Schema).ExecuteAsync("{ people { totalCount } }", null, new NoServices(f.Db));
        Assert.Contains("No IDataPolicy", Assert.Single(result.Errors).Message);
    }

    private sealed class NoServices(TestDb db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TestDb) ? db : null;
    }
}
