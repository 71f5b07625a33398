using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Partnership.Gateway.Tests.Scorecard;

/// <summary>Puts the whole Gateway under a path base, as a reverse proxy publishing it at a prefix would.</summary>
internal sealed class PathBaseStartupFilter(string pathBase) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UsePathBase(pathBase);
        next(app);
    };

    public static GatewayFactory Factory(string pathBase) =>
        new() { TestServices = s => s.AddSingleton<IStartupFilter>(new PathBaseStartupFilter(pathBase)) };
}
