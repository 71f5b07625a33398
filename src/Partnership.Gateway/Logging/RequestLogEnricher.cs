using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Execution;
using Serilog;

namespace Partnership.Gateway.Logging;

/// <summary>
/// What the request completion event carries besides method, path, status and duration: the caller's agency and
/// organisation, and for a GraphQL request its operation type, the operation's name when it is a named operation, the
/// number of errors and the first error's code. Never the document, variables, claims other than these, or anything from
/// the data.
/// </summary>
internal static class RequestLogEnricher
{
    public const string MessageTemplate =
        "HTTP {RequestMethod:l} {RequestPath:l} {GraphQLOperation:l} responded {StatusCode} in {Elapsed:0.0} ms for {Agency:l} ({Organisation:l}) with {ErrorCount} errors ({ErrorCode:l}), request {RequestId:l}";

    public static void Enrich(IDiagnosticContext log, HttpContext http)
    {
        var (agency, organisation) = CallerOf(http);
        log.Set("Agency", agency);
        log.Set("Organisation", organisation);
        log.Set("RequestId", http.TraceIdentifier);
        if (http.Features.Get<GraphQLRequestInfo>() is { } info)
        {
            // The name only of a named operation the document defines (the engine selected it), never free text.
            var name = info.OperationType is not null ? info.OperationName : null;
            var type = info.OperationType is { } t ? GraphQLTelemetry.OperationTypeName(t) : "-";
            log.Set("GraphQLOperation", name is not null ? $"{type} {name}" : type);
            if (name is not null) log.Set("OperationName", name);
            log.Set("ErrorCount", info.ErrorCount);
            log.Set("ErrorCode", info.FirstErrorCode ?? "-");
        }
        else
        {
            log.Set("GraphQLOperation", "-");
            log.Set("ErrorCount", 0);
            log.Set("ErrorCode", "-");
        }
    }

    /// <summary>A recognised agency value and the organisation of a validated token; never the raw agency claim.</summary>
    internal static (string Agency, string Organisation) CallerOf(HttpContext http)
    {
        if (http.User.Identity is not { IsAuthenticated: true }) return ("anonymous", "-");
        if (!Caller.TryParseAgency(http.User.FindFirst(PartnershipClaimTypes.Agency)?.Value, out var agency)) return ("unknown", "-");
        var organisation = http.User.FindFirst(PartnershipClaimTypes.Organisation)?.Value;
        return (Caller.ToClaimValue(agency), organisation is { Length: > 0 and <= 100 } ? organisation : "-");
    }
}
