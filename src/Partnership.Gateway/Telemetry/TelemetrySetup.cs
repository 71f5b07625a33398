using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Audit;

namespace Partnership.Gateway.Telemetry;

internal static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry traces and metrics: the ASP.NET Core server span and metrics, the engine's operation spans and request
    /// metrics (<see cref="GraphQLTelemetry"/>), the audit append (<see cref="AuditTelemetry"/>) and the SQL statements
    /// (Npgsql's own spans on PostgreSQL, EF Core's diagnostics on SQLite; statement text only, never parameter values).
    /// Providers are built only when something exports — <c>OpenTelemetry:Endpoint</c> (OTLP, batched) or, in Development,
    /// <c>OpenTelemetry:Console=true</c> — so by default no listener is attached and the instrumentation costs next to nothing.
    /// A host that adds an exporter of its own (the tests' in-memory one) through <c>AddOpenTelemetry()</c> gets the same sources.
    /// </summary>
    public static WebApplicationBuilder AddPartnershipTelemetry(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("OpenTelemetry");
        builder.Services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var postgres = string.Equals(builder.Configuration["Data:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing =>
        {
            tracing
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(options.SampleRatio)))
                .AddSource(GraphQLTelemetry.Name, AuditTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    // Liveness and readiness probes would drown the requests; exceptions are not recorded (messages may quote data).
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/health");
                    o.RecordException = false;
                });
            if (!options.SqlStatements) return;
            if (postgres) tracing.AddNpgsql();
            else tracing.AddEntityFrameworkCoreInstrumentation(); // parameter values are not recorded by default
        });
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(GraphQLTelemetry.Name, AuditTelemetry.Name)
            .AddAspNetCoreInstrumentation());

        var console = options.Console && builder.Environment.IsDevelopment();
        if (options.Endpoint is null && !console) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName));
        telemetry.WithTracing(tracing =>
        {
            if (options.Endpoint is { } endpoint) tracing.AddOtlpExporter(o => Otlp(o, options, endpoint, "v1/traces"));
            if (console) tracing.AddConsoleExporter();
        });
        telemetry.WithMetrics(metrics =>
        {
            if (options.Endpoint is { } endpoint) metrics.AddOtlpExporter(o => Otlp(o, options, endpoint, "v1/metrics"));
            if (console) metrics.AddConsoleExporter();
        });
        return builder;
    }

    private static void Otlp(OtlpExporterOptions o, TelemetryOptions options, Uri endpoint, string signalPath)
    {
        if (options.Protocol == "http/protobuf")
        {
            o.Protocol = OtlpExportProtocol.HttpProtobuf;
            o.Endpoint = new Uri(endpoint, signalPath);
        }
        else
        {
            o.Protocol = OtlpExportProtocol.Grpc;
            o.Endpoint = endpoint;
        }
    }
}
