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
            TestServices = s => ReplaceDatabaseCheck(s, () => HealthCheckResult.Unhealthy("down")),
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
            TestServices = s => ReplaceDatabaseCheck(s,
                () => HealthCheckResult.Unhealthy("down", new InvalidOperationException("Host=db.internal;Password=hunter2"))),
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
    public async Task Ready_RealDatabaseReachable_Is200WithTheDatabaseCheck()
    {
        await using var factory = new GatewayFactory();
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
    }

    // Swaps the Gateway's EF Core database check for a scripted one, so failure can be shown without breaking the database.
    private static void ReplaceDatabaseCheck(IServiceCollection services, Func<HealthCheckResult> check) =>
        services.Configure<HealthCheckServiceOptions>(o =>
        {
            var real = o.Registrations.Single(r => r.Name == "database");
            o.Registrations.Remove(real);
            o.Registrations.Add(new HealthCheckRegistration("database", _ => new DelegateCheck(check), null, [HealthSetup.Ready]));
        });

    private sealed class DelegateCheck(Func<HealthCheckResult> check) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(check());
    }
}
