using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using static Partnership.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Partnership.GraphQL.Tests.Execution;

/// <summary>Behaviour graphql-js cannot be the oracle for: .NET resolvers, concurrency, cancellation, error hiding.</summary>
public class ExecutorBehaviourTests
{
    [Fact]
    public async Task ExecuteAsync_QueryFields_StartBeforeAnyIsAwaited()
    {
        // Each resolver waits until both have started: sequential execution would never finish.
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        FieldResolver wait = async _ =>
        {
            if (Interlocked.Increment(ref started) == 2) bothStarted.SetResult();
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return 1;
        };
        var query = new ObjectType("Query", t =>
        {
            t.Field("a", Scalars.Int).Resolver(wait);
            t.Field("b", Scalars.Int).Resolver(wait);
        });
        Assert.Equal("""{"data":{"a":1,"b":1}}""", await ExecuteJson(new GraphQLSchema(query), "{ a b }"));
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_RunsRootFieldsOneAfterAnotherIncludingTheirSubfields()
    {
        var log = new List<string>();
        var result = new ObjectType("Result", t => t.Field("value", Scalars.Int).ResolveAsync(async ctx =>
        {
            await Task.Delay(ctx.Path.Prev!.Key is "slow" ? 30 : 1);
            lock (log) log.Add(ctx.Path.Prev!.Key + ".value");
            return 1;
        }));
        var mutation = new ObjectType("Mutation", t =>
        {
            foreach (var name in new[] { "slow", "fast" })
            {
                t.Field(name, result).ResolveAsync(async _ =>
                {
                    lock (log) log.Add(name);
                    await Task.Yield();
                    return new object();
                });
            }
        });
        var schema = new GraphQLSchema(new ObjectType("Query", t => t.Field("x", Scalars.Int)), mutation);
        Assert.Equal("""{"data":{"slow":{"value":1},"fast":{"value":1}}}""", await ExecuteJson(schema, "mutation { slow { value } fast { value } }"));
        Assert.Equal(["slow", "slow.value", "fast", "fast.value"], log);
    }

    private static GraphQLSchema Throwing(Exception exception) =>
        new(new ObjectType("Query", t => t.Field("f", Scalars.String).Resolve(_ => throw exception)));

    [Fact]
    public async Task ExecuteAsync_ManyConcurrentFailures_GiveTheSameResultEveryTime()
    {
        // 40 items whose fields complete on pool threads in any order; every odd item's non-null field fails.
        var item = new ObjectType("Item", t =>
        {
            t.Field("n", Scalars.Int.NonNull()).ResolveAsync(async ctx =>
            {
                await Task.Delay(Random.Shared.Next(3));
                var n = (int)ctx.Source!;
                return n % 2 == 1 ? null : n;
            });
            t.Field("s", Scalars.String).ResolveAsync(async ctx => { await Task.Yield(); return "s" + ctx.Source; });
        });
        var items = new object[40];
        for (int i = 0; i < items.Length; i++) items[i] = i;
        var query = new ObjectType("Query", t => t.Field("items", item.List()).ResolveAsync(async _ => { await Task.Yield(); return items; }));
        var schema = new GraphQLSchema(query);
        string? first = null;
        for (int run = 0; run < 30; run++)
        {
            var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ items { s n } }") });
            Assert.Equal(20, result.Errors!.Count);
            var errorPaths = new List<string>();
            foreach (var e in result.Errors) errorPaths.Add(string.Join(".", e.Path!));
            errorPaths.Sort(StringComparer.Ordinal);
            var json = ToJson(new ExecutionResult { Data = result.Data }) + string.Join(",", errorPaths);
            first ??= json;
            Assert.Equal(first, json);
        }
        Assert.StartsWith("""{"data":{"items":[{"s":"s0","n":0},null,{"s":"s2","n":2},null""", first);
    }

    [Fact]
    public async Task ExecuteAsync_ExceptionWithMessagesHidden_ReportsUnexpectedErrorAndKeepsOriginal()
    {
        var exception = new InvalidOperationException("connection string Server=db;Password=secret");
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = Throwing(exception), Document = Parser.Parse("{ f }") });
        Assert.Equal("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["f"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"f":null}}""", ToJson(result));
        Assert.Same(exception, result.Errors![0].OriginalError);
    }

    [Fact]
    public async Task ExecuteAsync_GraphQLErrorWithMessagesHidden_KeepsMessageAndExtensions()
    {
        var error = new GraphQLError("Not shared with your agency.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
        var json = await ExecuteJson(Throwing(error), "{ f }", options: new ExecutionOptions());
        Assert.Equal("""{"errors":[{"message":"Not shared with your agency.","locations":[{"line":1,"column":3}],"path":["f"],"extensions":{"code":"FORBIDDEN"}}],"data":{"f":null}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_ThrowsAndStopsResolving()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var item = new ObjectType("Item", t => t.Field("n", Scalars.Int).Resolve(_ => { Interlocked.Increment(ref calls); return 1; }));
        var query = new ObjectType("Query", t => t.Field("items", item.List()).ResolveAsync(async ctx =>
        {
            cts.Cancel();
            await Task.Yield();
            return new object[] { 1, 2, 3 };
        }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ items { n } }"),
            CancellationToken = cts.Token,
        }));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverSeesCancellationTokenServicesUserAndPath()
    {
        using var cts = new CancellationTokenSource();
        var user = new System.Security.Claims.ClaimsPrincipal();
        IResolveFieldContext? seen = null;
        var child = new ObjectType("Child", t => t.Field("id", Scalars.ID).Resolve(ctx => { seen = ctx; return "c1"; }));
        var query = new ObjectType("Query", t => t.Field("children", child.List()).Resolve(_ => new[] { new object() }));
        await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ children { key: id } }"),
            User = user,
            CancellationToken = cts.Token,
        });
        Assert.Equal(["children", 0, "key"], seen!.Path.ToList());
        Assert.Same(user, seen.User);
        Assert.Equal(cts.Token, seen.CancellationToken);
        Assert.Equal("Child", seen.ParentType.Name);
        Assert.Equal("id", seen.FieldNodes[0].Name.Value);
    }

    private interface IAnimal { string Name { get; } }
    private sealed record Dog(string Name, bool Barks) : IAnimal;
    private sealed record Cat(string Name) : IAnimal;

    [Fact]
    public async Task ExecuteAsync_CodeFirstAbstractTypes_ResolveThroughIsTypeOfAndResolveType()
    {
        InterfaceType named = null!;
        var dog = new ObjectType("Dog", t =>
        {
            t.Implements(named);
            t.Field("name", Scalars.String).Resolve<Dog>(d => d.Name);
            t.Field("barks", Scalars.Boolean).Resolve<Dog>(d => d.Barks);
            t.IsTypeOf<Dog>();
        });
        var cat = new ObjectType("Cat", t =>
        {
            t.Implements(named);
            t.Field("name", Scalars.String).Resolve<Cat>(c => c.Name);
            t.IsTypeOf<Cat>();
        });
        named = new InterfaceType("Named", t => t.Field("name", Scalars.String));
        var pet = new UnionType("Pet", dog, cat) { ResolveType = (value, _, _) => value is Dog ? "Dog" : value is Cat ? "Cat" : null };
        IAnimal[] animals = [new Dog("Rex", true), new Cat("Tom")];
        var query = new ObjectType("Query", t =>
        {
            t.Field("named", named.List()).Resolve(_ => animals);
            t.Field("pets", pet.List()).Resolve(_ => animals);
            t.Field("wrong", dog).Resolve(_ => new Cat("Impostor"));
        });
        var schema = new GraphQLSchema(query, types: [dog, cat]);
        var json = await ExecuteJson(schema, "{ named { __typename name } pets { ... on Dog { barks } ... on Cat { name } } wrong { name } }");
        Assert.Equal("""{"errors":[{"message":"Expected value of type \"Dog\" but got: Cat { Name = Impostor }.","locations":[{"line":1,"column":79}],"path":["wrong"]}],"data":{"named":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}],"pets":[{"barks":true},{"name":"Tom"}],"wrong":null}}""", json);
    }

    private enum RiskLevel { Low, HighRisk }

    [Fact]
    public async Task ExecuteAsync_ClrEnum_ArgumentArrivesAsMemberAndResultIsWrittenAsName()
    {
        var risk = EnumType.FromEnum<RiskLevel>();
        RiskLevel? received = null;
        var query = new ObjectType("Query", t =>
        {
            t.Field("raise", risk).Argument("from", risk.NonNull()).Resolve(ctx =>
            {
                received = ctx.GetArgument<RiskLevel>("from");
                return RiskLevel.HighRisk;
            });
            t.Field("bad", risk).Resolve(_ => 42);
        });
        var json = await ExecuteJson(new GraphQLSchema(query), "{ raise(from: LOW) bad }");
        Assert.Equal(RiskLevel.Low, received);
        Assert.Equal("""{"errors":[{"message":"Enum \"RiskLevel\" cannot represent value: 42","locations":[{"line":1,"column":20}],"path":["bad"]}],"data":{"raise":"HIGH_RISK","bad":null}}""", json);
    }

    [Fact]
    public async Task ExecuteAsync_JsonElementRootValue_IsReadByTheDefaultResolver()
    {
        var schema = Partnership.GraphQL.Utilities.SchemaBuilder.BuildSchema("type Query { a: Int b: [B] } type B { c: String d: Float }");
        using var root = JsonDocument.Parse("""{"a": 1, "b": [{"c": "x", "d": 2.5}, null]}""");
        Assert.Equal("""{"data":{"a":1,"b":[{"c":"x","d":2.5},null]}}""", await ExecuteJson(schema, "{ a b { c d } }", root.RootElement.Clone()));
    }

    [Fact]
    public async Task ExecuteAsync_SubscriptionOperationThroughSubscribe_MapsEachEvent()
    {
        async IAsyncEnumerable<object?> Ticks()
        {
            for (int i = 1; i <= 3; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
        var subscription = new ObjectType("Subscription", t => t.Field("tick", Scalars.Int)
            .Subscribe(_ => Ticks())
            .Resolve(ctx => (int)ctx.Source! * 10));
        var schema = new GraphQLSchema(new ObjectType("Query", t => t.Field("x", Scalars.Int)), subscription: subscription);
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("subscription { tick }") });
        var events = new List<string>();
        await foreach (var e in result.Stream!) events.Add(ToJson(e));
        Assert.Equal(["""{"data":{"tick":10}}""", """{"data":{"tick":20}}""", """{"data":{"tick":30}}"""], events);
    }

    [Fact]
    public async Task SubscribeAsync_QueryOperation_FailsWithExpectedSubscription()
    {
        var schema = new GraphQLSchema(new ObjectType("Query", t => t.Field("x", Scalars.Int)));
        var result = await Executor.SubscribeAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ x }") });
        Assert.False(result.IsStream);
        Assert.Equal("""{"errors":[{"message":"Expected subscription operation."}]}""", ToJson(result.FailureResult!));
    }
}
