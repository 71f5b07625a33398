using Partnership.Schema.Data;

namespace Partnership.Schema.Tests.Data;

public sealed class PagingTests : IDisposable
{
    private readonly DataFixture _f = new(new DataOptions { DefaultPageSize = 3, MaxPageSize = 5 });

    public void Dispose() => _f.Dispose();

    private const string Page = "edges { cursor node { firstName } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private static string Names(Dictionary<string, object?> data) =>
        string.Join(",", data.List("people", "edges").Select(e => ((string)e.At("node", "firstName")!)[5..]));

    [Fact]
    public async Task NoFirstOrLast_UsesTheDefaultPageSize()
    {
        var data = await _f.DataAsync("{ people { " + Page + " } }");
        Assert.Equal("0,1,2", Names(data));
        Assert.Equal(true, data.At("people", "pageInfo", "hasNextPage"));
        Assert.Equal(false, data.At("people", "pageInfo", "hasPreviousPage"));
    }

    [Fact]
    public async Task Forward_FollowingEndCursor_VisitsEveryRowOnceInOrder()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var args = after is null ? "first: 4" : $"first: 4, after: \"{after}\"";
            var data = await _f.DataAsync("{ people(" + args + ", order: [{ lastName: ASC }]) { " + Page + " } }");
            seen.AddRange(Names(data).Split(','));
            Assert.Equal(after is not null, data.At("people", "pageInfo", "hasPreviousPage"));
            Assert.Equal(data.At("people", "edges", 0, "cursor"), data.At("people", "pageInfo", "startCursor"));
            pages++;
            if (data.At("people", "pageInfo", "hasNextPage") is false) break;
            after = (string)data.At("people", "pageInfo", "endCursor")!;
        }
        Assert.Equal(3, pages);
        Assert.Equal("3,9,5,1,6,0,4,7,2,8", string.Join(",", seen));
    }

    [Fact]
    public async Task Backward_FollowingStartCursor_VisitsEveryRowOnceInOrder()
    {
        var seen = new List<string>();
        string? before = null;
        while (true)
        {
            var args = before is null ? "last: 4" : $"last: 4, before: \"{before}\"";
            var data = await _f.DataAsync("{ people(" + args + ", order: [{ score: DESC }]) { " + Page + " } }");
            seen.InsertRange(0, Names(data).Split(','));
            Assert.Equal(before is not null, data.At("people", "pageInfo", "hasNextPage"));
            if (data.At("people", "pageInfo", "hasPreviousPage") is false) break;
            before = (string)data.At("people", "pageInfo", "startCursor")!;
        }
        Assert.Equal("3,6,2,9,5,1,8,4,0,7", string.Join(",", seen));
    }

    [Fact]
    public async Task AfterCursor_RowsInsertedOrDeletedBeforeIt_DoNotShiftTheNextPage()
    {
        var page1 = await _f.DataAsync("{ people(first: 3, order: [{ lastName: ASC }]) { " + Page + " } }");
        Assert.Equal("3,9,5", Names(page1));
        var cursor = (string)page1.At("people", "pageInfo", "endCursor")!;

        _f.Db.People.Add(new Person { Id = 100, FirstName = "Child100", LastName = "Aaron" });   // sorts before the cursor
        _f.Db.People.Add(new Person { Id = 101, FirstName = "Child101", LastName = "Jones" });   // sorts after Jones 1 and 6 (key)
        _f.Db.People.Remove(_f.Db.People.Single(p => p.Id == 4));                               // Brown, before the cursor
        await _f.Db.SaveChangesAsync();

        var page2 = await _f.DataAsync("{ people(first: 3, after: \"" + cursor + "\", order: [{ lastName: ASC }]) { " + Page + " } }");
        Assert.Equal("1,6,101", Names(page2));
    }

    [Fact]
    public async Task AfterCursor_OnANullSortValue_ContinuesAfterIt()
    {
        var page1 = await _f.DataAsync("{ people(first: 2, order: [{ weight: ASC }]) { " + Page + " } }");
        Assert.Equal("0,3", Names(page1));
        var page2 = await _f.DataAsync("{ people(first: 4, after: \"" + page1.At("people", "pageInfo", "endCursor") + "\", order: [{ weight: ASC }]) { " + Page + " } }");
        Assert.Equal("6,9,1,2", Names(page2));
    }

    [Fact]
    public async Task FirstZero_ReturnsNoEdgesAndSaysMoreExist()
    {
        var data = await _f.DataAsync("{ people(first: 0) { " + Page + " } }");
        Assert.Empty(data.List("people", "edges"));
        Assert.Equal(true, data.At("people", "pageInfo", "hasNextPage"));
        Assert.Null(data.At("people", "pageInfo", "endCursor"));
    }

    [Theory]
    [InlineData("first: 6", DataErrorCodes.MaxPageSize, "The maximum allowed items per page were exceeded.")]
    [InlineData("last: 6", DataErrorCodes.MaxPageSize, "The maximum allowed items per page were exceeded.")]
    [InlineData("first: -1", DataErrorCodes.MinPageSize, "The requested number of values per page must be at least 0.")]
    [InlineData("first: 2, last: 2", DataErrorCodes.FirstAndLast, "Arguments `first` and `last` must not be used together.")]
    [InlineData("after: \"bm90IGEgY3Vyc29y\"", DataErrorCodes.InvalidCursor, "The cursor given in `after` is invalid.")]
    [InlineData("before: \"%%%\"", DataErrorCodes.InvalidCursor, "The cursor given in `before` is invalid.")]
    public async Task InvalidPagingArguments_AreErrorsWithCodes(string args, string code, string message)
    {
        var result = await _f.RunAsync("{ people(" + args + ") { nodes { firstName } } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task MaxPageSizeError_TellsRequestedAndAllowedItems()
    {
        var result = await _f.RunAsync("{ people(first: 9) { nodes { firstName } } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(9, error.Extensions!["requestedItems"]);
        Assert.Equal(5, error.Extensions!["maxAllowedItems"]);
    }

    [Fact]
    public async Task CursorFromAnotherOrder_IsRejected()
    {
        var data = await _f.DataAsync("{ people(first: 2, order: [{ lastName: ASC }]) { " + Page + " } }");
        var cursor = (string)data.At("people", "pageInfo", "endCursor")!;
        var result = await _f.RunAsync("{ people(first: 2, after: \"" + cursor + "\", order: [{ score: ASC }]) { nodes { firstName } } }");
        Assert.Equal(DataErrorCodes.InvalidCursor, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task TotalCount_CountsFilteredRowsAcrossPages()
    {
        var data = await _f.DataAsync("{ people(first: 1, where: { lastName: { eq: \"Smith\" } }) { totalCount nodes { firstName } } }");
        Assert.Equal(3, data.At("people", "totalCount"));
        Assert.Single(data.List("people", "nodes"));
        var all = await _f.DataAsync("{ people(first: 1) { totalCount } }");
        Assert.Equal(10, all.At("people", "totalCount"));
    }

    [Fact]
    public async Task TotalCount_NotSelected_IsNotQueried()
    {
        _f.Database.Counter.Reset();
        await _f.DataAsync("{ people(first: 2) { nodes { firstName } } }");
        Assert.DoesNotContain(_f.Database.Counter.Commands, c => c.Contains("COUNT("));
        _f.Database.Counter.Reset();
        await _f.DataAsync("{ people(first: 2) { count: totalCount } }");
        Assert.Single(_f.Database.Counter.Commands, c => c.Contains("COUNT("));
    }

    [Fact]
    public async Task NodesAndEdges_TogetherWithAliases_ReturnTheSameRows()
    {
        var data = await _f.DataAsync("{ people(first: 2) { nodes { n: firstName } edges { node { n: firstName last: lastName } } } }");
        Assert.Equal(["Child0", "Child1"], data.Pluck("n", "people", "nodes"));
        Assert.Equal("Child1", data.At("people", "edges", 1, "node", "n"));
        Assert.Equal("Jones", data.At("people", "edges", 1, "node", "last"));
    }

    [Fact]
    public async Task GuidKeys_PageInKeyOrder()
    {
        var page1 = await _f.DataAsync("{ authorities(first: 2) { nodes { code } pageInfo { endCursor hasNextPage } } }");
        Assert.Equal(["872", "867"], page1.Pluck("code", "authorities", "nodes")); // keys a…, b…, c…
        var page2 = await _f.DataAsync("{ authorities(first: 2, after: \"" + page1.At("authorities", "pageInfo", "endCursor") + "\") { nodes { code } pageInfo { hasNextPage } } }");
        Assert.Equal(["871"], page2.Pluck("code", "authorities", "nodes"));
        Assert.Equal(false, page2.At("authorities", "pageInfo", "hasNextPage"));
    }

    [Fact]
    public async Task EnumsStoredAsNames_SortInDeclarationOrder_AndPageByCursor()
    {
        var seen = new List<object?>();
        string? after = null;
        do
        {
            var args = after is null ? "first: 4" : $"first: 4, after: \"{after}\"";
            var data = await _f.DataAsync("{ plans(" + args + ", order: [{ kind: DESC }]) { nodes { kind } pageInfo { endCursor hasNextPage } } }");
            seen.AddRange(data.Pluck("kind", "plans", "nodes"));
            after = data.At("plans", "pageInfo", "hasNextPage") is true ? (string)data.At("plans", "pageInfo", "endCursor")! : null;
        }
        while (after is not null);
        Assert.Equal(["LOOKED_AFTER", "LOOKED_AFTER", "CHILD_PROTECTION", "CHILD_PROTECTION", "CHILD_IN_NEED", "CHILD_IN_NEED", "CHILD_IN_NEED", "EARLY_HELP", "EARLY_HELP"], seen);
    }
}
