using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Partnership.Gateway.Tests.Auth;

/// <summary>
/// The hub in Production behind an Entra ID tenant, with tokens shaped as Entra issues v2.0 access tokens. The tenant's
/// metadata (issuer and signing key) is served from memory, so no test reaches a real tenant.
/// </summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private const string Tenant = "0b9f8c1e-4d8a-4f35-9a57-2f7c1d3e5a61";
    private const string OtherTenant = "7d2e4f60-1a3b-4c5d-8e9f-a0b1c2d3e4f5";
    private const string ClientId = "5f1a2b3c-0000-4000-8000-00000000abcd";
    private const string Me = """{"query":"{ me { agency kind organisation roles localAuthorities } }"}""";

    private readonly RsaSecurityKey _tenantKey = new(RSA.Create(2048)) { KeyId = "tenant-key-1" };
    private readonly GatewayFactory _factory;

    public EntraTokenTests()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0" };
        metadata.SigningKeys.Add(_tenantKey);
        _factory = new GatewayFactory
        {
            EnvironmentName = "Production",
            TestServices = s => s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata)),
        };
        _factory.Settings["AzureAd:Instance"] = "https://login.microsoftonline.com/";
        _factory.Settings["AzureAd:TenantId"] = Tenant;
        _factory.Settings["AzureAd:ClientId"] = ClientId;
        _factory.Settings["AzureAd:Audience"] = "api://partnership-hub";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    private string Token(Dictionary<string, object> claims, string tenant = Tenant, string audience = ClientId, SecurityKey? key = null, bool v1 = false)
    {
        claims["tid"] = tenant;
        claims["ver"] = v1 ? "1.0" : "2.0";
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            // v1.0 access tokens name the sts issuer, v2.0 ones the login endpoint's.
            Issuer = v1 ? $"https://sts.windows.net/{tenant}/" : $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            Claims = claims,
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key ?? _tenantKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static Dictionary<string, object> AppOnly() => new()
    {
        ["idtyp"] = "app",
        ["sub"] = "4c1d7f2a-0000-4000-8000-0000000000aa",
        ["oid"] = "4c1d7f2a-0000-4000-8000-0000000000aa",
        ["azp"] = "9e8d7c6b-0000-4000-8000-0000000000bb",
        ["roles"] = new[] { "PublicProtectionOfficer" },
        ["agency"] = "POLICE",
        ["org"] = "Thames Valley Police Slough LPA",
        ["la"] = new[] { "871", "870" },
    };

    private static Dictionary<string, object> Delegated() => new()
    {
        ["sub"] = "Jm3xQeUq3bbg0vZpJ1n3YxXyZk0b4bS3w2Q5oYc6r9E",
        ["oid"] = "1a2b3c4d-0000-4000-8000-0000000000cc",
        ["azp"] = "9e8d7c6b-0000-4000-8000-0000000000bb",
        ["scp"] = "access_as_user",
        ["roles"] = new[] { "SocialWorker" },
        ["agency"] = "SOCIAL_CARE",
        ["org"] = "Slough Hub 1 (child protection)",
        ["la"] = "871",
    };

    private async Task<(HttpStatusCode Status, JsonElement Body)> Ask(string token)
    {
        var response = await _factory.CreateClient().SendAsync(GatewayFactory.Post(Me, token));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task AppOnlyToken_FromTheTenant_IsASystemWithItsRoles()
    {
        var (status, body) = await Ask(Token(AppOnly()));

        Assert.Equal(HttpStatusCode.OK, status);
        var me = body.GetProperty("data").GetProperty("me");
        Assert.Equal("POLICE", me.GetProperty("agency").GetString());
        Assert.Equal("SYSTEM", me.GetProperty("kind").GetString());
        Assert.Equal(["PublicProtectionOfficer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["871", "870"], me.GetProperty("localAuthorities").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task DelegatedToken_FromTheTenant_IsAPerson()
    {
        var (status, body) = await Ask(Token(Delegated()));

        Assert.Equal(HttpStatusCode.OK, status);
        var me = body.GetProperty("data").GetProperty("me");
        Assert.Equal("SOCIAL_CARE", me.GetProperty("agency").GetString());
        Assert.Equal("PERSON", me.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task DelegatedToken_ForTheAppIdUri_IsAccepted()
    {
        var (status, _) = await Ask(Token(Delegated(), audience: "api://partnership-hub"));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task V1Token_ForTheAppIdUri_IsAccepted()
    {
        var (status, body) = await Ask(Token(Delegated(), audience: "api://partnership-hub", v1: true));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PERSON", body.GetProperty("data").GetProperty("me").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Token_FromAnotherTenant_Is401()
    {
        // Signed with a key the tenant's metadata lists, but naming another tenant as issuer.
        var (status, body) = await Ask(Token(Delegated(), tenant: OtherTenant));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Token_ForAnotherAudience_Is401()
    {
        var (status, body) = await Ask(Token(AppOnly(), audience: "api://another-service"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The access token was issued for another audience.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Token_SignedByAKeyTheTenantDoesNotList_Is401()
    {
        var (status, _) = await Ask(Token(AppOnly(), key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "tenant-key-1" }));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task AppOnlyToken_WithoutRoles_Is401()
    {
        var claims = AppOnly();
        claims.Remove("roles");

        var (status, _) = await Ask(Token(claims));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }
}
