using Partnership.GraphQL.Cost;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>Settings of a <see cref="GraphQLExecutor"/>.</summary>
public sealed class GraphQLExecutorOptions
{
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The source value of root fields for every request (graphql-js <c>rootValue</c>).</summary>
    public object? RootValue { get; init; }

    /// <summary>The most validation errors reported for one document (graphql-js <c>maxErrors</c>, 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>When false, <c>__schema</c> and <c>__type</c> fail with <c>INTROSPECTION_DISABLED</c>; <c>__typename</c> keeps working.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>How many parsed and validated documents to keep, least recently used evicted first; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>The most tokens a document may have (graphql-js <c>maxTokens</c>); null for no limit.</summary>
    public int? MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, lists and objects a document may have; null for no limit.</summary>
    public int? MaxDepth { get; init; } = ParserOptions.DefaultMaxDepth;

    /// <summary>Send resolver exception messages to clients (graphql-js behaviour); false sends <c>Unexpected error.</c>.</summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>Hide "Did you mean …" suggestions in coercion messages.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Cost, depth and alias limits checked before execution (all off by default).</summary>
    public CostOptions Cost { get; init; } = new();

    /// <summary>
    /// How long a query or mutation may execute; the request's cancellation token is linked to it, so resolvers and
    /// the database calls they make stop. A timed-out request answers one <c>TIMEOUT</c> error and no data. Null: no limit.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>Inspects the selected operation before variables are coerced and anything executes (authentication, limits).</summary>
    public IExecutionGate? Gate { get; init; }

    /// <summary>
    /// Validates a document against the schema; the default runs every specified rule. Replace it to add custom
    /// rules. Its result is cached with the parsed document.
    /// </summary>
    public Func<GraphQLSchema, DocumentNode, int, IReadOnlyList<GraphQLError>>? Validate { get; init; }
}

/// <summary>
/// A host's check of a request after its operation is selected and before it executes. Return null (or an empty
/// list) to let it run; return errors to refuse it: the response then has those errors, no data, and
/// <see cref="RequestFailure.Refused"/>.
/// </summary>
public interface IExecutionGate
{
    ValueTask<IReadOnlyList<GraphQLError>?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken);
}

/// <summary>What an <see cref="IExecutionGate"/> sees.</summary>
public sealed class ExecutionGateContext
{
    internal ExecutionGateContext(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation, GraphQLRequest request)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Request = request;
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public GraphQLRequest Request { get; }

    /// <summary>
    /// True when every root field the operation can select (through fragments, whatever <c>@skip</c>/<c>@include</c>
    /// say) is <c>__typename</c>, or — when <paramref name="allowIntrospection"/> — <c>__schema</c> or <c>__type</c>.
    /// </summary>
    public bool SelectsOnlyMetaFields(bool allowIntrospection)
    {
        var fragments = DocumentPlan.CollectFragments(Document);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Check(Operation.SelectionSet);

        bool Check(SelectionSetNode set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var name = field.Name.Value;
                        if (name == "__typename") continue;
                        if (allowIntrospection && name is "__schema" or "__type") continue;
                        return false;
                    case InlineFragmentNode inline:
                        if (!Check(inline.SelectionSet)) return false;
                        break;
                    case FragmentSpreadNode spread:
                        if (!visited.Add(spread.Name.Value)) continue;
                        // An unknown fragment fails validation before any gate runs; refuse it anyway.
                        if (!fragments.TryGetValue(spread.Name.Value, out var fragment) || !Check(fragment.SelectionSet)) return false;
                        break;
                }
            }
            return true;
        }
    }
}

/// <summary>Ready-made gates.</summary>
public static class ExecutionGates
{
    /// <summary>
    /// Lets an unauthenticated caller reach only <c>__typename</c> (and introspection when
    /// <paramref name="allowIntrospection"/>); anything else fails with <c>Authentication is required.</c> and
    /// <c>extensions.code = "UNAUTHENTICATED"</c>.
    /// </summary>
    public static IExecutionGate RequireAuthentication(bool allowIntrospection) => new AuthenticationGate(allowIntrospection);

    private sealed class AuthenticationGate(bool allowIntrospection) : IExecutionGate
    {
        private static readonly IReadOnlyDictionary<string, object?> Extensions = ErrorCodes.Extensions(ErrorCodes.Unauthenticated);

        public ValueTask<IReadOnlyList<GraphQLError>?> CheckAsync(ExecutionGateContext context, CancellationToken cancellationToken)
        {
            if (context.Request.User?.Identity?.IsAuthenticated == true || context.SelectsOnlyMetaFields(allowIntrospection))
                return ValueTask.FromResult<IReadOnlyList<GraphQLError>?>(null);
            return ValueTask.FromResult<IReadOnlyList<GraphQLError>?>(
                [new GraphQLError("Authentication is required.", extensions: Extensions)]);
        }
    }
}
