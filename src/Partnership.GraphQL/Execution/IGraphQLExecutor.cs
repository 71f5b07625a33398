namespace Partnership.GraphQL.Execution;

/// <summary>
/// The engine's front door: parses (cached by content hash), validates (cached), selects the operation,
/// enforces <see cref="GraphQLRequest.AllowedOperations"/>, coerces variables and executes.
/// </summary>
public interface IGraphQLExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
