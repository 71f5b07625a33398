using Partnership.GraphQL.Cost;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using static Partnership.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Partnership.GraphQL.Tests.Cost;

/// <summary>
/// The executor's cost, depth and alias limits and its timeout, as a client sees them. The schema: a page of
/// children (<c>first</c>/<c>last</c>, 10 by default), each with meetings (assumed 10) and plans (no size: the
/// default, 10), each meeting with children (assumed 5); <c>node</c> answers a child or a meeting.
/// </summary>
public class CostLimitsTests
{
    private sealed class Counter
    {
        public int Resolved;
    }

    private static GraphQLSchema Schema(Counter counter, Func<IResolveFieldContext, ValueTask<object?>>? slow = null)
    {
        ObjectType? meeting = null;
        var node = new InterfaceType("Node", t =>
        {
            t.Field("id", Scalars.ID.NonNull());
            t.ResolveType((value, _, _) => ((string)value).StartsWith('c') ? "Child" : "Meeting");
        });
        var plan = new ObjectType("Plan", t => t.Field("kind", Scalars.String, ctx => "CP"));
        var child = new ObjectType("Child", t =>
        {
            t.Implements(node);
            t.Field("id", Scalars.ID.NonNull(), ctx => ctx.Source);
            t.Field("name", Scalars.String, ctx => ctx.Source);
            t.Field("meetings", meeting!.NonNull().List(), ctx => Count(counter, new[] { "m1" })).ListSize(ListSize.Assumed(10));
            t.Field("plans", plan.NonNull().List(), ctx => Count(counter, new[] { "p1" }));
        });
        meeting = new ObjectType("Meeting", t =>
        {
            t.Implements(node);
            t.Field("id", Scalars.ID.NonNull(), ctx => ctx.Source);
            t.Field("children", child.NonNull().List(), ctx => Count(counter, new[] { "c2" })).ListSize(ListSize.Assumed(5));
            t.Field("agenda", Scalars.String, ctx => "agenda").Cost(3);
        });
        var connection = new ObjectType("ChildConnection", t =>
        {
            t.Field("nodes", child.NonNull().List(), ctx => Count(counter, new[] { "c1" }));
            t.Field("totalCount", Scalars.Int, ctx => 1);
        });
        var query = new ObjectType("Query", t =>
        {
            t.Field("children", connection, ctx => Count(counter, "page"))
                .Argument("first", Scalars.Int).Argument("last", Scalars.Int)
                .ListSize(ListSize.Connection(10));
            t.Field("node", node, ctx => Count(counter, ctx.GetArgument<string>("id"))).Argument("id", Scalars.ID.NonNull());
            t.Field("hello", Scalars.String, ctx => "world");
            t.Field("slow", Scalars.String).ResolveAsync(slow ?? (_ => new ValueTask<object?>("done")));
        });
        return new GraphQLSchema(query, types: [child, meeting]);
    }

    private static object? Count(Counter counter, object? value)
    {
        Interlocked.Increment(ref counter.Resolved);
        return value;
    }

    private static GraphQLExecutor Executor(Counter counter, CostOptions? cost = null, TimeSpan? timeout = null,
        Func<IResolveFieldContext, ValueTask<object?>>? slow = null) =>
        new(new GraphQLExecutorOptions { Schema = Schema(counter, slow), Cost = cost ?? new CostOptions(), ExecutionTimeout = timeout });

    private static Task<ExecutionResult> Run(GraphQLExecutor executor, string query, string? variables = null, CancellationToken cancellationToken = default) =>
        executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables is null ? null : Json(variables) }, cancellationToken);

    private static double CostOf(string query, string? variables = null)
    {
        var schema = Schema(new Counter());
        var document = Parser.Parse(query);
        var operation = Partnership.GraphQL.Execution.Executor.SelectOperation(document, null, out _)!;
        return CostAnalysis.Analyze(schema, document, operation, variables is null ? null : Json(variables)).Cost;
    }

    // children(1) + nodes: 1 × (1 + meetings: 10 × (1 + children: 5 × 1))
    private const string Nested = "{ children(first: 1) { nodes { meetings { children { name } } } } }";

    [Fact]
    public void Analyze_NestedLists_MultipliesEachListBySize()
    {
        Assert.Equal(62, CostOf(Nested));
        Assert.Equal(1, CostOf("{ children(first: 1) { totalCount } }"));
        Assert.Equal(11, CostOf("{ children { nodes { id } } }")); // no first: the connection's assumed page of 10
        Assert.Equal(0, CostOf("{ hello }"));
    }

    [Fact]
    public async Task ExecuteAsync_DeepNestingOverLimit_RefusedBeforeAnyResolverRuns()
    {
        var counter = new Counter();
        var executor = Executor(counter, new CostOptions { MaxCost = 1000 });
        var deep = "{ children(first: 1) { nodes { meetings { children { meetings { children { meetings { children { name } } } } } } } } }";

        var result = await Run(executor, deep);

        Assert.Equal(RequestFailure.Refused, result.Failure);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("MAX_COST_EXCEEDED", error.Code);
        Assert.Equal(1000, error.Extensions!["maxCost"]);
        Assert.True((long)error.Extensions["cost"]! > 1000);
        Assert.Equal(0, counter.Resolved);
        Assert.StartsWith("""{"errors":[{"message":"The operation's estimated cost is""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_CostAtLimit_Runs()
    {
        var counter = new Counter();
        var result = await Run(Executor(counter, new CostOptions { MaxCost = 62 }), Nested);
        Assert.Equal("""{"data":{"children":{"nodes":[{"meetings":[{"children":[{"name":"c2"}]}]}]}}}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_CostOneOverLimit_RefusedWithComputedCostInExtensions()
    {
        var result = await Run(Executor(new Counter(), new CostOptions { MaxCost = 61 }), Nested);
        Assert.Equal(
            """{"errors":[{"message":"The operation's estimated cost is 62; the limit is 61. Ask for fewer items (first/last) or fewer nested lists.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COST_EXCEEDED","cost":62,"maxCost":61}}]}""",
            ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_SlicingArgumentFromVariable_CountsItsValue()
    {
        var executor = Executor(new Counter(), new CostOptions { MaxCost = 20 });
        const string query = "query Page($n: Int) { children(first: $n) { nodes { plans { kind } } } }";

        var small = await Run(executor, query, """{"n": 1}"""); // 1 + 1 × (1 + 10 × 1) = 12
        var large = await Run(executor, query, """{"n": 2}"""); // 1 + 2 × 11 = 23

        Assert.Equal(RequestFailure.None, small.Failure);
        Assert.Equal("MAX_COST_EXCEEDED", Assert.Single(large.Errors!).Code);
        Assert.Equal(23L, large.Errors![0].Extensions!["cost"]);
    }

    [Fact]
    public void Analyze_LastWithoutFirst_UsesLast()
    {
        Assert.Equal(1 + 7, CostOf("{ children(last: 7) { nodes { id } } }"));
        Assert.Equal(1 + 3, CostOf("query($n: Int) { children(first: $n) { nodes { id } } }", """{"n": 3}"""));
    }

    [Fact]
    public void Analyze_FragmentsAndInlineFragments_Counted()
    {
        const string spread = """
            { children(first: 1) { ...Page } }
            fragment Page on ChildConnection { nodes { ...Meetings } }
            fragment Meetings on Child { meetings { children { name } } }
            """;
        Assert.Equal(CostOf(Nested), CostOf(spread));
        const string inline = "{ children(first: 1) { nodes { ... on Child { meetings { ... { children { name } } } } } } }";
        Assert.Equal(CostOf(Nested), CostOf(inline));
    }

    [Fact]
    public void Analyze_SameResponseKeyTwice_CountedOnce()
    {
        Assert.Equal(CostOf(Nested), CostOf("{ children(first: 1) { nodes { meetings { id } meetings { children { name } } } } }"));
    }

    [Fact]
    public void Analyze_AbstractType_CountsMostExpensivePossibleType()
    {
        // As a Child: node 1 + meetings 10 × (1 + agenda 3) = 41; as a Meeting: 1 + agenda 3 + children 5 × 1 = 9.
        const string query = "{ node(id: \"c1\") { ... on Child { meetings { agenda } } ... on Meeting { agenda children { id } } } }";
        Assert.Equal(41, CostOf(query));
    }

    [Fact]
    public async Task ExecuteAsync_SkippedSelection_NotCounted()
    {
        var executor = Executor(new Counter(), new CostOptions { MaxCost = 10 });
        const string query = "query($skip: Boolean!) { children(first: 1) { nodes { meetings @skip(if: $skip) { children { name } } } } }";

        var skipped = await Run(executor, query, """{"skip": true}""");
        var included = await Run(executor, query, """{"skip": false}""");

        Assert.Equal("""{"data":{"children":{"nodes":[{}]}}}""", ToJson(skipped));
        Assert.Equal("MAX_COST_EXCEEDED", Assert.Single(included.Errors!).Code);
    }

    [Fact]
    public async Task ExecuteAsync_AliasFlood_RefusedWithMaxAliasesExceeded()
    {
        var counter = new Counter();
        var executor = Executor(counter, new CostOptions { MaxAliases = 20 });
        var flood = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}: children(first: 100) {{ nodes {{ name }} }}")) + " }";

        var result = await Run(executor, flood);

        Assert.Equal(RequestFailure.Refused, result.Failure);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.Code);
        Assert.Equal(100, error.Extensions!["aliases"]);
        Assert.Equal(20, error.Extensions["maxAliases"]);
        Assert.Equal(0, counter.Resolved);
    }

    [Fact]
    public async Task ExecuteAsync_AliasFloodUnderAliasLimit_RefusedByCost()
    {
        // 100 aliases × 100 rows is 10,100 whatever the alias limit says.
        var executor = Executor(new Counter(), new CostOptions { MaxCost = 5000 });
        var flood = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}: children(first: 100) {{ nodes {{ name }} }}")) + " }";
        var error = Assert.Single((await Run(executor, flood)).Errors!);
        Assert.Equal("MAX_COST_EXCEEDED", error.Code);
        Assert.Equal(10_100L, error.Extensions!["cost"]);
    }

    [Fact]
    public async Task ExecuteAsync_TooDeep_RefusedWithMaxDepthExceeded()
    {
        var executor = Executor(new Counter(), new CostOptions { MaxDepth = 4 });
        var error = Assert.Single((await Run(executor, Nested)).Errors!);
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Code);
        Assert.Equal(5, error.Extensions!["depth"]);
        Assert.Equal(4, error.Extensions["maxDepth"]);
        Assert.Equal(RequestFailure.None, (await Run(Executor(new Counter(), new CostOptions { MaxDepth = 5 }), Nested)).Failure);
    }

    [Fact]
    public async Task ExecuteAsync_NoLimitsConfigured_RunsAnyCost()
    {
        var deep = "{ children(first: 1000) { nodes { meetings { children { meetings { children { meetings { children { name } } } } } } } } }";
        var result = await Run(Executor(new Counter()), deep);
        Assert.Equal(RequestFailure.None, result.Failure);
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedDocumentWithoutVariables_SameRefusal()
    {
        var executor = Executor(new Counter(), new CostOptions { MaxCost = 61 });
        var first = ToJson(await Run(executor, Nested));
        var second = ToJson(await Run(executor, Nested));
        Assert.Equal(first, second);
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task ExecuteAsync_ResolverOverTimeout_AnswersTimeoutWithoutData()
    {
        var sawCancellation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Executor(new Counter(), timeout: TimeSpan.FromMilliseconds(200), slow: async ctx =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                sawCancellation.TrySetResult();
                throw;
            }
            return "never";
        });

        var result = await Run(executor, "{ hello slow }");

        Assert.Equal(RequestFailure.Refused, result.Failure);
        Assert.Equal(
            """{"errors":[{"message":"The request took longer than the limit of 0.2 seconds and was stopped.","extensions":{"code":"TIMEOUT"}}]}""",
            ToJson(result));
        await sawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ExecuteAsync_UnderTimeout_Runs()
    {
        var result = await Run(Executor(new Counter(), timeout: TimeSpan.FromSeconds(30)), "{ hello slow }");
        Assert.Equal("""{"data":{"hello":"world","slow":"done"}}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_ClientDisconnects_ResolverStopsAndRequestCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = Executor(new Counter(), timeout: TimeSpan.FromSeconds(30), slow: async ctx =>
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                stopped.TrySetResult();
                throw;
            }
            return "never";
        });
        using var disconnect = new CancellationTokenSource();

        var running = Run(executor, "{ slow }", cancellationToken: disconnect.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await disconnect.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
