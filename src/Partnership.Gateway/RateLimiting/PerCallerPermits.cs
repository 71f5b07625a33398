using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.Errors;

namespace Partnership.Gateway.RateLimiting;

/// <summary>
/// Each caller's permits of the minute (<see cref="RateLimitingOptions.PermitsPerMinute"/>), one budget spent by HTTP
/// requests (through the rate-limiting middleware) and by operations sent over a WebSocket (through
/// <see cref="WebSocketOperationRateGate"/>), so moving to a socket buys a caller nothing.
/// </summary>
internal sealed class PerCallerPermits : IDisposable
{
    public PerCallerPermits(IOptions<RateLimitingOptions> options)
    {
        var limits = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            !RateLimitingSetup.IsLimited(http)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(CallerPartition.Of(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void Dispose() => Limiter.Dispose();
}

/// <summary>
/// Spends a permit of the caller's minute for each operation a WebSocket connection runs (the upgrade spent one of
/// whoever it came from: its header token's subject, else the client's address); over the budget, the operation is answered with an <c>error</c> message, code RATE_LIMITED, and the
/// connection goes on.
/// </summary>
internal sealed class WebSocketOperationRateGate(PerCallerPermits permits, IOptions<RateLimitingOptions> options) : IGraphQLRequestGate
{
    public ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context)
    {
        var http = context.HttpContext;
        if (!options.Value.Enabled || !context.OverWebSocket) return ValueTask.FromResult<GraphQLRefusal?>(null);
        using var lease = permits.Limiter.AttemptAcquire(http);
        if (lease.IsAcquired) return ValueTask.FromResult<GraphQLRefusal?>(null);
        var retryAfter = RateLimitingSetup.RetryAfterSeconds(lease);
        return ValueTask.FromResult<GraphQLRefusal?>(new GraphQLRefusal(StatusCodes.Status429TooManyRequests,
            RateLimitingSetup.Error(retryAfter)));
    }
}
