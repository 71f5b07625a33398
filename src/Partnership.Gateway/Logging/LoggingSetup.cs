using Serilog;

namespace Partnership.Gateway.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> configuration section as the host's logger. appsettings.json keeps Microsoft.AspNetCore
    /// at Warning (its own request lines would print URLs, whose query strings may hold variables) and writes to the console
    /// through an asynchronous, buffered sink, so a request never waits on console I/O. Events also reach any
    /// <see cref="ILoggerProvider"/> registered with the host (the tests capture them that way).
    /// </summary>
    public static WebApplicationBuilder AddPartnershipLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog((_, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext(),
            // The static Log.Logger is left alone: several hosts may share a process (the tests start many).
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }

    /// <summary>
    /// One completion event per HTTP request (Serilog.AspNetCore), with what <see cref="RequestLogEnricher"/> adds. The path
    /// is logged without its query string, which may carry a GET request's document and variables.
    /// </summary>
    public static IApplicationBuilder UsePartnershipRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            options.MessageTemplate = RequestLogEnricher.MessageTemplate;
            options.EnrichDiagnosticContext = RequestLogEnricher.Enrich;
        });
}
