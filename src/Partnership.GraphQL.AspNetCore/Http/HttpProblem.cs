namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>A request the transport refuses before the engine sees it: a 4xx status, a code and a clear message.</summary>
internal sealed record HttpProblem(int StatusCode, string Code, string Message)
{
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public static HttpProblem Invalid(string message) => new(400, BadRequest, message);
}
