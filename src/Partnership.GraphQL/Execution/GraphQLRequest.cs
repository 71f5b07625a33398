using System.Security.Claims;

namespace Partnership.GraphQL.Execution;

/// <summary>Which operation types a request may run (the HTTP GET path allows queries only).</summary>
[Flags]
public enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}

/// <summary>One GraphQL request as a transport hands it to the engine.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variables as JSON-like .NET values: null, string, bool, long, double, lists and string-keyed dictionaries.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> member, as JSON-like .NET values.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>The request's services (scoped), for resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The authenticated caller; an unauthenticated principal when there is none.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Per-request state a transport or host wants resolvers to see.</summary>
    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();
}
