using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Auth;

public sealed class AuthenticationTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private const string Secret = """{"query":"{ children { totalCount } }"}""";

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> Send(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body, response);
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task NoToken_Typename_IsAnswered()
    {
        var (status, body, _) = await Send(factory.CreateClient(), GatewayFactory.Post("""{"query":"{ __typename }"}"""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("""{"query":"{ children { id } }"}""")]
    [InlineData("""{"query":"{ __typename ...F } fragment F on Query { children { id } }"}""")]
    [InlineData("""{"query":"{ ... on Query { children { id } } }"}""")]
    [InlineData("""{"query":"query A { __typename } query B { children { id } }","operationName":"A"}""")]
    [InlineData("""{"query":"mutation { recordConsent { id } }"}""")]
    public async Task NoToken_AnythingElse_Is401NotAuthenticated(string json)
    {
        var (status, body, response) = await Send(factory.CreateClient(), GatewayFactory.Post(json));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("NOT_AUTHENTICATED", Code(body));
        Assert.Contains("Authorization: Bearer", Message(body));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task NoToken_IntrospectionInDevelopment_PassesTheGate()
    {
        var (status, body, _) = await Send(factory.CreateClient(),
            GatewayFactory.Post("""{"query":"{ __schema { queryType { name } } }"}"""));

        Assert.NotEqual(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("NOT_AUTHENTICATED", body.ToString());
    }

    [Fact]
    public async Task NoToken_SyntaxError_IsReportedAsSuch()
    {
        var (status, body, _) = await Send(factory.CreateClient(), GatewayFactory.Post("""{"query":"{"}""", accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(body));
    }

    [Fact]
    public async Task ValidToken_PassesTheGate()
    {
        var (status, body, _) = await Send(factory.CreateClient(),
            GatewayFactory.Post("""{"query":"query Q { __typename }"}""", factory.Token(Agency.Police, ["871", "870"])));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ValidToken_HubField_AnswersWithData()
    {
        var (status, body, _) = await Send(factory.CreateClient(), GatewayFactory.Post(Secret, factory.Token(Agency.SocialCare)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.True(body.GetProperty("data").GetProperty("children").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task ForgedToken_Is401WithReason()
    {
        var forgedKey = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = "partnership-development" };
        await AssertRefused(factory.Token(key: forgedKey), "The access token's signature is not valid.");
    }

    [Fact]
    public async Task ExpiredToken_Is401WithReason() =>
        await AssertRefused(factory.Token(issuedAt: DateTime.UtcNow.AddHours(-3), lifetime: TimeSpan.FromHours(1)), "The access token has expired.");

    [Fact]
    public async Task WrongAudienceToken_Is401WithReason() =>
        await AssertRefused(factory.Token(audience: "api://another-service"), "The access token was issued for another audience.");

    [Fact]
    public async Task GarbageToken_Is401WithReason() =>
        await AssertRefused("not-a-jwt", "The access token is not a well-formed JWT.");

    [Fact]
    public async Task TokenWithoutAgency_Is403()
    {
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "partnership-development",
            Audience = GatewayFactory.Audience,
            // A scope, as every Entra access token carries a scope or a role; only the hub's agency claim is missing.
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["la"] = "871", ["scp"] = "access_as_user" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(factory.Key, SecurityAlgorithms.HmacSha256),
        });
        var (status, body, _) = await Send(factory.CreateClient(), GatewayFactory.Post("""{"query":"{ __typename }"}""", token));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("NOT_AUTHORIZED", Code(body));
        Assert.Contains("'agency'", Message(body));
    }

    [Fact]
    public async Task TokenWithNeitherScopeNorRole_Is401()
    {
        // Entra's rule, applied by Microsoft.Identity.Web: an access token for an API grants a scope or an app role.
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "partnership-development",
            Audience = GatewayFactory.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["la"] = "871", ["agency"] = "POLICE" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(factory.Key, SecurityAlgorithms.HmacSha256),
        });
        var (status, body, _) = await Send(factory.CreateClient(), GatewayFactory.Post("""{"query":"{ __typename }"}""", token));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("NOT_AUTHENTICATED", Code(body));
    }

    private async Task AssertRefused(string token, string reason)
    {
        // Even __typename: a client that sends a bad token should learn so, not be served anonymously.
        var (status, body, response) = await Send(factory.CreateClient(), GatewayFactory.Post("""{"query":"{ __typename }"}""", token));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("NOT_AUTHENTICATED", Code(body));
        Assert.Equal(reason, Message(body));
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        Assert.False(body.TryGetProperty("data", out _));
    }
}
