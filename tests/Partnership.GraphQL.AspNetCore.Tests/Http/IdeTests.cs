using System.Net;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

public sealed class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Get_BrowserAcceptsHtml_ServesGraphiQLFromThisServer()
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Get("", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("src=\"/graphql/ide/graphiql.js\"", html);
        Assert.Contains("href=\"/graphql/ide/graphiql.css\"", html);
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.DoesNotContain("https://", html);
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("graphiql.js", "text/javascript")]
    [InlineData("graphiql.css", "text/css")]
    public async Task Get_IdeAsset_IsTheEmbeddedBundle(string file, string mediaType)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.GetAsync("/graphql/ide/" + file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(content.Length > 10_000, "the bundle should hold GraphiQL itself");
        Assert.DoesNotContain("unpkg.com", content);
        Assert.DoesNotContain("cdn.jsdelivr", content);
    }

    [Fact]
    public async Task Get_UnknownIdeAsset_Is404()
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.GetAsync("/graphql/ide/other.js");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_IdeDisabled_BrowserGetsAJsonAnswer()
    {
        await using var host = await TestHost.StartAsync(o => o.EnableIde = false);
        var response = await host.Client.SendAsync(Send.Get("query=%7B__typename%7D", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }
}
