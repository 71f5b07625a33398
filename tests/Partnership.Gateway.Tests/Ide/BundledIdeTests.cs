using System.Net;

namespace Partnership.Gateway.Tests.Ide;

/// <summary>GraphiQL is served from the committed bundle: no setup step, nothing fetched from another site.</summary>
public sealed class BundledIdeTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Graphql_BrowserVisit_ServesGraphiQLFromTheHubItself()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var page = await client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("/graphql/ide/graphiql.js", html);
        Assert.DoesNotContain("https://", html);
        var script = await client.GetAsync("/graphql/ide/graphiql.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 500_000, "the bundled GraphiQL script");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphql/ide/graphiql.css")).StatusCode);
    }
}
