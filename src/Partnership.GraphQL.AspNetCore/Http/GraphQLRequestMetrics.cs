using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>
/// Records the engine's request metrics (<see cref="GraphQLTelemetry"/>) for an HTTP request: its duration by operation
/// type, operation name (only for a named operation the document defines), the caller's agency and the status; and each
/// error by its code. Nothing is computed when no meter listener is attached.
/// </summary>
internal static class GraphQLRequestMetrics
{
    public const string AgencyTag = "partnership.agency";

    public static void RecordRequest(HttpContext http, GraphQLRequestInfo info, long started)
    {
        if (!GraphQLTelemetry.RequestDuration.Enabled) return;
        var tags = new TagList
        {
            { GraphQLTelemetry.OperationTypeTag, info.OperationType is { } type ? GraphQLTelemetry.OperationTypeName(type) : "none" },
            { AgencyTag, AgencyOf(http) },
            { "http.response.status_code", http.Response.StatusCode },
        };
        if (info.OperationType is not null && info.OperationName is { } name) tags.Add(GraphQLTelemetry.OperationNameTag, name);
        GraphQLTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    public static void CountErrors(IReadOnlyList<GraphQLError> errors)
    {
        if (!GraphQLTelemetry.Errors.Enabled) return;
        foreach (var error in errors)
            GraphQLTelemetry.Errors.Add(1, new KeyValuePair<string, object?>(GraphQLTelemetry.ErrorCodeTag, error.Code ?? "NONE"));
    }

    // Only a recognised agency value, never the raw claim.
    private static string AgencyOf(HttpContext http)
    {
        if (http.User.Identity is not { IsAuthenticated: true }) return "anonymous";
        return Caller.TryParseAgency(http.User.FindFirst(PartnershipClaimTypes.Agency)?.Value, out var agency)
            ? Caller.ToClaimValue(agency)
            : "unknown";
    }
}
