using System.Text.Json;

namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL request parameters of the GraphQL-over-HTTP specification, read from JSON or a query string.</summary>
internal sealed record RequestParameters
{
    /// <summary>The document's text; null only when the request names a persisted document instead (resolved before execution).</summary>
    public string? Query { get; init; }

    /// <summary>The GraphQL-over-HTTP persisted document id (<c>sha256:&lt;hex&gt;</c>), when the request sends one instead of a query.</summary>
    public string? DocumentId { get; init; }
    public string? OperationName { get; init; }
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a POST body: a JSON object with <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>.</summary>
    public static RequestParameters? FromJsonBody(ReadOnlySpan<byte> body, out HttpProblem? problem)
    {
        problem = null;
        if (IsBlank(body))
        {
            problem = HttpProblem.Invalid("The request body is empty; send a JSON object with a \"query\" string.");
            return null;
        }
        object? root;
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            reader.Read();
            root = JsonValues.Read(ref reader);
            if (reader.Read()) throw new JsonException("Unexpected content after the JSON value.");
        }
        catch (JsonException e)
        {
            problem = HttpProblem.Invalid("The request body is not valid JSON: " + e.Message);
            return null;
        }
        if (root is not IReadOnlyDictionary<string, object?> map)
        {
            problem = HttpProblem.Invalid("The request body must be a JSON object with a \"query\" string.");
            return null;
        }
        map.TryGetValue("query", out var query);
        map.TryGetValue("operationName", out var operationName);
        map.TryGetValue("variables", out var variables);
        map.TryGetValue("extensions", out var extensions);
        map.TryGetValue("documentId", out var documentId);
        return Build(query, operationName, variables, extensions, documentId, out problem);
    }

    /// <summary>Reads GET parameters: <c>variables</c> and <c>extensions</c> are JSON text in the query string.</summary>
    public static RequestParameters? FromQueryString(string? query, string? operationName, string? variables, string? extensions,
        string? documentId, out HttpProblem? problem)
    {
        problem = null;
        object? vars = null, exts = null;
        if (!string.IsNullOrEmpty(variables) && !TryParseJsonText(variables, "variables", out vars, out problem)) return null;
        if (!string.IsNullOrEmpty(extensions) && !TryParseJsonText(extensions, "extensions", out exts, out problem)) return null;
        return Build(query, string.IsNullOrEmpty(operationName) ? null : operationName, vars, exts,
            string.IsNullOrEmpty(documentId) ? null : documentId, out problem);
    }

    private static RequestParameters? Build(object? query, object? operationName, object? variables, object? extensions,
        object? documentId, out HttpProblem? problem)
    {
        // A persisted document (documentId, or Apollo's extensions.persistedQuery) may stand in for the query text.
        var persisted = documentId is not null
            || (extensions is IReadOnlyDictionary<string, object?> ext && ext.ContainsKey(Persisted.PersistedDocumentResolver.PersistedQueryExtension));
        problem = query switch
        {
            null when persisted => null,
            null => HttpProblem.Invalid("The request has no \"query\" parameter; send the GraphQL document as a string."),
            string => null,
            _ => HttpProblem.Invalid("The \"query\" parameter must be a string."),
        };
        problem ??= operationName is null or string ? null
            : HttpProblem.Invalid("The \"operationName\" parameter must be a string or null.");
        problem ??= variables is null or IReadOnlyDictionary<string, object?> ? null
            : HttpProblem.Invalid("The \"variables\" parameter must be a JSON object or null.");
        problem ??= extensions is null or IReadOnlyDictionary<string, object?> ? null
            : HttpProblem.Invalid("The \"extensions\" parameter must be a JSON object or null.");
        problem ??= documentId is null or string ? null
            : HttpProblem.Invalid("The \"documentId\" parameter must be a string such as \"sha256:<hex>\".");
        if (problem is not null) return null;
        return new RequestParameters
        {
            Query = (string?)query,
            DocumentId = (string?)documentId,
            OperationName = (string?)operationName,
            Variables = (IReadOnlyDictionary<string, object?>?)variables,
            Extensions = (IReadOnlyDictionary<string, object?>?)extensions,
        };
    }

    private static bool TryParseJsonText(string text, string name, out object? value, out HttpProblem? problem)
    {
        problem = null;
        value = null;
        try
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var reader = new Utf8JsonReader(bytes, ReaderOptions);
            reader.Read();
            value = JsonValues.Read(ref reader);
            if (reader.Read()) throw new JsonException("Unexpected content after the JSON value.");
            return true;
        }
        catch (JsonException e)
        {
            problem = HttpProblem.Invalid($"The \"{name}\" parameter is not valid JSON: {e.Message}");
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }
}
