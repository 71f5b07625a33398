using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Http;

namespace Partnership.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Turns a request that names a persisted document into one with the document's text, and enforces the trusted-documents
/// list. Two protocols clients already speak: Apollo's automatic persisted queries (<c>extensions.persistedQuery</c>
/// with <c>version: 1</c> and <c>sha256Hash</c>; unknown hashes answer 200 with <c>PERSISTED_QUERY_NOT_FOUND</c>, and the
/// client's retry with the text registers it in a bounded in-memory store) and the GraphQL-over-HTTP <c>documentId</c>
/// (<c>sha256:&lt;hex&gt;</c>), resolved from the trusted list only.
/// </summary>
internal sealed class PersistedDocumentResolver : IDisposable
{
    public const string PersistedQueryExtension = "persistedQuery";

    private readonly PersistedQueryOptions _apq;
    private readonly bool _trustedOnly;
    private readonly IReadOnlyDictionary<string, string> _trusted;
    private readonly MemoryCache _registered;

    public PersistedDocumentResolver(IOptions<GraphQLHttpOptions> options)
    {
        var value = options.Value;
        _apq = value.PersistedQueries;
        _trustedOnly = value.TrustedDocuments.Only;
        _trusted = value.TrustedDocuments.Path is { Length: > 0 } path
            ? TrustedDocumentManifest.Load(path)
            : new Dictionary<string, string>();
        _registered = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _apq.MaxEntries) });
    }

    /// <summary>How many documents the trusted list holds.</summary>
    public int TrustedCount => _trusted.Count;

    /// <summary>
    /// The request with its document text, or null and the problem to answer with (status 200 for the persisted-query
    /// codes Apollo clients fall back on, 4xx otherwise).
    /// </summary>
    public RequestParameters? Resolve(RequestParameters parameters, out HttpProblem? problem)
    {
        problem = null;
        if (parameters.DocumentId is { } documentId) return ResolveDocumentId(parameters, documentId, out problem);
        if (parameters.Extensions is { } extensions && extensions.TryGetValue(PersistedQueryExtension, out var persisted))
            return ResolvePersistedQuery(parameters, persisted, out problem);
        var query = parameters.Query!;
        if (_trustedOnly && !_trusted.ContainsKey(TrustedDocumentManifest.Sha256Hex(query)))
        {
            problem = TrustedRequired();
            return null;
        }
        return parameters;
    }

    private RequestParameters? ResolveDocumentId(RequestParameters parameters, string documentId, out HttpProblem? problem)
    {
        problem = null;
        if (parameters.Query is not null)
        {
            problem = HttpProblem.Invalid("Send either \"documentId\" or \"query\", not both.");
            return null;
        }
        if (!documentId.StartsWith(TrustedDocumentManifest.Sha256Prefix, StringComparison.Ordinal)
            || TrustedDocumentManifest.NormaliseHash(documentId) is not { } hash)
        {
            problem = new HttpProblem(400, HttpProblem.PersistedDocumentInvalid,
                "The \"documentId\" must be \"sha256:\" followed by the document's SHA-256 hash in 64 hex digits.");
            return null;
        }
        if (!_trusted.TryGetValue(hash, out var document))
        {
            problem = new HttpProblem(400, HttpProblem.PersistedDocumentNotFound,
                "No trusted document has this documentId; send the document in \"query\", or add it to the trusted-documents list.");
            return null;
        }
        return parameters with { Query = document, DocumentId = null };
    }

    private RequestParameters? ResolvePersistedQuery(RequestParameters parameters, object? persisted, out HttpProblem? problem)
    {
        problem = null;
        if (!_apq.Enabled)
        {
            // Apollo clients retry with the full text on this code (and stop sending hashes).
            problem = new HttpProblem(200, HttpProblem.PersistedQueryNotSupported, "PersistedQueryNotSupported");
            return null;
        }
        if (persisted is not IReadOnlyDictionary<string, object?> map
            || !map.TryGetValue("version", out var version) || !IsOne(version)
            || !map.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hashText
            || TrustedDocumentManifest.NormaliseHash(hashText) is not { } hash || hashText.Contains(':'))
        {
            problem = new HttpProblem(400, HttpProblem.PersistedQueryInvalid,
                "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.");
            return null;
        }
        if (parameters.Query is not { } query)
        {
            if (_trusted.TryGetValue(hash, out var trusted)) return parameters with { Query = trusted };
            if (!_trustedOnly && _registered.TryGetValue(hash, out string? registered) && registered is not null)
                return parameters with { Query = registered };
            problem = new HttpProblem(200, HttpProblem.PersistedQueryNotFound, "PersistedQueryNotFound");
            return null;
        }
        if (TrustedDocumentManifest.Sha256Hex(query) != hash)
        {
            problem = new HttpProblem(400, HttpProblem.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query (hex of its UTF-8 bytes).");
            return null;
        }
        if (_trusted.ContainsKey(hash)) return parameters;
        if (_trustedOnly)
        {
            problem = TrustedRequired();
            return null;
        }
        _registered.Set(hash, query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(24) });
        return parameters;
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        double d => d == 1,
        decimal m => m == 1,
        _ => false,
    };

    private static HttpProblem TrustedRequired() => new(403, HttpProblem.TrustedDocumentRequired,
        "This hub runs only trusted documents: send a documentId or persisted-query hash of a document in its list.");

    public void Dispose() => _registered.Dispose();
}
