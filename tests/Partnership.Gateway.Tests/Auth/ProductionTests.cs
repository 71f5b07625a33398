using System.Net;
using Microsoft.Extensions.Options;

namespace Partnership.Gateway.Tests.Auth;

public sealed class ProductionTests
{
    private static GatewayFactory Production(bool configured)
    {
        var factory = new GatewayFactory { EnvironmentName = "Production" };
        if (configured)
        {
            // A loopback authority: a test never reaches out to a real tenant (nothing listens there, so metadata fails fast).
            factory.Settings["AzureAd:Instance"] = "https://127.0.0.1:9/";
            factory.Settings["AzureAd:TenantId"] = "0b9f8c1e-4d8a-4f35-9a57-2f7c1d3e5a61";
            factory.Settings["AzureAd:ClientId"] = "5f1a2b3c-0000-4000-8000-00000000abcd";
            factory.Settings["AzureAd:Audience"] = "api://partnership-hub";
        }
        return factory;
    }

    [Fact]
    public void Start_ProductionWithoutTenant_FailsNamingTheSettings()
    {
        using var factory = Production(configured: false);

        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("AzureAd:TenantId is required outside Development", e.Message);
        Assert.Contains("AzureAd:Audience or AzureAd:ClientId is required outside Development", e.Message);
    }

    [Fact]
    public void Start_ProductionWithAudienceButNoClientId_FailsNamingTheSetting()
    {
        using var factory = Production(configured: true);
        factory.Settings["AzureAd:ClientId"] = "";

        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("AzureAd:ClientId is required outside Development", e.Message);
    }

    [Fact]
    public async Task NoToken_IntrospectionInProduction_Is401()
    {
        await using var factory = Production(configured: true);
        var response = await factory.CreateClient().SendAsync(
            GatewayFactory.Post("""{"query":"{ __schema { queryType { name } } }"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("only __typename can be queried", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DevelopmentToken_InProduction_Is401()
    {
        await using var development = new GatewayFactory();
        var token = development.Token();
        await using var factory = Production(configured: true);
        // The dev key is not trusted outside Development, whatever the tenant's metadata says.
        var response = await factory.CreateClient().SendAsync(GatewayFactory.Post("""{"query":"{ __typename }"}""", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
