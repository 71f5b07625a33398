namespace Partnership.Schema.Tests.Data;

public sealed class FilteringTests : IDisposable
{
    private readonly DataFixture _f = new();

    public void Dispose() => _f.Dispose();

    private async Task<List<object?>> Names(string where)
    {
        var data = await _f.DataAsync("{ people(first: 50, where: " + where + ") { nodes { firstName } } }");
        return data.Pluck("firstName", "people", "nodes");
    }

    [Fact]
    public async Task Eq_String_SelectsMatchingRows()
    {
        Assert.Equal(["Child0", "Child4", "Child7"], await Names("{ lastName: { eq: \"Smith\" } }"));
    }
}
