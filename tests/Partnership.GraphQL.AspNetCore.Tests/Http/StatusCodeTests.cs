using System.Net;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

public sealed class StatusCodeTests
{
    public static TheoryData<RequestFailure> FailuresBeforeExecution =>
        [RequestFailure.Syntax, RequestFailure.Validation, RequestFailure.OperationSelection, RequestFailure.VariableCoercion, RequestFailure.Refused];

    [Theory]
    [MemberData(nameof(FailuresBeforeExecution))]
    public async Task GraphQLResponseJson_FailureBeforeExecution_Is400WithoutData(RequestFailure failure)
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => FakeExecutor.Failed(failure);

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False((await response.JsonAsync()).TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(FailuresBeforeExecution))]
    public async Task ApplicationJson_FailureBeforeExecution_Is200(RequestFailure failure)
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => FakeExecutor.Failed(failure);

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{"}""", accept: "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task GraphQLResponseJson_FieldErrorsWithData_Is200WithDataAndErrors()
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => new ExecutionResult
        {
            Data = null,
            Errors = [new Errors.GraphQLError("boom", path: ["child"])],
        };

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ child }"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
        Assert.Equal("boom", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
