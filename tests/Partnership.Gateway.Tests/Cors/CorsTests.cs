using System.Net;
using Microsoft.Extensions.Options;

namespace Partnership.Gateway.Tests.Cors;

/// <summary>CORS from <c>Cors:AllowedOrigins</c>: none by default; listed origins get GET/POST with the GraphQL client headers.</summary>
public sealed class CorsTests
{
    internal const string Portal = "http://portal.test:8080";

    private static HttpRequestMessage Preflight(string origin, string headers = "authorization,content-type,partnership-purpose")
    {
        var message = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        message.Headers.Add("Origin", origin);
        message.Headers.Add("Access-Control-Request-Method", "POST");
        message.Headers.Add("Access-Control-Request-Headers", headers);
        return message;
    }

    [Fact]
    public async Task Preflight_NoOriginsConfigured_IsRefusedWithoutCorsHeaders()
    {
        await using var factory = new GatewayFactory();

        var response = await factory.CreateClient().SendAsync(Preflight(Portal));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_AllowsPostAndTheClientHeaders()
    {
        await using var factory = new GatewayFactory { Settings = { ["Cors:AllowedOrigins:0"] = Portal } };

        var response = await factory.CreateClient().SendAsync(Preflight(Portal));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("partnership-purpose", allowed);
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task Preflight_OtherOrigin_GetsNoAllowOrigin()
    {
        await using var factory = new GatewayFactory { Settings = { ["Cors:AllowedOrigins:0"] = Portal } };

        var response = await factory.CreateClient().SendAsync(Preflight("http://evil.test"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_CarriesAllowOrigin()
    {
        await using var factory = new GatewayFactory { Settings = { ["Cors:AllowedOrigins:0"] = Portal } };
        var request = GatewayFactory.Post("""{"query":"{ __typename }"}""", factory.Token());
        request.Headers.Add("Origin", Portal);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Portal, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://portal.test/app")]
    [InlineData("portal.test")]
    public void Start_ANonOrigin_FailsNamingTheSetting(string origin)
    {
        using var factory = new GatewayFactory { Settings = { ["Cors:AllowedOrigins:0"] = origin } };

        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Cors:AllowedOrigins", e.Message);
    }
}
