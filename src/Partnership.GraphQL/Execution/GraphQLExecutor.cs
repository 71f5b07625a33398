using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// The engine's front door for transports: parses (cached by the SHA-256 of the text), validates (cached with the
/// parsed document, so a repeated query skips both), selects the operation, enforces
/// <see cref="GraphQLRequest.AllowedOperations"/>, runs the <see cref="GraphQLExecutorOptions.Gate"/>, coerces
/// variables and executes. Every failure before execution sets <see cref="ExecutionResult.Failure"/>.
/// Thread-safe; create one per schema and share it.
/// </summary>
public sealed class GraphQLExecutor : IGraphQLExecutor
{
    private readonly GraphQLExecutorOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly ExecutionOptions _executionOptions;
    private readonly DocumentCache _cache;
    private readonly Func<string, CachedDocument> _createEntry;

    public GraphQLExecutor(GraphQLExecutorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _parserOptions = new ParserOptions { MaxTokens = options.MaxTokens, MaxDepth = options.MaxDepth };
        _executionOptions = new ExecutionOptions
        {
            EnableIntrospection = options.EnableIntrospection,
            ExposeExceptionMessages = options.ExposeExceptionMessages,
            HideSuggestions = options.HideSuggestions,
        };
        _cache = new DocumentCache(options.DocumentCacheSize);
        _createEntry = CreateEntry;
    }

    /// <summary>How many documents the cache holds (for diagnostics and tests).</summary>
    public int CachedDocumentCount => _cache.Count;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = _cache.GetOrAdd(request.Query ?? "", _createEntry);
        if (entry.SyntaxError is { } syntaxError) return Task.FromResult(ExecutionResult.FromErrors(RequestFailure.Syntax, syntaxError));
        if (entry.ValidationErrors is { } validationErrors)
            return Task.FromResult(new ExecutionResult { Failure = RequestFailure.Validation, Errors = validationErrors });
        var document = entry.Document!;
        var operation = Executor.SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null) return Task.FromResult(ExecutionResult.FromErrors(RequestFailure.OperationSelection, selectionError!));
        if (!IsAllowed(operation.Operation, request.AllowedOperations))
        {
            return Task.FromResult(new ExecutionResult
            {
                Failure = RequestFailure.OperationNotAllowed,
                OperationType = operation.Operation,
                Errors = [new GraphQLError(
                    $"Can only perform a {OperationExecution.OperationName(operation.Operation)} operation from a POST request.",
                    extensions: NotAllowedExtensions)],
            });
        }
        var args = new ExecutionArgs
        {
            Schema = _options.Schema,
            Document = document,
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            Services = request.Services,
            User = request.User,
            ContextData = request.ContextData,
            Options = _executionOptions,
            CancellationToken = cancellationToken,
            Plan = entry.Plan,
        };
        if (_options.Gate is { } gate) return GateThenExecuteAsync(gate, args, document, operation, request, cancellationToken);
        return Executor.ExecuteAsync(args);
    }

    private async Task<ExecutionResult> GateThenExecuteAsync(IExecutionGate gate, ExecutionArgs args, DocumentNode document,
        OperationDefinitionNode operation, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var refusal = await gate.CheckAsync(new ExecutionGateContext(_options.Schema, document, operation, request), cancellationToken)
            .ConfigureAwait(false);
        if (refusal is { Count: > 0 })
            return new ExecutionResult { Failure = RequestFailure.Refused, Errors = refusal, OperationType = operation.Operation };
        return await Executor.ExecuteAsync(args).ConfigureAwait(false);
    }

    private static readonly IReadOnlyDictionary<string, object?> NotAllowedExtensions =
        new Dictionary<string, object?> { ["code"] = "OPERATION_NOT_ALLOWED" };

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => type switch
    {
        OperationType.Query => (allowed & AllowedOperations.Query) != 0,
        OperationType.Mutation => (allowed & AllowedOperations.Mutation) != 0,
        _ => (allowed & AllowedOperations.Subscription) != 0,
    };

    private CachedDocument CreateEntry(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(text), _parserOptions);
        }
        catch (GraphQLError error)
        {
            return new CachedDocument(text, null, error, null);
        }
        var errors = _options.Validate?.Invoke(_options.Schema, document, _options.MaxErrors);
        return new CachedDocument(text, document, null, errors);
    }
}
