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
        var prepared = Prepare(args, out var failure);
        if (prepared is null) return Task.FromResult(failure!);
        return prepared.ExecuteAsync();
    }

    /// <summary>
    /// Selects the operation and coerces variables (graphql-js <c>validateExecutionArgs</c>); returns null and a
    /// failure result when either fails.
    /// </summary>
    internal static OperationExecution? Prepare(ExecutionArgs args, out ExecutionResult? failure, object? rootValue = null, bool useRootValue = false)
    {
        failure = null;
        var operation = SelectOperation(args.Document, args.OperationName, out var selectionError);
        if (operation is null)
        {
            failure = ExecutionResult.FromErrors(RequestFailure.OperationSelection, selectionError!);
            return null;
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
        return new OperationExecution(args, operation, fragments, variables, useRootValue ? rootValue : args.RootValue, shared);
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
