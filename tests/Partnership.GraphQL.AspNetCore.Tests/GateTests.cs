using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Tests.Http;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore.Tests;

public sealed class GateTests
{
    private sealed class RecordingGate(Func<GraphQLGateContext, GraphQLRefusal?> decide) : IGraphQLRequestGate
    {
        public List<(DocumentNode? Document, bool Malformed)> Seen { get; } = [];

        public ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context)
        {
            Seen.Add((context.GetDocument(), context.DocumentIsMalformed));
            return ValueTask.FromResult(decide(context));
        }
    }

    private static DocumentNode ParseStub(string query) =>
        query.StartsWith('{')
            ? new DocumentNode { Definitions = [] }
            : throw new GraphQLError("Syntax Error: Unexpected Name.");

    [Fact]
    public async Task Gate_Refuses_AnswersItsStatusHeadersAndErrorWithoutExecuting()
    {
        var gate = new RecordingGate(_ => new GraphQLRefusal(401,
            new GraphQLError("Authentication required.", extensions: new Dictionary<string, object?> { ["code"] = "NOT_AUTHENTICATED" }),
            new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" }));
        await using var host = await TestHost.StartAsync(services: s => s.AddSingleton<IGraphQLRequestGate>(gate));

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ secret }"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("NOT_AUTHENTICATED", (await response.JsonAsync()).FirstErrorCode());
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Gate_LetsThrough_EngineRunsAndGateMayAddContextData()
    {
        var gate = new RecordingGate(c =>
        {
            c.Request.ContextData["seen"] = true;
            return null;
        });
        await using var host = await TestHost.StartAsync(services: s => s.AddSingleton<IGraphQLRequestGate>(gate));

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(true, Assert.Single(host.Executor.Requests).ContextData["seen"]);
    }

    [Fact]
    public async Task Gate_WithParser_SeesDocumentOrMalformed()
    {
        var gate = new RecordingGate(_ => null);
        await using var host = await TestHost.StartAsync(o => o.ParseDocument = ParseStub,
            s => s.AddSingleton<IGraphQLRequestGate>(gate));

        await host.Client.SendAsync(Send.Post("""{"query":"{ a }"}"""));
        await host.Client.SendAsync(Send.Post("""{"query":"nonsense"}"""));

        Assert.NotNull(gate.Seen[0].Document);
        Assert.False(gate.Seen[0].Malformed);
        Assert.Null(gate.Seen[1].Document);
        Assert.True(gate.Seen[1].Malformed);
    }

    [Fact]
    public async Task Gate_DefaultParser_SeesTheEnginesParsedDocument()
    {
        var gate = new RecordingGate(_ => null);
        await using var host = await TestHost.StartAsync(services: s => s.AddSingleton<IGraphQLRequestGate>(gate));

        await host.Client.SendAsync(Send.Post("""{"query":"{ a }"}"""));

        var document = Assert.IsType<Partnership.GraphQL.Language.DocumentNode>(gate.Seen[0].Document);
        var operation = Assert.IsType<Partnership.GraphQL.Language.OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("a", Assert.IsType<Partnership.GraphQL.Language.FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
        Assert.False(gate.Seen[0].Malformed);
    }

    [Fact]
    public async Task Gate_BadRequestIsRefusedBeforeGatesRun()
    {
        var gate = new RecordingGate(_ => null);
        await using var host = await TestHost.StartAsync(services: s => s.AddSingleton<IGraphQLRequestGate>(gate));

        var response = await host.Client.SendAsync(Send.Post("""{"variables":{}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(gate.Seen);
    }
}

public sealed class OptionsTests
{
    [Fact]
    public async Task Start_BodyLimitTooSmall_FailsWithClearMessage()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(o => o.MaxRequestBodySize = 10));
        Assert.Contains("GraphQL:MaxRequestBodySize must be at least 1024 bytes", e.Message);
    }

    [Theory]
    [InlineData("GetChild", "GetChild")]
    [InlineData("_q1", "_q1")]
    [InlineData("1abc", null)]
    [InlineData("Jane Doe", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void SafeOperationName_KeepsOnlyGraphQLNames(string? name, string? expected) =>
        Assert.Equal(expected, GraphQLRequestInfo.SafeOperationName(name));
}
