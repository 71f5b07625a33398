using System.Net;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

public sealed class GetTests
{
    [Fact]
    public async Task Get_QueryParameters_RunAsQueryOnly()
    {
        await using var host = await TestHost.StartAsync();
        var qs = "query=" + Uri.EscapeDataString("query T($name: String!) { __type(name: $name) { name } }")
                 + "&operationName=T&variables=" + Uri.EscapeDataString("""{"name":"sometype"}""")
                 + "&extensions=" + Uri.EscapeDataString("""{"a":1}""");

        var response = await host.Client.SendAsync(Send.Get(qs, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        var request = Assert.Single(host.Executor.Requests);
        Assert.Equal(AllowedOperations.Query, request.AllowedOperations);
        Assert.Equal("T", request.OperationName);
        Assert.Equal("sometype", request.Variables!["name"]);
        Assert.Equal(1L, request.Extensions!["a"]);
    }

    [Fact]
    public async Task Get_OperationNotAllowed_Is405WithAllowPost()
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = r => new ExecutionResult
        {
            Failure = RequestFailure.OperationNotAllowed,
            Errors = [new GraphQLError("Can only perform a mutation operation from a POST request.")],
        };

        var response = await host.Client.SendAsync(Send.Get("query=" + Uri.EscapeDataString("mutation { __typename }"),
            "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("POST request", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("", "no \"query\" parameter")]
    [InlineData("query=%7Ba%7D&variables=%5B1%5D", "\"variables\" parameter must be a JSON object")]
    [InlineData("query=%7Ba%7D&variables=%7Bnope", "\"variables\" parameter is not valid JSON")]
    [InlineData("query=%7Ba%7D&extensions=42", "\"extensions\" parameter must be a JSON object")]
    public async Task Get_BadParameters_Is400(string qs, string messagePart)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Get(qs, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Contains(messagePart, body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Get_Disabled_Is405WithAllowPost()
    {
        await using var host = await TestHost.StartAsync(o => o.EnableGet = false);
        var response = await host.Client.SendAsync(Send.Get("query=%7B__typename%7D"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Empty(host.Executor.Requests);
    }
}

public sealed class PostOperationNotAllowedTests
{
    [Fact]
    public async Task Post_EngineRefusesOperationType_IsNot405()
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => FakeExecutor.Failed(RequestFailure.OperationNotAllowed);

        var response = await host.Client.SendAsync(Send.Post("""{"query":"subscription { a }"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(response.Content.Headers.Allow);
    }
}
