using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Data;

public sealed class NodeTests : IDisposable
{
    private readonly DataFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void GlobalId_RoundTrips_AndIsOpaque()
    {
        var id = GlobalId.Encode("Person", 42);
        Assert.DoesNotContain("Person", id);
        Assert.Equal(("Person", "42"), GlobalId.Decode(id));
    }

    [Fact]
    public async Task Node_ResolvesTheTypeAndItsFragment()
    {
        var person = GlobalId.Encode("Person", 3);
        var plan = GlobalId.Encode("Plan", 22);
        var data = await _f.DataAsync("{ a: node(id: \"" + person + "\") { __typename id ... on Person { firstName } ... on Plan { kind } } "
            + "b: node(id: \"" + plan + "\") { __typename id ... on Person { firstName } ... on Plan { kind } } }");
        Assert.Equal("Person", data.At("a", "__typename"));
        Assert.Equal(person, data.At("a", "id"));
        Assert.Equal("Child2", data.At("a", "firstName"));
        Assert.Equal("Plan", data.At("b", "__typename"));
        Assert.Equal("LOOKED_AFTER", data.At("b", "kind"));
    }

    [Fact]
    public async Task Nodes_KeepRequestOrder_NullForMissing_OneStatementPerType()
    {
        string[] ids = [GlobalId.Encode("Person", 5), GlobalId.Encode("Plan", 51), GlobalId.Encode("Person", 999), GlobalId.Encode("Person", 1), GlobalId.Encode("Nothing", 1)];
        _f.Database.Counter.Reset();
        var data = await _f.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { lastName } ... on Plan { start } } }",
            new Dictionary<string, object?> { ["ids"] = ids });
        var nodes = data.List("nodes");
        Assert.Equal("Smith", nodes[0].At("lastName"));
        Assert.Equal("2023-01-06", nodes[1].At("start"));
        Assert.Null(nodes[2]);
        Assert.Equal("Smith", nodes[3].At("lastName"));
        Assert.Null(nodes[4]);
        Assert.Equal(2, _f.Database.Counter.Commands.Count);
    }

    [Fact]
    public async Task Node_IdOfAnEntityWithoutNode_IsNull()
    {
        var data = await _f.DataAsync("{ node(id: \"" + GlobalId.Encode("PlanAction", 1) + "\") { id } }");
        Assert.Null(data["node"]);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("UGVyc29u")] // "Person": no key
    [InlineData("UGVyc29uOmFiYw")] // "Person:abc": not an int key
    public async Task Node_MalformedId_IsInvalidIdError(string id)
    {
        var result = await _f.RunAsync("{ node(id: \"" + id + "\") { id } }");
        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.InvalidId, error.Code);
        Assert.Equal(["node"], error.Path!);
    }

    [Fact]
    public async Task ConnectionIds_AreGlobalIds_ThatNodeResolves()
    {
        var data = await _f.DataAsync("{ people(first: 1, order: [{ lastName: DESC }]) { nodes { id } } }");
        var id = (string)data.At("people", "nodes", 0, "id")!;
        var node = await _f.DataAsync("{ node(id: \"" + id + "\") { ... on Person { lastName } } }");
        Assert.Equal("Wilson", node.At("node", "lastName"));
    }
}
