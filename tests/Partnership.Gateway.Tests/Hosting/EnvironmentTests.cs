using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Data;

namespace Partnership.Gateway.Tests.Hosting;

/// <summary>Synthetic children only where a developer asked for them: the Development settings, never a production start.</summary>
public sealed class EnvironmentTests
{
    private static string Gateway => Path.Combine(Repository.Root, "src", "Partnership.Gateway");

    [Fact]
    public async Task Start_ProductionOnAnEmptyDatabase_LoadsNoSyntheticChildren()
    {
        await using var factory = new GatewayFactory { EnvironmentName = "Production" };
        factory.Settings["AzureAd:Instance"] = "https://127.0.0.1:9/";
        factory.Settings["AzureAd:TenantId"] = "0b9f8c1e-4d8a-4f35-9a57-2f7c1d3e5a61";
        factory.Settings["AzureAd:ClientId"] = "5f1a2b3c-0000-4000-8000-00000000abcd";
        // The hub's own settings decide, not the tests' small preset.
        factory.Settings["Data:SeedPreset"] = null;
        factory.Settings["Data:SeedAsOf"] = null;

        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("none", factory.Services.GetRequiredService<IOptions<PartnershipDataOptions>>().Value.SeedPreset);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.LocalAuthorities.CountAsync());
    }

    [Fact]
    public void Settings_SyntheticPreset_OnlyInDevelopment()
    {
        var production = new ConfigurationBuilder().SetBasePath(Gateway).AddJsonFile("appsettings.json").Build();
        var development = new ConfigurationBuilder().SetBasePath(Gateway).AddJsonFile("appsettings.json").AddJsonFile("appsettings.Development.json").Build();

        Assert.Null(production["Data:SeedPreset"]);
        Assert.Equal("slough", development["Data:SeedPreset"]);
    }

    [Fact]
    public void LaunchSettings_DotnetRun_IsDevelopmentWithoutForcingTheEnvironment()
    {
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(Gateway, "Properties", "launchSettings.json")));
        var profile = launch.RootElement.GetProperty("profiles").EnumerateObject().First().Value;

        Assert.Equal("Development", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        // The project file no longer passes --environment to every `dotnet run`, so --no-launch-profile and a deployed build
        // take ASPNETCORE_ENVIRONMENT as it is (Production when unset).
        Assert.DoesNotContain("RunArguments", File.ReadAllText(Path.Combine(Gateway, "Partnership.Gateway.csproj")));
    }
}
