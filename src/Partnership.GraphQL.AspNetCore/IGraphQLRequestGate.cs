using Microsoft.AspNetCore.Http;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore;

/// <summary>
/// A check the transport runs after it has read a well-formed GraphQL request and before the engine executes it
/// (for example: who may run what without a token). Gates are registered as services and run in registration order;
/// the first refusal answers the request.
/// </summary>
public interface IGraphQLRequestGate
{
    /// <summary>Returns null to let the request through, or the refusal to answer with.</summary>
    ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context);
}

/// <summary>What a gate sees of a request.</summary>
public sealed class GraphQLGateContext
{
    private readonly Func<string, DocumentNode>? _parse;
    private DocumentNode? _document;
    private bool _parsed;

    internal GraphQLGateContext(HttpContext httpContext, GraphQLRequest request, Func<string, DocumentNode>? parse)
    {
        HttpContext = httpContext;
        Request = request;
        _parse = parse;
    }

    public HttpContext HttpContext { get; }

    public GraphQLRequest Request { get; }

    /// <summary>True for an operation sent over a WebSocket connection (<see cref="HttpContext"/> is then the upgrade's).</summary>
    public bool OverWebSocket { get; internal init; }

    /// <summary>
    /// The parsed document, parsed on first use; null when it does not parse (the engine then reports the syntax
    /// error as usual) or when no parser is configured (<see cref="GraphQLHttpOptions.ParseDocument"/>).
    /// </summary>
    public DocumentNode? GetDocument()
    {
        if (_parsed) return _document;
        _parsed = true;
        if (_parse is null) return null;
        try { _document = _parse(Request.Query); }
        catch (GraphQLError) { _document = null; }
        return _document;
    }

    /// <summary>True when a parser is configured but the document does not parse.</summary>
    public bool DocumentIsMalformed => _parse is not null && GetDocument() is null;
}

/// <summary>A gate's answer: an HTTP status, one GraphQL error (with <c>extensions.code</c>) and optional headers.</summary>
public sealed class GraphQLRefusal
{
    public GraphQLRefusal(int statusCode, GraphQLError error, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        Error = error;
        Headers = headers;
    }

    public int StatusCode { get; }

    public GraphQLError Error { get; }

    public IReadOnlyDictionary<string, string>? Headers { get; }
}
