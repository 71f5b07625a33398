using System.Security.Claims;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using static Partnership.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace Partnership.GraphQL.Tests.Execution;

public class GraphQLExecutorTests
{
    private const string Sdl = """
        type Query { hello: String child(id: ID!): Child }
        type Child { id: ID! name: String }
        type Mutation { rename(name: String!): String }
        type Subscription { ticks: Int }
        """;

    private static GraphQLExecutor Create(IExecutionGate? gate = null, bool introspection = true, int cacheSize = 1000, bool expose = false)
    {
        var schema = SchemaBuilder.BuildSchema(Sdl);
        return new GraphQLExecutor(new GraphQLExecutorOptions
        {
            Schema = schema,
            Gate = gate,
            EnableIntrospection = introspection,
            DocumentCacheSize = cacheSize,
            ExposeExceptionMessages = expose,
        });
    }

    private static Task<ExecutionResult> Run(GraphQLExecutor executor, string query, AllowedOperations allowed = AllowedOperations.All,
        string? variables = null, ClaimsPrincipal? user = null, string? operationName = null) =>
        executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            AllowedOperations = allowed,
            Variables = variables is null ? null : Json(variables),
            User = user,
            OperationName = operationName,
        });

    [Fact]
    public async Task ExecuteAsync_SyntaxError_FailsWithSyntaxAndNoData()
    {
        var result = await Run(Create(), "{ hello");
        Assert.Equal(RequestFailure.Syntax, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_ValidationError_FailsWithValidation()
    {
        var result = await Run(Create(), "{ nope }");
        Assert.Equal(RequestFailure.Validation, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownOperationName_FailsWithOperationSelection()
    {
        var result = await Run(Create(), "query A { hello }", operationName: "B");
        Assert.Equal(RequestFailure.OperationSelection, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"B\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_MutationOverGet_FailsWithOperationNotAllowed()
    {
        var result = await Run(Create(), "mutation { rename(name: \"x\") }", AllowedOperations.Query);
        Assert.Equal(RequestFailure.OperationNotAllowed, result.Failure);
        Assert.Equal(OperationType.Mutation, result.OperationType);
        Assert.Equal("""{"errors":[{"message":"Can only perform a mutation operation from a POST request.","extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_QueryOverGet_Runs()
    {
        var result = await Run(Create(), "{ __typename }", AllowedOperations.Query);
        Assert.Equal(RequestFailure.None, result.Failure);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_BadVariable_FailsWithVariableCoercion()
    {
        var result = await Run(Create(), "query($id: ID!) { child(id: $id) { id } }", variables: """{"id": true}""");
        Assert.Equal(RequestFailure.VariableCoercion, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Variable \"$id\" has invalid value: ID cannot represent value: true","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_SameBadDocumentTwice_ReturnsTheCachedFailure()
    {
        var executor = Create();
        var syntax = await Run(executor, "{ hello");
        Assert.Same(syntax, await Run(executor, "{ hello"));
        var invalid = await Run(executor, "{ nope }");
        Assert.Same(invalid, await Run(executor, "{ nope }"));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(invalid.Errors!).Code);
    }

    [Fact]
    public async Task ExecuteAsync_SeveralOperationsWithoutName_FailsWithOperationResolutionCode()
    {
        var result = await Run(Create(), "query A { hello } query B { hello }");
        Assert.Equal(RequestFailure.OperationSelection, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_CustomValidationErrorWithCode_KeepsItsCode()
    {
        var executor = new GraphQLExecutor(new GraphQLExecutorOptions
        {
            Schema = SchemaBuilder.BuildSchema(Sdl),
            Validate = (_, _, _) =>
            [
                new GraphQLError("Too deep.", extensions: new Dictionary<string, object?> { ["code"] = "MAX_DEPTH", ["limit"] = 3 }),
                new GraphQLError("Too wide.", extensions: new Dictionary<string, object?> { ["limit"] = 9 }),
            ],
        });
        var result = await Run(executor, "{ hello }");
        Assert.Equal(RequestFailure.Validation, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Too deep.","extensions":{"code":"MAX_DEPTH","limit":3}},{"message":"Too wide.","extensions":{"limit":9,"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", ToJson(result));
    }

    [Fact]
    public async Task ExecuteAsync_BadVariableAfterAsynchronousGate_FailsWithBadUserInput()
    {
        var result = await Run(Create(new YieldingGate()), "query($id: ID!) { child(id: $id) { id } }", variables: "{}");
        Assert.Equal(RequestFailure.VariableCoercion, result.Failure);
        Assert.Equal("""{"errors":[{"message":"Variable \"$id\" has invalid value: Expected a value of non-null type \"ID!\" to be provided.","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""", ToJson(result));
    }

    private sealed class YieldingGate : IExecutionGate
    {
        public async ValueTask<IReadOnlyList<GraphQLError>?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return null;
        }
    }

    [Fact]
    public async Task ExecuteAsync_IntrospectionDisabled_FailsSchemaFieldsButKeepsTypename()
    {
        var executor = Create(introspection: false);
        var refused = await Run(executor, "{ __typename __type(name: \"Child\") { name } }");
        Assert.Equal("""{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__type\".","locations":[{"line":1,"column":14}],"path":["__type"],"extensions":{"code":"INTROSPECTION_DISABLED"}}],"data":{"__typename":"Query","__type":null}}""", ToJson(refused));
        var schema = await Run(executor, "{ __schema { queryType { name } } }");
        Assert.Equal("""{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".","locations":[{"line":1,"column":3}],"path":["__schema"],"extensions":{"code":"INTROSPECTION_DISABLED"}}],"data":null}""", ToJson(schema));
        Assert.Equal("""{"data":{"__typename":"Query"}}""", ToJson(await Run(executor, "{ __typename }")));
    }

    [Fact]
    public async Task ExecuteAsync_AuthenticationGateWithoutUser_AllowsOnlyTypenameAndIntrospection()
    {
        var executor = Create(ExecutionGates.RequireAuthentication(allowIntrospection: true));
        var refused = await Run(executor, "{ __typename ...F } fragment F on Query { hello }");
        Assert.Equal(RequestFailure.Refused, refused.Failure);
        Assert.Equal("""{"errors":[{"message":"Authentication is required.","extensions":{"code":"UNAUTHENTICATED"}}]}""", ToJson(refused));
        Assert.Equal("""{"data":{"__typename":"Query"}}""", ToJson(await Run(executor, "{ ... on Query { __typename } }")));
        Assert.Equal("""{"data":{"__type":{"name":"Child"}}}""", ToJson(await Run(executor, "{ __type(name: \"Child\") { name } }")));
    }

    [Fact]
    public async Task ExecuteAsync_AuthenticationGateWithoutIntrospection_RefusesSchemaQueries()
    {
        var executor = Create(ExecutionGates.RequireAuthentication(allowIntrospection: false));
        Assert.Equal(RequestFailure.Refused, (await Run(executor, "{ __schema { queryType { name } } }")).Failure);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1")], "test"));
        Assert.Equal("""{"data":{"hello":null}}""", ToJson(await Run(executor, "{ hello }", user: user)));
    }

    [Fact]
    public async Task ExecuteAsync_CustomGate_SeesSelectedOperation()
    {
        var gate = new RecordingGate();
        var executor = Create(gate);
        await Run(executor, "query A { hello } mutation B { rename(name: \"x\") }", operationName: "B");
        Assert.Equal("B", gate.Seen!.Operation.Name!.Value);
        Assert.Equal(OperationType.Mutation, gate.Seen.Operation.Operation);
    }

    private sealed class RecordingGate : IExecutionGate
    {
        public ExecutionGateContext? Seen;

        public ValueTask<IReadOnlyList<GraphQLError>?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
        {
            Seen = context;
            return ValueTask.FromResult<IReadOnlyList<GraphQLError>?>(null);
        }
    }

    [Fact]
    public async Task ExecuteAsync_CacheFull_EvictsLeastRecentlyUsed()
    {
        var executor = Create(cacheSize: 2);
        await Run(executor, "{ a: hello }");
        await Run(executor, "{ b: hello }");
        await Run(executor, "{ a: hello }");
        await Run(executor, "{ c: hello }");
        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.Equal("""{"data":{"a":null}}""", ToJson(await Run(executor, "{ a: hello }")));
    }

    [Fact]
    public async Task SubscribeAsync_Request_StreamsEventsThroughTheSamePipeline()
    {
        async IAsyncEnumerable<object?> Ticks()
        {
            for (int i = 1; i <= 2; i++)
            {
                await Task.Yield();
                yield return i; // the code-first Subscribe resolves the field to the event itself
            }
        }
        var schema = SchemaBuilder.BuildSchema(Sdl);
        var executor = new GraphQLExecutor(new GraphQLExecutorOptions { Schema = schema });
        var request = new GraphQLRequest
        {
            Query = "subscription S { ticks }",
        };
        var refused = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks }", AllowedOperations = AllowedOperations.Query | AllowedOperations.Mutation });
        Assert.Equal(RequestFailure.OperationNotAllowed, refused.FailureResult!.Failure);
        var notSubscription = await executor.SubscribeAsync(new GraphQLRequest { Query = "{ hello }" });
        Assert.Equal("""{"errors":[{"message":"Expected subscription operation.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", ToJson(notSubscription.FailureResult!));
        var noStream = await executor.SubscribeAsync(request);
        Assert.Equal("""{"errors":[{"message":"Subscription field must return Async Iterable. Received: undefined.","locations":[{"line":1,"column":18}],"path":["ticks"]}]}""", ToJson(noStream.FailureResult!));

        var subscription = new ObjectType("Subscription", t => t.Field("ticks", Scalars.Int).Subscribe(_ => Ticks()));
        var codeFirst = new GraphQLExecutor(new GraphQLExecutorOptions
        {
            Schema = new GraphQLSchema(new ObjectType("Query", t => t.Field("x", Scalars.Int)), subscription: subscription),
        });
        var stream = await codeFirst.SubscribeAsync(request);
        var events = new List<string>();
        await foreach (var e in stream.Stream!) events.Add(ToJson(e));
        Assert.Equal(["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}"""], events);
    }

    [Fact]
    public void Constructor_InvalidSchema_Throws()
    {
        var query = new ObjectType("Query", t => t.Field("x", Scalars.Int).Argument("__bad", Scalars.Int));
        Assert.ThrowsAny<Exception>(() => new GraphQLExecutor(new GraphQLExecutorOptions { Schema = new GraphQLSchema(query) }));
    }
}
