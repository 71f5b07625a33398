using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Partnership.GraphQL.AspNetCore.Http;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One connection of the <c>graphql-transport-ws</c> protocol (the graphql-ws library's): <c>connection_init</c> within the
/// timeout, then <c>subscribe</c> / <c>next</c> / <c>error</c> / <c>complete</c> per operation id, <c>ping</c> / <c>pong</c>
/// at any time. Protocol violations close the socket with the protocol's 44xx codes. Each operation runs in its own
/// service scope and passes the same gates as an HTTP request; the session ends when the token expires.
/// </summary>
internal sealed class GraphQLWebSocketSession
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>The code of the error answering a <c>subscribe</c> over <see cref="GraphQLHttpOptions.WebSocketMaxOperationsPerConnection"/>.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>How long the server waits for the client's close after sending its own.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly GraphQLHttpOptions _options;
    private readonly GraphQLWebSocketConnections _connections;
    private string? _counted; // the caller key this connection is counted under, once initialised
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing;
    private bool _initReceived, _acknowledged;

    public GraphQLWebSocketSession(HttpContext http, WebSocket socket, GraphQLHttpOptions options, GraphQLWebSocketConnections connections)
    {
        _http = http;
        _socket = socket;
        _options = options;
        _connections = connections;
        _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    }

    public async Task RunAsync()
    {
        using var initTimeout = new CancellationTokenSource(_options.WebSocketConnectionInitTimeout);
        initTimeout.Token.Register(() =>
        {
            if (!_acknowledged) _ = CloseAsync(4408, "Connection initialisation timeout");
            // An anonymous caller may run only what needs no token (__typename, introspection where allowed): no reason to hold a socket.
            else if (_http.User.Identity?.IsAuthenticated != true) _ = CloseAsync(4403, "Forbidden: authentication required");
        });
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.GetMemory(4096), _closing.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        await CloseAsync(1000, "Normal Closure"); // completes the closing handshake the client started
                        return;
                    }
                    buffer.Advance(received.Count);
                    if (buffer.WrittenCount > _options.MaxRequestBodySize)
                    {
                        await CloseAsync(1009, "Message too big");
                        return;
                    }
                } while (!received.EndOfMessage);
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(4400, "Only text messages are understood");
                    return;
                }
                await HandleAsync(buffer.WrittenMemory);
            }
        }
        catch (OperationCanceledException) { }
        catch (WebSocketException) { }
        finally
        {
            foreach (var operation in _operations.Values) operation.Cancel();
            await _closing.CancelAsync();
            if (_counted is not null) _connections.Close(_counted);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        string? type, id;
        JsonElement payload;
        try
        {
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(4400, "Invalid message received");
                return;
            }
            type = t.GetString();
            id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        }
        catch (JsonException)
        {
            await CloseAsync(4400, "Invalid message received");
            return;
        }
        switch (type)
        {
            case "connection_init":
                if (_initReceived)
                {
                    await CloseAsync(4429, "Too many initialisation requests");
                    return;
                }
                _initReceived = true;
                if (!await AuthenticateAsync(payload))
                {
                    await CloseAsync(4403, "Forbidden");
                    return;
                }
                var caller = _options.WebSocketCallerKey?.Invoke(_http) ?? DefaultCallerKey(_http);
                if (!_connections.TryOpen(caller, _options.WebSocketMaxConnectionsPerCaller))
                {
                    // 1013 Try Again Later: graphql-ws clients retry it with back-off (4429 would mean a second connection_init).
                    await CloseAsync(1013, "Try again later: too many connections for this caller");
                    return;
                }
                _counted = caller;
                _acknowledged = true;
                await SendAsync(w => w.WriteString("type", "connection_ack"));
                ScheduleExpiry();
                break;
            case "ping":
                await SendAsync(w => w.WriteString("type", "pong"));
                break;
            case "pong":
                break;
            case "subscribe":
                if (!_acknowledged)
                {
                    await CloseAsync(4401, "Unauthorized");
                    return;
                }
                if (string.IsNullOrEmpty(id) || payload.ValueKind != JsonValueKind.Object)
                {
                    await CloseAsync(4400, "Invalid message received");
                    return;
                }
                if (_operations.ContainsKey(id))
                {
                    await CloseAsync(4409, $"Subscriber for {id} already exists");
                    return;
                }
                if (_options.WebSocketMaxOperationsPerConnection > 0 && _operations.Count >= _options.WebSocketMaxOperationsPerConnection)
                {
                    // This operation only: the connection and its other operations go on, as graphql-ws expects of an error message.
                    await SendErrorsAsync(id, [new GraphQLError(
                        $"This connection already has {_options.WebSocketMaxOperationsPerConnection} operations running, the most it may have; complete one first or open another connection.",
                        extensions: GraphQLHttpHandler.Code(TooManySubscriptions))]);
                    break;
                }
                var cancel = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
                if (!_operations.TryAdd(id, cancel))
                {
                    cancel.Dispose();
                    await CloseAsync(4409, $"Subscriber for {id} already exists");
                    return;
                }
                var parameters = RequestParameters.FromJsonBody(JsonSerializer.SerializeToUtf8Bytes(payload), out var problem);
                // Persisted documents and the trusted-documents list hold on the socket as over HTTP.
                if (parameters is not null)
                    parameters = _http.RequestServices.GetRequiredService<Persisted.PersistedDocumentResolver>().Resolve(parameters, out problem);
                _ = Task.Run(() => RunOperationAsync(id, parameters, problem, cancel));
                break;
            case "complete":
                if (id is not null && _operations.TryRemove(id, out var running)) await running.CancelAsync();
                break;
            default:
                await CloseAsync(4400, $"Unexpected message of type {type} received");
                break;
        }
    }

    /// <summary>The <c>oid</c> or <c>sub</c> of an authenticated user, else the client's IP address.</summary>
    internal static string DefaultCallerKey(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && (user.FindFirst("oid") ?? user.FindFirst("sub"))?.Value is { Length: > 0 } subject)
            return "subject:" + subject;
        return "ip:" + http.Connection.RemoteIpAddress;
    }

    /// <summary>The upgrade request's user, or the bearer token the client put in <c>connection_init</c> (browsers cannot set headers).</summary>
    private async Task<bool> AuthenticateAsync(JsonElement payload)
    {
        string? bearer = null;
        if (payload.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["Authorization", "authorization"])
                if (payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) bearer = value.GetString();
        }
        if (bearer is null) return true; // anonymous, or authenticated on the upgrade: the gates decide per operation
        var token = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer[7..].Trim() : bearer.Trim();
        var authenticator = _http.RequestServices.GetService<IGraphQLWebSocketAuthenticator>();
        if (authenticator is null || token.Length == 0) return false;
        var user = await authenticator.AuthenticateAsync(_http, token, _closing.Token);
        if (user is null) return false;
        _http.User = user;
        return true;
    }

    /// <summary>A token is good until it expires: the session closes then, as a new HTTP request would be refused.</summary>
    private void ScheduleExpiry()
    {
        if (_http.User.FindFirst("exp")?.Value is not { } exp || !long.TryParse(exp, out var seconds)) return;
        var left = DateTimeOffset.FromUnixTimeSeconds(seconds) - DateTimeOffset.UtcNow;
        if (left <= TimeSpan.Zero) left = TimeSpan.FromMilliseconds(1);
        if (left > TimeSpan.FromDays(1)) return;
        _ = Task.Delay(left, _closing.Token).ContinueWith(t => { if (!t.IsCanceled) _ = CloseAsync(4403, "Forbidden: the token has expired"); },
            TaskScheduler.Default);
    }

    private async Task RunOperationAsync(string id, RequestParameters? parameters, HttpProblem? problem, CancellationTokenSource cancel)
    {
        try
        {
            if (parameters is null)
            {
                await SendErrorsAsync(id, [new GraphQLError(problem!.Message, extensions: GraphQLHttpHandler.Code(problem.Code))]);
                return;
            }
            await using var scope = _http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var request = new GraphQLRequest
            {
                Query = parameters.Query!,
                OperationName = parameters.OperationName,
                Variables = parameters.Variables,
                Extensions = parameters.Extensions,
                AllowedOperations = AllowedOperations.All,
                Services = scope.ServiceProvider,
                User = _http.User,
            };
            var gateContext = new GraphQLGateContext(_http, request, _options.ParseDocument) { OverWebSocket = true };
            foreach (var gate in scope.ServiceProvider.GetServices<IGraphQLRequestGate>())
            {
                if (await gate.CheckAsync(gateContext) is { } refusal)
                {
                    await SendErrorsAsync(id, [refusal.Error]);
                    return;
                }
            }
            var executor = scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>();
            var document = gateContext.GetDocument();
            var isSubscription = document is not null && Executor.SelectOperation(document, request.OperationName, out _) is { Operation: Language.OperationType.Subscription };
            if (!isSubscription)
            {
                var result = await executor.ExecuteAsync(request, cancel.Token);
                if (NeverExecuted(result)) await SendErrorsAsync(id, result.Errors ?? []);
                else
                {
                    await SendAsync(w => WriteNext(w, id, result));
                    await SendCompleteAsync(id);
                }
                return;
            }
            var subscribed = await executor.SubscribeAsync(request, cancel.Token);
            if (subscribed.Stream is not { } stream)
            {
                var failure = subscribed.FailureResult!;
                if (NeverExecuted(failure)) await SendErrorsAsync(id, failure.Errors ?? []);
                else
                {
                    await SendAsync(w => WriteNext(w, id, failure));
                    await SendCompleteAsync(id);
                }
                return;
            }
            await foreach (var next in stream.WithCancellation(cancel.Token))
                await SendAsync(w => WriteNext(w, id, next));
            await SendCompleteAsync(id);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
        catch (WebSocketException) { }
        catch (Exception)
        {
            // The exception is not sent or logged as is: its message may quote data a resolver was handling.
            await SendErrorsAsync(id, [new GraphQLError("Internal server error.", extensions: GraphQLHttpHandler.Code("INTERNAL_SERVER_ERROR"))]);
        }
        finally
        {
            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancel))) cancel.Dispose();
        }
    }

    private static void WriteNext(Utf8JsonWriter w, string id, ExecutionResult result)
    {
        w.WriteString("id", id);
        w.WriteString("type", "next");
        w.WritePropertyName("payload");
        result.WriteTo(w);
    }

    private Task SendCompleteAsync(string id) => _operations.ContainsKey(id)
        ? SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); })
        : Task.CompletedTask; // the client completed it: no complete back

    private Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "error");
        w.WriteStartArray("payload");
        foreach (var error in errors) error.WriteTo(w);
        w.WriteEndArray();
    });

    /// <summary>As graphql-ws: a request that never reached execution (syntax, validation, no operation, a gate) is an <c>error</c> message.</summary>
    private static bool NeverExecuted(ExecutionResult result) =>
        result.Failure is RequestFailure.Syntax or RequestFailure.Validation or RequestFailure.OperationSelection or RequestFailure.OperationNotAllowed;

    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        await _send.WaitAsync(_closing.Token);
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
        }
        finally { _send.Release(); }
    }

    private async Task CloseAsync(int code, string reason)
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (WebSocketException) { }
        catch (ObjectDisposedException) { }
        foreach (var operation in _operations.Values)
        {
            try { await operation.CancelAsync(); }
            catch (ObjectDisposedException) { } // it ended meanwhile
        }
        // Closed by the server while a receive is pending (the init timeout, the token's expiry): let the receive loop read
        // the client's answering close. Cancelling the pending receive would abort the socket, dropping the close frame not yet
        // flushed, and the client would see 1006 (abnormal closure) instead of this code. A client that does not answer is cut off.
        if (_socket.State == WebSocketState.CloseSent) _closing.CancelAfter(CloseHandshakeTimeout);
        else await _closing.CancelAsync();
    }
}
