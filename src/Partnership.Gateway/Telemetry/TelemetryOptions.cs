using System.ComponentModel.DataAnnotations;

namespace Partnership.Gateway.Telemetry;

/// <summary>The <c>OpenTelemetry</c> configuration section.</summary>
internal sealed class TelemetryOptions : IValidatableObject
{
    /// <summary>Where traces and metrics are sent over OTLP (e.g. <c>http://collector:4317</c>); nothing is exported when unset.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318; the signal's path is added).</summary>
    public string Protocol { get; set; } = "grpc";

    /// <summary>Also print spans and metrics to the console — honoured in Development only.</summary>
    public bool Console { get; set; }

    /// <summary>A span per SQL statement (Npgsql's on PostgreSQL, EF Core's diagnostics on SQLite).</summary>
    public bool SqlStatements { get; set; } = true;

    /// <summary>
    /// The share of requests traced (0 to 1), decided at the request's root and followed by its children (a caller's
    /// sampled <c>traceparent</c> is honoured). Metrics count every request whatever this says.
    /// </summary>
    public double SampleRatio { get; set; } = 0.1;

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "partnership-hub";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is not null && (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https")))
            yield return new ValidationResult("OpenTelemetry:Endpoint must be an absolute http or https URL.", [nameof(Endpoint)]);
        if (Protocol is not ("grpc" or "http/protobuf"))
            yield return new ValidationResult("OpenTelemetry:Protocol must be grpc or http/protobuf.", [nameof(Protocol)]);
        if (SampleRatio is < 0 or > 1 || double.IsNaN(SampleRatio))
            yield return new ValidationResult("OpenTelemetry:SampleRatio must be between 0 and 1.", [nameof(SampleRatio)]);
        if (string.IsNullOrWhiteSpace(ServiceName))
            yield return new ValidationResult("OpenTelemetry:ServiceName must not be empty.", [nameof(ServiceName)]);
    }
}
