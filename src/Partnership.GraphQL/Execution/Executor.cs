using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec section 6, graphql-js 17.1 <c>execute</c> and <c>subscribe</c>):
/// selects the operation, coerces variables, and runs queries concurrently, mutations serially and subscriptions
/// as a response stream. Never throws for a GraphQL error: failures before execution come back as an
/// <see cref="ExecutionResult"/> with <see cref="ExecutionResult.Failure"/> set. Cancellation throws
/// <see cref="OperationCanceledException"/>.
/// </summary>
public static class Executor
{
    /// <summary>Executes a query or mutation (a subscription operation executes its selection once, as graphql-js <c>execute</c>).</summary>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var prepared = Prepare(args, null, out var failure);
        if (prepared is null) return Task.FromResult(failure!);
        return prepared.ExecuteAsync();
    }

    /// <summary>
    /// Subscribes (spec Subscribe, graphql-js 17.1 <c>subscribe</c>): creates the source event stream of the
    /// subscription's single root field and maps each event to a response by executing the selection set with the
    /// event as root value. Errors before the stream exists come back in <see cref="SubscriptionResult.FailureResult"/>.
    /// Disposing the response stream's enumerator (or cancelling <see cref="ExecutionArgs.CancellationToken"/>)
    /// disposes the source stream.
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var prepared = Prepare(args, null, out var failure);
        if (prepared is null) return new SubscriptionResult(failure, null);
        return await SubscribeAsync(args, prepared).ConfigureAwait(false);
    }

    /// <summary>Subscribes with the operation already selected and its variables coerced.</summary>
    internal static async Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args, OperationExecution prepared)
    {
        if (prepared.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult(new ExecutionResult
            {
                Failure = RequestFailure.OperationSelection,
                Errors = [new GraphQLError("Expected subscription operation.")],
                OperationType = prepared.Operation.Operation,
            }, null);
        }
        var (stream, error) = await prepared.CreateSourceEventStreamAsync().ConfigureAwait(false);
        if (stream is null)
        {
            // As graphql-js: a result with errors and no data (the spec's "request error" for the source stream).
            return new SubscriptionResult(new ExecutionResult
            {
                Failure = RequestFailure.Refused,
                Errors = [error!],
                OperationType = OperationType.Subscription,
            }, null);
        }
        return new SubscriptionResult(null, MapSourceToResponse(args, prepared, stream));
    }

    /// <summary>Spec MapSourceToResponseEvent: each event executes the root selection set with the event as root value.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(ExecutionArgs args, OperationExecution prepared,
        IAsyncEnumerable<object?> source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(args.CancellationToken, cancellationToken);
        var eventArgs = new ExecutionArgs
        {
            Schema = args.Schema,
            Document = args.Document,
            OperationName = args.OperationName,
            VariableValues = args.VariableValues,
            Services = args.Services,
            User = args.User,
            ContextData = args.ContextData,
            Options = args.Options,
            Plan = args.Plan,
            CancellationToken = linked.Token,
        };
        await foreach (var payload in source.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            // Variables were coerced once, when subscribing; each event only changes the root value.
            var execution = new OperationExecution(eventArgs, prepared.Operation, prepared.Fragments, prepared.VariableValues,
                payload, sharedPlan: args.Plan is { Shareable: true });
            yield return await execution.ExecuteAsync(serially: false).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Selects the operation (unless <paramref name="operation"/> is the one already selected) and coerces variables
    /// (graphql-js <c>validateExecutionArgs</c>); returns null and a failure result when either fails.
    /// </summary>
    internal static OperationExecution? Prepare(ExecutionArgs args, OperationDefinitionNode? operation, out ExecutionResult? failure)
    {
        failure = null;
        if (operation is null)
        {
            operation = SelectOperation(args.Document, args.OperationName, out var selectionError);
            if (operation is null)
            {
                failure = ExecutionResult.FromErrors(RequestFailure.OperationSelection, selectionError!);
                return null;
            }
        }
        var fragments = args.Plan?.Fragments ?? DocumentPlan.CollectFragments(args.Document);
        IReadOnlyDictionary<string, object?> variables = NoVariables;
        if (operation.VariableDefinitions.Count > 0)
        {
            var coerced = Values.CoerceVariableValues(args.Schema, operation.VariableDefinitions, args.VariableValues, args.Options, out var errors);
            if (coerced is null)
            {
                failure = new ExecutionResult
                {
                    Failure = RequestFailure.VariableCoercion,
                    Errors = errors,
                    OperationType = operation.Operation,
                };
                return null;
            }
            variables = coerced;
        }
        var shared = args.Plan is { Shareable: true };
        return new OperationExecution(args, operation, fragments, variables, args.RootValue, shared);
    }

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();

    /// <summary>graphql-js's operation selection, with its messages.</summary>
    public static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }
        if (operation is null)
        {
            error = operationName is not null
                ? new GraphQLError($"Unknown operation named \"{operationName}\".")
                : new GraphQLError("Must provide an operation.");
        }
        return operation;
    }
}
