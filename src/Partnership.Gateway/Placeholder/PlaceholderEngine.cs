using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;

namespace Partnership.Gateway.Placeholder;

// TEMPORARY — stands in for the GraphQL engine and the hub's schema until they are merged. At merge, Program's
// AddPlaceholderEngine() is replaced by AddPartnershipSchema() (which registers the real IGraphQLExecutor) and
// GraphQLHttpOptions.ParseDocument is pointed at the engine's Parser; then delete this folder.
internal static class PlaceholderEngineExtensions
{
    public static IServiceCollection AddPlaceholderEngine(this IServiceCollection services)
    {
        services.AddSingleton<IGraphQLExecutor, PlaceholderExecutor>();
        services.Configure<GraphQLHttpOptions>(o => o.ParseDocument ??= PlaceholderDocumentReader.Read);
        return services;
    }
}

/// <summary>
/// Answers documents whose selected operation selects only <c>__typename</c> at its root; refuses everything else
/// with code <c>ENGINE_NOT_WIRED</c>. Enforces <see cref="GraphQLRequest.AllowedOperations"/> as the engine will.
/// </summary>
internal sealed class PlaceholderExecutor : IGraphQLExecutor
{
    public const string NotWired = "ENGINE_NOT_WIRED";

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        DocumentNode document;
        try { document = PlaceholderDocumentReader.Read(request.Query); }
        catch (GraphQLError e) { return Task.FromResult(ExecutionResult.FromErrors(RequestFailure.Syntax, e)); }

        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (request.OperationName is null)
            {
                if (operation is not null)
                    return Fail(RequestFailure.OperationSelection, "Must provide operation name if query contains multiple operations.", "BAD_USER_INPUT");
                operation = candidate;
            }
            else if (candidate.Name?.Value == request.OperationName) operation = candidate;
        }
        if (operation is null)
            return Fail(RequestFailure.OperationSelection,
                request.OperationName is null ? "Must provide an operation." : $"Unknown operation named \"{request.OperationName}\".", "BAD_USER_INPUT");

        var allowed = operation.Operation switch
        {
            OperationType.Query => AllowedOperations.Query,
            OperationType.Mutation => AllowedOperations.Mutation,
            _ => AllowedOperations.Subscription,
        };
        if ((request.AllowedOperations & allowed) == 0)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            return Task.FromResult(new ExecutionResult
            {
                Failure = RequestFailure.OperationNotAllowed,
                OperationType = operation.Operation,
                Errors = [new GraphQLError($"Can only perform a {kind} operation from a POST request.",
                    extensions: new Dictionary<string, object?> { ["code"] = "OPERATION_NOT_ALLOWED" })],
            });
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode { Name.Value: "__typename", SelectionSet: null } field)
                data[field.ResponseKey] = operation.Operation.ToString();
            else
                return Fail(RequestFailure.Validation,
                    "The GraphQL engine is not wired into this build yet: only __typename can be answered.", NotWired);
        }
        return Task.FromResult(new ExecutionResult { Data = data, OperationType = operation.Operation });
    }

    private static Task<ExecutionResult> Fail(RequestFailure failure, string message, string code) =>
        Task.FromResult(ExecutionResult.FromErrors(failure,
            new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code })));
}
