using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore;

/// <summary>
/// What the transport learned about a GraphQL request, left in <c>HttpContext.Features</c> for request logging.
/// Holds no variables and no query text: nothing here may carry personal data.
/// </summary>
public sealed class GraphQLRequestInfo
{
    /// <summary>The operation name the client sent, when it is a valid GraphQL name (else null).</summary>
    public string? OperationName { get; internal set; }

    /// <summary>The type of the operation that ran, when the engine selected one.</summary>
    public OperationType? OperationType { get; internal set; }

    /// <summary>Why the request produced no data, when the engine answered.</summary>
    public RequestFailure? Failure { get; internal set; }

    /// <summary>The <c>extensions.code</c> of the first error, when there was one.</summary>
    public string? FirstErrorCode { get; internal set; }

    public int ErrorCount { get; internal set; }

    internal static string? SafeOperationName(string? name)
    {
        // Only a GraphQL Name of sensible length is kept, so free text never reaches a log line.
        if (name is null || name.Length is 0 or > 100) return null;
        for (int i = 0; i < name.Length; i++)
        {
            var c = name[i];
            bool ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) return null;
        }
        return name;
    }
}
