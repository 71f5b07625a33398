using System.Diagnostics;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Logging;

/// <summary>
/// One log line per GraphQL request: operation type and name, status, duration, the caller's agency, the first error
/// code and the request id. Never variables, query text, claims other than the agency, or anything from the data.
/// </summary>
internal sealed partial class GraphQLRequestLoggingMiddleware(RequestDelegate next, ILogger<GraphQLRequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            if (context.Features.Get<GraphQLRequestInfo>() is { } info)
            {
                LogRequest(logger,
                    info.OperationType?.ToString().ToLowerInvariant() ?? "-",
                    info.OperationName ?? "-",
                    failed ? 500 : context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    AgencyOf(context),
                    info.ErrorCount,
                    info.FirstErrorCode ?? "-",
                    context.TraceIdentifier);
            }
        }
    }

    // Only a recognised agency value is logged, never the raw claim.
    private static string AgencyOf(HttpContext context)
    {
        if (context.User.Identity is not { IsAuthenticated: true }) return "anonymous";
        return Caller.TryParseAgency(context.User.FindFirst(PartnershipClaimTypes.Agency)?.Value, out var agency)
            ? Caller.ToClaimValue(agency)
            : "unknown";
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName} answered {StatusCode} in {ElapsedMs:0.0} ms for {Agency} with {ErrorCount} errors ({ErrorCode}), request {RequestId}")]
    private static partial void LogRequest(ILogger logger, string operationType, string operationName, int statusCode,
        double elapsedMs, string agency, int errorCount, string errorCode, string requestId);
}
