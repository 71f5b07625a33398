using Microsoft.AspNetCore.Http;
using Partnership.GraphQL.AspNetCore.Persisted;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore;

/// <summary>Options of the GraphQL over HTTP endpoint (configuration section <c>GraphQL</c> in the Gateway).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest request body accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>Whether a browser asking for HTML at the endpoint gets the GraphiQL IDE.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Whether GraphQL over WebSocket (the <c>graphql-transport-ws</c> protocol) is served at the endpoint, for subscriptions.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>
    /// How long a WebSocket client has to send <c>connection_init</c> before the socket is closed (4408). A socket that is
    /// still anonymous then (no token on the upgrade nor in <c>connection_init</c>) is closed too (4403): anonymous
    /// callers may run only <c>__typename</c> (and introspection where allowed), which needs no long-lived socket.
    /// </summary>
    public TimeSpan WebSocketConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The most WebSocket connections one caller may hold open at once (counted from <c>connection_init</c>, by
    /// <see cref="WebSocketCallerKey"/>); the next is closed with 1013 (Try Again Later), which graphql-ws clients retry
    /// with back-off. 0 means no limit.
    /// </summary>
    public int WebSocketMaxConnectionsPerCaller { get; set; } = 10;

    /// <summary>
    /// The most operations (subscriptions, and queries or mutations still running) one WebSocket connection may have at
    /// once; the next <c>subscribe</c> is answered with an <c>error</c> message on its id (code TOO_MANY_SUBSCRIPTIONS) and
    /// the connection stays open. 0 means no limit.
    /// </summary>
    public int WebSocketMaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// Who a WebSocket connection belongs to, for <see cref="WebSocketMaxConnectionsPerCaller"/>: called once the
    /// connection is initialised (its user is then set). When null, the <c>oid</c> or <c>sub</c> claim of an
    /// authenticated user, else the client's IP address.
    /// </summary>
    public Func<HttpContext, string>? WebSocketCallerKey { get; set; }

    /// <summary>Apollo's automatic persisted queries (<c>GraphQL:PersistedQueries</c>).</summary>
    public PersistedQueryOptions PersistedQueries { get; set; } = new();

    /// <summary>The trusted-documents list (<c>GraphQL:TrustedDocuments</c>).</summary>
    public TrustedDocumentsOptions TrustedDocuments { get; set; } = new();

    /// <summary>
    /// Parses a document for the request gates (<see cref="IGraphQLRequestGate"/>), which need to see what a request
    /// selects before it executes. Set to the engine's parser; when null, gates see no document and must fail closed.
    /// </summary>
    public Func<string, DocumentNode>? ParseDocument { get; set; }

    /// <summary>Problems with these options, as messages a person can act on (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxRequestBodySize < 1024)
            problems.Add($"GraphQL:MaxRequestBodySize must be at least 1024 bytes (it is {MaxRequestBodySize}).");
        if (WebSocketConnectionInitTimeout <= TimeSpan.Zero || WebSocketConnectionInitTimeout > TimeSpan.FromMinutes(1))
            problems.Add($"GraphQL:WebSocketConnectionInitTimeout must be more than 0 and at most 1 minute (it is {WebSocketConnectionInitTimeout}).");
        if (WebSocketMaxConnectionsPerCaller is < 0 or > 10_000)
            problems.Add($"GraphQL:WebSocketMaxConnectionsPerCaller must be between 0 (no limit) and 10000 (it is {WebSocketMaxConnectionsPerCaller}).");
        if (WebSocketMaxOperationsPerConnection is < 0 or > 100_000)
            problems.Add($"GraphQL:WebSocketMaxOperationsPerConnection must be between 0 (no limit) and 100000 (it is {WebSocketMaxOperationsPerConnection}).");
        if (PersistedQueries.MaxEntries is < 1 or > 1_000_000)
            problems.Add($"GraphQL:PersistedQueries:MaxEntries must be between 1 and 1000000 (it is {PersistedQueries.MaxEntries}).");
        if (TrustedDocuments.Path is { Length: > 0 } path)
        {
            try { TrustedDocumentManifest.Load(path); }
            catch (InvalidDataException e) { problems.Add("GraphQL:TrustedDocuments:Path: " + e.Message); }
        }
        else if (TrustedDocuments.Only)
            problems.Add("GraphQL:TrustedDocuments:Only needs GraphQL:TrustedDocuments:Path, the list of trusted documents.");
        return problems;
    }
}
