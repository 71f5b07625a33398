namespace Partnership.GraphQL.Execution;

/// <summary>
/// The engine's front door: parses (cached by content hash), validates (cached), selects the operation,
/// enforces <see cref="GraphQLRequest.AllowedOperations"/>, coerces variables and executes.
/// </summary>
public interface IGraphQLExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a subscription request and returns its response stream, or the result that explains why there is none. An
    /// executor that serves no subscriptions answers every request with that explanation.
    /// </summary>
    Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new SubscriptionResult(ExecutionResult.FromErrors(RequestFailure.Refused,
            new Errors.GraphQLError("This server does not run subscriptions.")), null));
}
