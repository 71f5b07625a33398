using Serilog;

namespace Partnership.Gateway.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section, behind Microsoft.Extensions.Logging. appsettings.json keeps
    /// Microsoft.AspNetCore at Warning: its request lines would print URLs, whose query strings may hold variables.
    /// </summary>
    public static WebApplicationBuilder AddPartnershipLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }

    public static IApplicationBuilder UseGraphQLRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<GraphQLRequestLoggingMiddleware>();
}
