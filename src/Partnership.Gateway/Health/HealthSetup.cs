using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Partnership.Gateway.Health;

/// <summary>
/// <c>/health/live</c> says the process answers (no checks); <c>/health/ready</c> runs every check tagged
/// <see cref="Ready"/> — the database check among them — and answers 503 when one fails.
/// </summary>
internal static class HealthSetup
{
    public const string Ready = "ready";

    /// <summary>Adds health checks; add readiness checks to the returned builder with the <see cref="Ready"/> tag.</summary>
    public static IHealthChecksBuilder AddPartnershipHealthChecks(this IServiceCollection services) => services.AddHealthChecks();

    public static IEndpointRouteBuilder MapPartnershipHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(Ready),
            ResponseWriter = WriteAsync,
        });
        return endpoints;
    }

    // Status per check only: exception messages (connection strings, host names) stay out of the response.
    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries) writer.WriteString(name, entry.Status.ToString());
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }
}
