using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Partnership.Gateway.Health;

namespace Partnership.Gateway.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_AnswersHealthyWithoutRunningChecks()
    {
        await using var factory = new GatewayFactory
        {
            TestServices = s => s.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("down"), [HealthSetup.Ready]),
        };
        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_ReadinessCheckFails_Is503NamingTheCheckButNotTheException()
    {
        await using var factory = new GatewayFactory
        {
            TestServices = s => s.AddHealthChecks().AddCheck("database",
                () => HealthCheckResult.Unhealthy("down", new InvalidOperationException("Host=db.internal;Password=hunter2")), [HealthSetup.Ready]),
        };
        var response = await factory.CreateClient().GetAsync("/health/ready");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.DoesNotContain("hunter2", text);
    }

    [Fact]
    public async Task Ready_ReadinessCheckPasses_Is200()
    {
        await using var factory = new GatewayFactory
        {
            TestServices = s => s.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Healthy(), [HealthSetup.Ready]),
        };
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
