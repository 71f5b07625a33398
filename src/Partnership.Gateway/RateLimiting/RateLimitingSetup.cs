using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.Errors;

namespace Partnership.Gateway.RateLimiting;

/// <summary>
/// Per-caller limits on the GraphQL endpoint, with ASP.NET Core's rate limiter: at most
/// <see cref="RateLimitingOptions.ConcurrentRequestsPerCaller"/> requests in flight (more wait in a bounded queue), and at
/// most <see cref="RateLimitingOptions.PermitsPerMinute"/> started per minute. A refused request is answered 429 with
/// <c>Retry-After</c> and one GraphQL error with code RATE_LIMITED. Only endpoints marked with
/// <see cref="RequirePartnershipRateLimiting"/> are limited: health checks, the IDE's assets and the SDL are not.
/// A WebSocket upgrade spends a permit but holds no concurrency slot (its connections are counted by the transport,
/// GraphQL:WebSocketMaxConnectionsPerCaller, by the same caller key).
/// </summary>
internal static class RateLimitingSetup
{
    public const string RateLimited = "RATE_LIMITED";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebApplicationBuilder AddPartnershipRateLimiting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<PerCallerPermits>();
        services.AddScoped<IGraphQLRequestGate, WebSocketOperationRateGate>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>, PerCallerPermits>((limiter, partnership, permits) =>
        {
            var limits = partnership.Value;
            // Concurrency first: a request waiting for a slot has spent no permit of the minute yet.
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    !IsLimited(http) || http.WebSockets.IsWebSocketRequest
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : RateLimitPartition.GetConcurrencyLimiter(CallerPartition.Of(http), _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = limits.ConcurrentRequestsPerCaller,
                            QueueLimit = limits.QueuedRequestsPerCaller,
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        })),
                permits.Limiter);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => WriteRejectionAsync(context.HttpContext, context.Lease, cancellationToken);
        });
        // The transport counts a caller's WebSocket connections under the same key as its requests.
        services.PostConfigure<GraphQLHttpOptions>(o => o.WebSocketCallerKey ??= CallerPartition.Of);
        return builder;
    }

    /// <summary>Adds the rate limiter to the pipeline, after authentication (the caller comes from the token), when enabled.</summary>
    public static WebApplication UsePartnershipRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled) app.UseRateLimiter();
        return app;
    }

    /// <summary>Marks endpoints (the GraphQL endpoint) whose requests spend the caller's permits.</summary>
    public static TBuilder RequirePartnershipRateLimiting<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(RateLimitedEndpoint.Instance);
        return builder;
    }

    internal static bool IsLimited(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<RateLimitedEndpoint>() is not null;

    private static async ValueTask WriteRejectionAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = RetryAfterSeconds(lease);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentType = "application/json; charset=utf-8";
        var error = Error(retryAfter);
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            error.WriteTo(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    /// <summary>A fixed window says how long it lasts, an upper bound of the wait; a full queue of requests in flight frees up soon.</summary>
    internal static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? (int)Math.Ceiling(wait.TotalSeconds) : 1;

    internal static GraphQLError Error(int retryAfter) => new(
        $"Too many requests from this caller: try again in {retryAfter} second{(retryAfter == 1 ? "" : "s")}.",
        extensions: new Dictionary<string, object?> { ["code"] = RateLimited, ["retryAfter"] = retryAfter });

    private sealed class RateLimitedEndpoint
    {
        public static readonly RateLimitedEndpoint Instance = new();
    }
}
