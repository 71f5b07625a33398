namespace Partnership.GraphQL.AspNetCore.Persisted;

/// <summary>
/// Apollo's automatic persisted queries (configuration section <c>GraphQL:PersistedQueries</c>): a client sends a
/// document's SHA-256 hash; the hub answers <c>PERSISTED_QUERY_NOT_FOUND</c> until the client has sent the text once.
/// </summary>
public sealed class PersistedQueryOptions
{
    /// <summary>Whether the <c>extensions.persistedQuery</c> protocol is spoken (else <c>PERSISTED_QUERY_NOT_SUPPORTED</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many registered documents the in-memory store keeps; when full, new registrations are not kept.</summary>
    public int MaxEntries { get; set; } = 1000;
}

/// <summary>
/// The trusted-documents list (configuration section <c>GraphQL:TrustedDocuments</c>): a JSON file mapping
/// <c>sha256</c> hashes to documents, which the <c>documentId</c> form and persisted-query hashes resolve from.
/// </summary>
public sealed class TrustedDocumentsOptions
{
    /// <summary>
    /// The manifest: <c>{"&lt;sha256 hex&gt;": "&lt;document&gt;", …}</c> (keys may carry a <c>sha256:</c> prefix), or an
    /// Apollo persisted-query manifest (<c>{"operations": [{"id", "body"}, …]}</c>). Relative to the content root.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>When true, only documents of the list run: any other is refused with <c>TRUSTED_DOCUMENT_REQUIRED</c>.</summary>
    public bool Only { get; set; }
}
