using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using static Partnership.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Partnership.GraphQL.Tests.Execution;

public class ExecutorBasicsTests
{
    private sealed record Child(string Id, string Name, int Age);

    private static GraphQLSchema CodeFirstSchema()
    {
        var child = new ObjectType("Child", t =>
        {
            t.Field("id", Scalars.ID.NonNull()).Resolve<Child>(c => c.Id);
            t.Field("name", Scalars.String).Resolve<Child>(c => c.Name);
            t.Field("age", Scalars.Int).ResolveAsync<Child>(async (c, ctx) => { await Task.Yield(); return c.Age; });
        });
        var query = new ObjectType("Query", t =>
        {
            t.Field("child", child).Argument("id", Scalars.ID.NonNull())
                .Resolve(ctx => new Child(ctx.GetArgument<string>("id")!, "Sam", 7));
            t.Field("hello", Scalars.String).Resolve(_ => "world");
        });
        return new GraphQLSchema(query);
    }

    [Fact]
    public async Task ExecuteAsync_CodeFirstQuery_WritesDataInFieldOrder()
    {
        var json = await ExecuteJson(CodeFirstSchema(), "{ hello child(id: 4) { age name id } }");
        Assert.Equal("""{"data":{"hello":"world","child":{"age":7,"name":"Sam","id":"4"}}}""", json);
    }

    [Fact]
    public async Task GraphQLExecutor_RepeatedQuery_ParsesOnceAndExecutes()
    {
        var executor = new GraphQLExecutor(new GraphQLExecutorOptions { Schema = CodeFirstSchema() });
        for (int i = 0; i < 3; i++)
        {
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "query Q($id: ID!) { child(id: $id) { id name } }", Variables = Json("""{"id":"c1"}""") });
            Assert.Equal("""{"data":{"child":{"id":"c1","name":"Sam"}}}""", ToJson(result));
        }
        Assert.Equal(1, executor.CachedDocumentCount);
    }
}
