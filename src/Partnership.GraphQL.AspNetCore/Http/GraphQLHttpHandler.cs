using System.Buffers;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Ide;
using Partnership.GraphQL.AspNetCore.Persisted;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification, as the graphql-http audit suite checks it):
/// POST with a JSON body, GET with query parameters for queries, Accept negotiation and the status codes
/// of <c>application/graphql-response+json</c> and <c>application/json</c>.
/// </summary>
internal sealed partial class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The response is JSON, never HTML, so characters need no HTML escaping (graphql-js writes them as they are).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly IOptionsMonitor<GraphQLHttpOptions> _options;
    private readonly GraphiQLPage _ide;
    private readonly PersistedDocumentResolver _persisted;
    private readonly ILogger<GraphQLHttpHandler> _logger;
    private readonly WebSockets.GraphQLWebSocketConnections _connections;

    public GraphQLHttpHandler(IOptionsMonitor<GraphQLHttpOptions> options, GraphiQLPage ide, PersistedDocumentResolver persisted,
        ILogger<GraphQLHttpHandler> logger, WebSockets.GraphQLWebSocketConnections connections)
    {
        _options = options;
        _ide = ide;
        _persisted = persisted;
        _logger = logger;
        _connections = connections;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var options = _options.CurrentValue;
        var info = new GraphQLRequestInfo();
        http.Features.Set(info);
        var method = http.Request.Method;
        if (http.WebSockets.IsWebSocketRequest && options.EnableWebSockets)
        {
            await AcceptWebSocketAsync(http, options, _connections);
            return;
        }
        // A GraphQL response may carry a child's data: no browser or proxy keeps it.
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            if (HttpMethods.IsGet(method)) await HandleGetAsync(http, options, info);
            else if (HttpMethods.IsPost(method)) await HandlePostAsync(http, options, info);
            else
            {
                http.Response.Headers.Allow = options.EnableGet ? "GET, POST" : "POST";
                await WriteProblemAsync(http, ResponseMediaType.Json, info, new HttpProblem(405, HttpProblem.MethodNotAllowed,
                    $"GraphQL requests use POST{(options.EnableGet ? " (or GET for queries)" : "")}, not {method}."));
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException e) when (!http.Response.HasStarted)
        {
            // Kestrel gave up on the body: too slow (408, its minimum data rate) or malformed framing. The client's fault, not ours.
            http.Response.Clear();
            http.Response.Headers.CacheControl = "no-store";
            await WriteProblemAsync(http, ResponseMediaType.Json, info, e.StatusCode == StatusCodes.Status408RequestTimeout
                ? new HttpProblem(408, HttpProblem.RequestTimeout, "The request body arrived too slowly; send it again at a steady rate.")
                : new HttpProblem(e.StatusCode is >= 400 and < 500 ? e.StatusCode : 400, HttpProblem.BadRequest, "The request body could not be read."));
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // The exception itself is not logged: its message may quote data a resolver was handling.
            LogUnhandled(_logger, e.GetType().FullName ?? e.GetType().Name, e.StackTrace);
            var error = new GraphQLError("Internal server error.", extensions: Code("INTERNAL_SERVER_ERROR"));
            http.Response.Clear();
            http.Response.Headers.CacheControl = "no-store";
            await WriteErrorAsync(http, 500, ResponseMediaType.Json, info, error);
        }
        if (http.Features.Get<GraphQLRequestInfo>() is not null) GraphQLRequestMetrics.RecordRequest(http, info, started);
    }

    /// <summary>GraphQL over WebSocket: only the <c>graphql-transport-ws</c> subprotocol (else the socket closes with 4406).</summary>
    private static async Task AcceptWebSocketAsync(HttpContext http, GraphQLHttpOptions options, WebSockets.GraphQLWebSocketConnections connections)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(WebSockets.GraphQLWebSocketSession.SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? WebSockets.GraphQLWebSocketSession.SubProtocol : null);
        if (!offered)
        {
            await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)4406, "Subprotocol not acceptable", CancellationToken.None);
            return;
        }
        await new WebSockets.GraphQLWebSocketSession(http, socket, options, connections).RunAsync();
    }

    private async Task HandleGetAsync(HttpContext http, GraphQLHttpOptions options, GraphQLRequestInfo info)
    {
        if (http.Request.Query.ContainsKey(SdlParameter))
        {
            await WriteSdlAsync(http, options, info);
            return;
        }
        var accept = http.Request.Headers.Accept;
        if (options.EnableIde && MediaTypes.PrefersHtml(accept))
        {
            http.Features.Set<GraphQLRequestInfo>(null);
            await _ide.WritePageAsync(http);
            return;
        }
        if (!options.EnableGet)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, ResponseMediaType.Json, info,
                new HttpProblem(405, HttpProblem.MethodNotAllowed, "GraphQL requests must use POST here."));
            return;
        }
        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http, info);
            return;
        }
        var q = http.Request.Query;
        var parameters = RequestParameters.FromQueryString(q["query"], q["operationName"], q["variables"], q["extensions"],
            q["documentId"], out var problem);
        if (parameters is null)
        {
            await WriteProblemAsync(http, mediaType, info, problem!);
            return;
        }
        await ExecuteAsync(http, options, info, parameters, mediaType, AllowedOperations.Query);
    }

    private async Task HandlePostAsync(HttpContext http, GraphQLHttpOptions options, GraphQLRequestInfo info)
    {
        if (MediaTypes.CheckRequestContentType(http.Request.ContentType) is { } contentTypeProblem)
        {
            await WriteProblemAsync(http, ResponseMediaType.Json, info, contentTypeProblem);
            return;
        }
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType == ResponseMediaType.None)
        {
            await WriteNotAcceptableAsync(http, info);
            return;
        }
        var max = options.MaxRequestBodySize;
        if (http.Request.ContentLength > max)
        {
            await WriteProblemAsync(http, mediaType, info, TooLarge(max));
            return;
        }
        var reader = http.Request.BodyReader;
        RequestParameters? parameters;
        HttpProblem? problem;
        while (true)
        {
            var read = await reader.ReadAsync(http.RequestAborted);
            var buffer = read.Buffer;
            if (buffer.Length > max)
            {
                reader.AdvanceTo(buffer.End);
                await WriteProblemAsync(http, mediaType, info, TooLarge(max));
                return;
            }
            if (read.IsCompleted)
            {
                parameters = Parse(buffer, out problem);
                reader.AdvanceTo(buffer.End);
                break;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
        if (parameters is null)
        {
            await WriteProblemAsync(http, mediaType, info, problem!);
            return;
        }
        await ExecuteAsync(http, options, info, parameters, mediaType, AllowedOperations.All);
    }

    private static RequestParameters? Parse(in ReadOnlySequence<byte> body, out HttpProblem? problem) =>
        body.IsSingleSegment
            ? RequestParameters.FromJsonBody(body.FirstSpan, out problem)
            : RequestParameters.FromJsonBody(body.ToArray(), out problem);

    private async Task ExecuteAsync(HttpContext http, GraphQLHttpOptions options, GraphQLRequestInfo info,
        RequestParameters parameters, ResponseMediaType mediaType, AllowedOperations allowed)
    {
        info.OperationName = GraphQLRequestInfo.SafeOperationName(parameters.OperationName);
        // A persisted document's id or hash becomes its text here; the trusted-documents list is enforced here too.
        if (_persisted.Resolve(parameters, out var persistedProblem) is not { } resolved)
        {
            info.Failure = RequestFailure.Refused;
            await WriteProblemAsync(http, mediaType, info, persistedProblem!);
            return;
        }
        parameters = resolved;
        var services = http.RequestServices;
        var request = new GraphQLRequest
        {
            Query = parameters.Query!,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Extensions = parameters.Extensions,
            AllowedOperations = allowed,
            Services = services,
            User = http.User,
        };

        if (await RunGatesAsync(http, options, request) is { } refusal)
        {
            info.Failure = RequestFailure.Refused;
            await WriteErrorAsync(http, refusal.StatusCode, mediaType, info, refusal.Error);
            return;
        }

        var executor = services.GetRequiredService<IGraphQLExecutor>();
        var result = await executor.ExecuteAsync(request, http.RequestAborted);
        info.OperationType = result.OperationType;
        info.Failure = result.Failure;

        int status;
        if (result.Failure == RequestFailure.OperationNotAllowed && allowed != AllowedOperations.All)
        {
            // Only GET restricts operations: the spec wants 405 and where to go instead.
            http.Response.Headers.Allow = "POST";
            status = 405;
        }
        else status = mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData ? 400 : 200;
        await WriteResultAsync(http, status, mediaType, info, result);
    }

    /// <summary>Runs the request gates in order; the first refusal (its headers already set on the response) or null.</summary>
    private static async Task<GraphQLRefusal?> RunGatesAsync(HttpContext http, GraphQLHttpOptions options, GraphQLRequest request)
    {
        GraphQLGateContext? gateContext = null;
        foreach (var gate in http.RequestServices.GetServices<IGraphQLRequestGate>())
        {
            gateContext ??= new GraphQLGateContext(http, request, options.ParseDocument);
            if (await gate.CheckAsync(gateContext) is { } refusal)
            {
                if (refusal.Headers is not null)
                    foreach (var (name, value) in refusal.Headers) http.Response.Headers[name] = value;
                return refusal;
            }
        }
        return null;
    }

    private static HttpProblem TooLarge(long max) =>
        new(413, HttpProblem.PayloadTooLarge, $"The request body is larger than the limit of {max} bytes.");

    private static Task WriteNotAcceptableAsync(HttpContext http, GraphQLRequestInfo info) =>
        WriteProblemAsync(http, ResponseMediaType.Json, info, new HttpProblem(406, HttpProblem.NotAcceptable,
            "The Accept header allows no type this endpoint produces: application/graphql-response+json or application/json."));

    private static Task WriteProblemAsync(HttpContext http, ResponseMediaType mediaType, GraphQLRequestInfo info, HttpProblem problem) =>
        WriteErrorAsync(http, problem.StatusCode, mediaType, info,
            new GraphQLError(problem.Message, extensions: Code(problem.Code)));

    private static Task WriteErrorAsync(HttpContext http, int status, ResponseMediaType mediaType, GraphQLRequestInfo info, GraphQLError error)
    {
        var failure = info.Failure ?? RequestFailure.Refused;
        return WriteResultAsync(http, status, mediaType, info, ExecutionResult.FromErrors(failure, error));
    }

    private static async Task WriteResultAsync(HttpContext http, int status, ResponseMediaType mediaType, GraphQLRequestInfo info,
        ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors)
        {
            info.ErrorCount = errors.Count;
            info.FirstErrorCode = errors[0].Code;
            GraphQLRequestMetrics.CountErrors(errors);
        }
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ContentType(mediaType);
        response.Headers.XContentTypeOptions = "nosniff";
        PipeWriter body = response.BodyWriter;
        await using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            result.WriteTo(writer);
        }
        await body.FlushAsync(http.RequestAborted);
    }

    internal static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "GraphQL request failed with an unhandled {ExceptionType} at {StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType, string? stackTrace);
}
