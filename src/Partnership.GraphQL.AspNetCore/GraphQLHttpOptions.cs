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

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before the socket is closed (4408).</summary>
    public TimeSpan WebSocketConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

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
