using System.Net;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

public sealed class NegotiationTests
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("text/plain, application/graphql-response+json;q=0.1", "application/graphql-response+json")]
    public async Task Accept_PicksResponseType(string? accept, string expected)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}""", accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0")]
    public async Task Accept_NothingWeProduce_Is406(string accept)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}""", accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await response.JsonAsync()).FirstErrorCode());
        Assert.Empty(host.Executor.Requests);
    }
}
