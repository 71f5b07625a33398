using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Partnership.Gateway.Tests.Hosting;

public sealed class ShutdownTests
{
    [Fact]
    public void ShutdownTimeout_DefaultsToThirtySecondsFromAppsettings()
    {
        using var factory = new GatewayFactory();
        Assert.Equal(TimeSpan.FromSeconds(30), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task Stop_StopsTheHostWithinTheConfiguredTimeout()
    {
        var factory = new GatewayFactory();
        factory.Settings["Host:ShutdownTimeout"] = "00:00:05";
        factory.StartOnLoopback();
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        Assert.Equal(TimeSpan.FromSeconds(5), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);

        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopped.Register(() => stopped.SetResult());
        var started = DateTime.UtcNow;
        await factory.DisposeAsync();

        Assert.True(stopped.Task.IsCompleted);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
