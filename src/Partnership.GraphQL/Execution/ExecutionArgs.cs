using System.Security.Claims;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>What <see cref="Executor.ExecuteAsync"/> needs to run one operation of a validated document.</summary>
public sealed class ExecutionArgs
{
    public required GraphQLSchema Schema { get; init; }

    /// <summary>A parsed document that passed validation against <see cref="Schema"/>.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The source value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Raw variable values as JSON-like .NET values (null, string, bool, long, double,
    /// <see cref="IReadOnlyList{T}"/> of object?, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?,
    /// or <see cref="System.Text.Json.JsonElement"/>); coerced against the operation's variable definitions.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public string? OperationName { get; init; }

    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Per-request state shared by all resolvers; a new dictionary when not given.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Set by <see cref="GraphQLExecutor"/>: field plans shared by every execution of the same document.</summary>
    internal DocumentPlan? Plan { get; init; }
}

/// <summary>Switches for one execution (graphql-js <c>execute</c> options and the hub's safety settings).</summary>
public sealed class ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>
    /// When true, the message of an exception a resolver throws (other than a <see cref="Errors.GraphQLError"/>)
    /// is sent to the client, as graphql-js does. When false (the default) the client sees
    /// <c>Unexpected error.</c> with <c>extensions.code = "INTERNAL_SERVER_ERROR"</c> and the exception stays in
    /// <see cref="Errors.GraphQLError.OriginalError"/> for logging, so internals (SQL, file paths, personal data) never leak.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> fail with <c>INTROSPECTION_DISABLED</c>; <c>__typename</c> keeps working.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>The most variable coercion errors reported before giving up (graphql-js <c>maxCoercionErrors</c>, 50).</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>Hide "Did you mean …" suggestions in coercion messages (graphql-js <c>hideSuggestions</c>).</summary>
    public bool HideSuggestions { get; init; }
}
