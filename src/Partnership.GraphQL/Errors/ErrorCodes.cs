using System.Collections.ObjectModel;

namespace Partnership.GraphQL.Errors;

/// <summary>
/// The <c>extensions.code</c> values the engine sets, named as Apollo Server and HotChocolate name them so that
/// clients written for either understand them. <see cref="Execution.GraphQLExecutor"/> sets the request-level ones;
/// <see cref="Execution.Executor"/> and <see cref="Validation.DocumentValidator"/> alone keep graphql-js's shape.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (also exceeding the token or nesting limits).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No operation could be selected: none in the document, several and no name, or an unknown name.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The request's variable values cannot be coerced to the operation's variable types.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation's type is not allowed on this transport path (a mutation over GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>A resolver failed with an exception whose message is hidden.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary><c>__schema</c> or <c>__type</c> was asked for while introspection is off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The request needs an authenticated caller.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The operation's estimated cost is over the limit (<c>extensions.cost</c>, <c>extensions.maxCost</c>).</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The document has more aliased fields than the limit (<c>extensions.aliases</c>, <c>extensions.maxAliases</c>).</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation selects fields nested deeper than the limit (<c>extensions.depth</c>, <c>extensions.maxDepth</c>).</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>Execution ran longer than the executor's timeout; no data is returned.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>One shared, read-only <c>{ "code": code }</c> map per code, so coded errors allocate no extensions.</summary>
    internal static IReadOnlyDictionary<string, object?> Extensions(string code) => code switch
    {
        ParseFailed => ParseFailedExtensions,
        ValidationFailed => ValidationFailedExtensions,
        OperationResolutionFailure => OperationResolutionFailureExtensions,
        BadUserInput => BadUserInputExtensions,
        OperationNotAllowed => OperationNotAllowedExtensions,
        InternalServerError => InternalServerErrorExtensions,
        IntrospectionDisabled => IntrospectionDisabledExtensions,
        Unauthenticated => UnauthenticatedExtensions,
        _ => Create(code),
    };

    private static readonly IReadOnlyDictionary<string, object?> ParseFailedExtensions = Create(ParseFailed);
    private static readonly IReadOnlyDictionary<string, object?> ValidationFailedExtensions = Create(ValidationFailed);
    private static readonly IReadOnlyDictionary<string, object?> OperationResolutionFailureExtensions = Create(OperationResolutionFailure);
    private static readonly IReadOnlyDictionary<string, object?> BadUserInputExtensions = Create(BadUserInput);
    private static readonly IReadOnlyDictionary<string, object?> OperationNotAllowedExtensions = Create(OperationNotAllowed);
    private static readonly IReadOnlyDictionary<string, object?> InternalServerErrorExtensions = Create(InternalServerError);
    private static readonly IReadOnlyDictionary<string, object?> IntrospectionDisabledExtensions = Create(IntrospectionDisabled);
    private static readonly IReadOnlyDictionary<string, object?> UnauthenticatedExtensions = Create(Unauthenticated);

    private static ReadOnlyDictionary<string, object?> Create(string code) => new(new Dictionary<string, object?> { ["code"] = code });
}
