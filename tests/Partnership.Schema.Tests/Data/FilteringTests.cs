using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Data;

public sealed class FilteringTests : IDisposable
{
    private readonly DataFixture _f = new();

    public void Dispose() => _f.Dispose();

    private async Task<string> Matching(string where)
    {
        var data = await _f.DataAsync("{ people(first: 50, where: " + where + ") { nodes { firstName } } }");
        return string.Join(",", data.Pluck("firstName", "people", "nodes").Select(n => ((string)n!)[5..]));
    }

    [Theory]
    [InlineData("{ lastName: { eq: \"Smith\" } }", "0,4,7")]
    [InlineData("{ lastName: { neq: \"Smith\" } }", "1,2,3,5,6,8,9")]
    [InlineData("{ lastName: { in: [\"Jones\", \"Brown\"] } }", "1,3,6")]
    [InlineData("{ lastName: { nin: [\"Jones\", \"Brown\", \"Smith\"] } }", "2,5,8,9")]
    [InlineData("{ lastName: { in: [] } }", "")]
    [InlineData("{ nhsNumber: { eq: null } }", "3,7")]
    [InlineData("{ nhsNumber: { neq: null } }", "0,1,2,4,5,6,8,9")]
    [InlineData("{ lastName: { contains: \"mi\" } }", "0,4,7")]
    [InlineData("{ lastName: { startsWith: \"J\" } }", "1,6")]
    [InlineData("{ lastName: { endsWith: \"s\" } }", "1,5,6,9")]
    [InlineData("{ nhsNumber: { startsWith: \"940\" } }", "0,1,2,4,5,6,8,9")]
    public async Task StringOperations_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Theory]
    [InlineData("{ score: { eq: 10 } }", "1,8")]
    [InlineData("{ score: { gt: 20 } }", "3,6")]
    [InlineData("{ score: { gte: 20 } }", "2,3,6,9")]
    [InlineData("{ score: { lt: 5 } }", "0,7")]
    [InlineData("{ score: { lte: 5 } }", "0,4,7")]
    [InlineData("{ score: { gt: 5, lt: 20 } }", "1,5,8")]
    [InlineData("{ score: { in: [0, 30] } }", "0,3,7")]
    [InlineData("{ score: { nin: [0, 30] } }", "1,2,4,5,6,8,9")]
    [InlineData("{ weight: { gt: 25 } }", "5,7,8")]
    [InlineData("{ weight: { eq: null } }", "0,3,6,9")]
    [InlineData("{ weight: { lte: 22.5 } }", "1,2")]
    public async Task NumberOperations_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Theory]
    [InlineData("{ dateOfBirth: { gte: \"2018-01-01\" } }", "3,4,8,9")]
    [InlineData("{ dateOfBirth: { lt: \"2016-01-01\" } }", "0,5")]
    [InlineData("{ dateOfBirth: { eq: \"2017-03-10\" } }", "2")]
    [InlineData("{ dateOfBirth: { in: [\"2017-03-10\", \"2019-10-10\"] } }", "2,9")]
    [InlineData("{ dateOfBirth: { gt: \"2015-01-10\", lte: \"2015-12-31\" } }", "5")]
    [InlineData("{ createdAt: { gte: \"2024-01-08T00:00:00Z\" } }", "7,8,9")]
    [InlineData("{ createdAt: { lt: \"2024-01-02T09:00:00Z\" } }", "0")]
    [InlineData("{ createdAt: { eq: \"2024-01-03T09:00:00+00:00\" } }", "2")]
    public async Task DateOperations_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Theory]
    [InlineData("{ active: { eq: false } }", "1,3,5,7,9")]
    [InlineData("{ active: { neq: false } }", "0,2,4,6,8")]
    [InlineData("{ reference: { eq: \"00000003-0000-0000-0000-000000000000\" } }", "2")]
    [InlineData("{ reference: { in: [\"00000001-0000-0000-0000-000000000000\", \"0000000a-0000-0000-0000-000000000000\"] } }", "0,9")]
    [InlineData("{ plans: { some: { kind: { eq: CHILD_PROTECTION } } } }", "2,5")]
    [InlineData("{ plans: { some: { kind: { in: [EARLY_HELP, LOOKED_AFTER] } } } }", "2,4,7,8")]
    [InlineData("{ plans: { some: { kind: { nin: [EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION] } } } }", "2,7")]
    [InlineData("{ plans: { some: { kind: { neq: CHILD_IN_NEED } } } }", "2,4,5,7,8")]
    public async Task EqualityOperations_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Theory]
    [InlineData("{ plans: { all: { kind: { eq: EARLY_HELP } } } }", "0,3,4,6,9")]
    [InlineData("{ plans: { none: { kind: { eq: CHILD_IN_NEED } } } }", "0,2,3,4,6,7,9")]
    [InlineData("{ plans: { any: true } }", "1,2,4,5,7,8")]
    [InlineData("{ plans: { any: false } }", "0,3,6,9")]
    [InlineData("{ plans: { some: { end: { eq: null } } } }", "2,5,8")]
    [InlineData("{ plans: { some: { actions: { some: { text: { eq: \"action 5-1-1\" } } } } } }", "5")]
    [InlineData("{ plans: { some: { actions: { all: { done: { eq: true } } } } } }", "1,2,4,5,7,8")]
    [InlineData("{ plans: { some: { actions: { some: { done: { eq: false } } } } } }", "2,5,8")]
    public async Task ListOperations_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Theory]
    [InlineData("{ authority: { code: { eq: \"871\" } } }", "0,3,6,9")]
    [InlineData("{ authority: { name: { startsWith: \"Br\" } } }", "2,5")]
    [InlineData("{ authority: { phone: { eq: null } } }", "1,4,7")]
    [InlineData("{ or: [{ lastName: { eq: \"Smith\" } }, { score: { gt: 20 } }] }", "0,3,4,6,7")]
    [InlineData("{ and: [{ lastName: { eq: \"Smith\" } }, { active: { eq: true } }] }", "0,4")]
    [InlineData("{ lastName: { eq: \"Smith\" }, active: { eq: true } }", "0,4")]
    [InlineData("{ or: [{ and: [{ score: { gte: 20 } }, { active: { eq: true } }] }, { nhsNumber: { eq: null } }] }", "2,3,6,7")]
    [InlineData("{ or: [] }", "")]
    [InlineData("{ and: [] }", "0,1,2,3,4,5,6,7,8,9")]
    [InlineData("{ }", "0,1,2,3,4,5,6,7,8,9")]
    public async Task NestedAndLogicalFilters_SelectMatchingRows(string where, string expected) =>
        Assert.Equal(expected, await Matching(where));

    [Fact]
    public async Task IdFilter_GlobalIds_SelectTheirRows()
    {
        var id3 = GlobalId.Encode("Person", 4);
        var otherType = GlobalId.Encode("Plan", 4);
        Assert.Equal("3", await Matching("{ id: { eq: \"" + id3 + "\" } }"));
        Assert.Equal("", await Matching("{ id: { eq: \"" + otherType + "\" } }"));
        Assert.Equal("3", await Matching("{ id: { in: [\"" + id3 + "\", \"" + otherType + "\"] } }"));
    }

    [Fact]
    public async Task Where_FromVariables_SameAsLiteral()
    {
        var where = new Dictionary<string, object?>
        {
            ["lastName"] = new Dictionary<string, object?> { ["in"] = new object?[] { "Jones", "Brown" } },
        };
        var data = await _f.DataAsync("query($w: PersonFilterInput) { people(where: $w) { nodes { firstName } } }", new Dictionary<string, object?> { ["w"] = where });
        Assert.Equal(["Child1", "Child3", "Child6"], data.Pluck("firstName", "people", "nodes"));
    }

    [Theory]
    [InlineData("{ lastName: { contains: null } }", "The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.")]
    [InlineData("{ score: { gt: null } }", "The provided value for filter `gt` of type IntOperationFilterInput is invalid. Null values are not supported.")]
    [InlineData("{ lastName: null }", "The provided value for filter `lastName` of type PersonFilterInput is invalid. Null values are not supported.")]
    [InlineData("{ or: null }", "The provided value for filter `or` of type PersonFilterInput is invalid. Null values are not supported.")]
    [InlineData("{ reference: { eq: \"not-a-guid\" } }", "The provided value for filter `eq` of type IdOperationFilterInput is invalid. The value is not a valid identifier.")]
    public async Task InvalidFilterValue_IsAnErrorWithCode(string where, string message)
    {
        var result = await _f.RunAsync("{ people(where: " + where + ") { nodes { firstName } } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(DataErrorCodes.InvalidFilter, error.Code);
        Assert.Equal(["people"], error.Path!);
        Assert.Null(result.Data); // people is non-null: the error nulls the whole response data
    }

    [Fact]
    public async Task Filters_RunInTheDatabase_AsOneStatement()
    {
        _f.Database.Counter.Reset();
        await Matching("{ lastName: { startsWith: \"J\" }, plans: { some: { kind: { eq: CHILD_IN_NEED } } }, authority: { code: { eq: \"872\" } } }");
        var sql = Assert.Single(_f.Database.Counter.Commands);
        Assert.Contains("LIKE", sql);
        Assert.Contains("EXISTS", sql);
        Assert.Contains("\"Authorities\"", sql);
    }

    [Fact]
    public async Task ValueObjectBehindCustomScalar_FiltersByEqualityAndSerialises()
    {
        Assert.Equal("3", await Matching("{ caseRef: { eq: \"CR-3\" } }"));
        Assert.Equal("2,7", await Matching("{ caseRef: { in: [\"CR-7\", \"CR-2\"] } }"));
        var data = await _f.DataAsync("{ people(first: 1) { nodes { caseRef } } }");
        Assert.Equal("CR-0", data.At("people", "nodes", 0, "caseRef"));
    }
}
