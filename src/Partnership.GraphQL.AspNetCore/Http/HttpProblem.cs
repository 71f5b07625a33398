namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>A request the transport refuses before the engine sees it: a 4xx status, a code and a clear message.</summary>
internal sealed record HttpProblem(int StatusCode, string Code, string Message)
{
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotFound = "NOT_FOUND";
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    // Persisted documents: the first two as Apollo Server names them, since Apollo clients act on them.
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentInvalid = "PERSISTED_DOCUMENT_INVALID";
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";

    public static HttpProblem Invalid(string message) => new(400, BadRequest, message);
}
