using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Partnership.Gateway.Auth;

namespace Partnership.Gateway.Tests.Auth;

public sealed class DevTokenCommandTests : IDisposable
{
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), "partnership-devtoken-" + Guid.NewGuid().ToString("N"), "key");

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Partnership.Gateway";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private (int Exit, string Out, string Err) Run(string environment, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DevelopmentSigningKey.FileSetting] = _keyFile,
            ["AzureAd:Audience"] = "api://partnership-hub",
        }).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DevTokenCommand.Run(["dev-token", .. args], new Env(environment), configuration, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<TokenValidationResult> Validate(string token) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentSigningKey.Issuer,
            ValidAudience = "api://partnership-hub",
            IssuerSigningKey = DevelopmentSigningKey.LoadOrCreate(_keyFile),
        });

    [Fact]
    public async Task DevToken_InDevelopment_PrintsOnlyAValidTokenWithTheClaimsAsked()
    {
        var (exit, output, error) = Run("Development", "--agency", "POLICE", "--role", "MashOfficer", "--org", "slough-lpa", "--la", "871", "--la", "870");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var token = Assert.Single(lines).Trim();
        var result = await Validate(token);
        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal("POLICE", jwt.GetClaim("agency").Value);
        Assert.Equal("slough-lpa", jwt.GetClaim("org").Value);
        Assert.Equal("user", jwt.GetClaim("idtyp").Value);
        Assert.Equal(["871", "870"], jwt.Claims.Where(c => c.Type == "la").Select(c => c.Value));
        Assert.Equal(["MashOfficer"], jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        // Repeated claims are JSON arrays, as Entra writes them.
        var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1])).RootElement;
        Assert.Equal(JsonValueKind.Array, payload.GetProperty("la").ValueKind);
    }

    [Fact]
    public async Task DevToken_OnlyAgency_UsesSensibleDefaults()
    {
        var (exit, output, _) = Run("Development", "--agency", "EDUCATION", "--system");

        Assert.Equal(0, exit);
        var jwt = (JsonWebToken)(await Validate(output.Trim())).SecurityToken;
        Assert.Equal("EDUCATION", jwt.GetClaim("agency").Value);
        Assert.Equal("871", jwt.GetClaim("la").Value);
        Assert.Equal("app", jwt.GetClaim("idtyp").Value);
        Assert.False(jwt.TryGetClaim("scp", out _));
        Assert.NotEmpty(jwt.GetClaim("org").Value);
        Assert.NotEmpty(jwt.GetClaim("roles").Value);
        Assert.True(jwt.ValidTo > DateTime.UtcNow.AddHours(7));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void DevToken_OutsideDevelopment_IsRefusedAndPrintsNoToken(string environment)
    {
        var (exit, output, error) = Run(environment, "--agency", "POLICE");

        Assert.NotEqual(0, exit);
        Assert.Equal("", output);
        Assert.Contains("only in Development", error);
        Assert.False(File.Exists(_keyFile));
    }

    [Theory]
    [InlineData()]
    [InlineData("--agency", "FIRE")]
    [InlineData("--agency", "POLICE", "--la", "87")]
    [InlineData("--agency", "POLICE", "--minutes", "0")]
    public void DevToken_BadArguments_FailWithoutToken(params string[] args)
    {
        var (exit, output, error) = Run("Development", args);

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("eyJ", output);
        Assert.NotEqual("", error);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_keyFile)!, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
