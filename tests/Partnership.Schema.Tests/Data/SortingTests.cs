namespace Partnership.Schema.Tests.Data;

public sealed class SortingTests : IDisposable
{
    private readonly DataFixture _f = new();

    public void Dispose() => _f.Dispose();

    private async Task<string> Ordered(string order)
    {
        var data = await _f.DataAsync("{ people(first: 50, order: " + order + ") { nodes { firstName } } }");
        return string.Join(",", data.Pluck("firstName", "people", "nodes").Select(n => ((string)n!)[5..]));
    }

    [Theory]
    [InlineData("[{ lastName: ASC }]", "3,9,5,1,6,0,4,7,2,8")]
    [InlineData("[{ lastName: DESC }]", "8,2,0,4,7,1,6,5,9,3")]
    [InlineData("[{ score: DESC }]", "3,6,2,9,5,1,8,4,0,7")]
    [InlineData("[{ score: ASC }]", "0,7,4,1,8,5,2,9,6,3")]
    [InlineData("[{ weight: ASC }]", "0,3,6,9,1,2,4,5,7,8")]
    [InlineData("[{ weight: DESC }]", "8,7,5,4,2,1,0,3,6,9")]
    [InlineData("[{ nhsNumber: DESC }]", "9,8,6,5,4,2,1,0,3,7")]
    [InlineData("[{ authority: { name: ASC } }]", "8,2,5,0,3,6,9,1,4,7")]
    [InlineData("[{ authority: { code: DESC } }, { lastName: ASC }]", "1,4,7,3,9,6,0,5,2,8")]
    [InlineData("[{ active: DESC }, { dateOfBirth: ASC }]", "0,6,2,8,4,5,1,7,3,9")]
    [InlineData("[{ createdAt: DESC }]", "9,8,7,6,5,4,3,2,1,0")]
    [InlineData("[]", "0,1,2,3,4,5,6,7,8,9")]
    public async Task Order_SeveralFields_AlwaysEndsOnTheKey(string order, string expected) =>
        Assert.Equal(expected, await Ordered(order));

    [Fact]
    public async Task Order_TwoFieldsInOneObject_IsAnErrorBecauseTheirOrderIsAmbiguous()
    {
        var result = await _f.RunAsync("{ people(order: [{ active: ASC, dateOfBirth: DESC }]) { nodes { firstName } } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(Partnership.Schema.Data.DataErrorCodes.InvalidSort, error.Code);
        Assert.Equal("Each element of `order` must name exactly one field; use one element per field, in priority order.", error.Message);
    }

    [Fact]
    public async Task Order_EqualValues_SameOrderEveryTime()
    {
        var first = await Ordered("[{ lastName: ASC }]");
        for (int i = 0; i < 3; i++) Assert.Equal(first, await Ordered("[{ lastName: ASC }]"));
        var sql = _f.Database.Counter.Commands[^1];
        Assert.Matches("ORDER BY .*\"LastName\".*\"p\".\"Id\"", sql.Replace("\n", " "));
    }

    [Fact]
    public async Task Order_PlansByKindOnTheirOwnField_OrdersEnumsByValue()
    {
        // Enum sort keys compare as the stored integers, in the database.
        var data = await _f.DataAsync("{ people(first: 50, where: { plans: { any: true } }, order: [{ authority: { name: DESC } }]) { nodes { firstName } } }");
        Assert.Equal(["Child1", "Child4", "Child7", "Child2", "Child5", "Child8"], data.Pluck("firstName", "people", "nodes"));
    }
}
