using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Validation;

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
        // graphql-js assertValidSchema: an invalid schema is a programming error, reported at startup.
        SchemaValidator.AssertValid(options.Schema);
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
        var prepared = PrepareAsync(request, cancellationToken);
        if (!prepared.IsCompletedSuccessfully) return ExecuteAfterGateAsync(prepared);
        var (args, failure) = prepared.Result;
        return failure is not null ? Task.FromResult(failure) : Executor.ExecuteAsync(args!);
    }

    private static async Task<ExecutionResult> ExecuteAfterGateAsync(ValueTask<(ExecutionArgs? Args, ExecutionResult? Failure)> prepared)
    {
        var (args, failure) = await prepared.ConfigureAwait(false);
        return failure ?? await Executor.ExecuteAsync(args!).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a subscription request through the same pipeline (cache, validation, operation, allowed operations,
    /// gate, variables) and returns its response stream, or the result that explains why there is none.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var (args, failure) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        return failure is not null ? new SubscriptionResult(failure, null) : await Executor.SubscribeAsync(args!).ConfigureAwait(false);
    }

    /// <summary>Everything before variable coercion; completes synchronously unless a gate is asynchronous.</summary>
    private ValueTask<(ExecutionArgs? Args, ExecutionResult? Failure)> PrepareAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = _cache.GetOrAdd(request.Query ?? "", _createEntry);
        if (entry.SyntaxError is { } syntaxError) return Fail(ExecutionResult.FromErrors(RequestFailure.Syntax, syntaxError));
        if (entry.ValidationErrors is { } validationErrors)
            return Fail(new ExecutionResult { Failure = RequestFailure.Validation, Errors = validationErrors });
        var document = entry.Document!;
        var operation = Executor.SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null) return Fail(ExecutionResult.FromErrors(RequestFailure.OperationSelection, selectionError!));
        if (!IsAllowed(operation.Operation, request.AllowedOperations))
        {
            return Fail(new ExecutionResult
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
            RootValue = _options.RootValue,
            VariableValues = request.Variables,
            Services = request.Services,
            User = request.User,
            ContextData = request.ContextData,
            Options = _executionOptions,
            CancellationToken = cancellationToken,
            Plan = entry.Plan,
        };
        if (_options.Gate is { } gate) return GateAsync(gate, args, document, operation, request, cancellationToken);
        return new((args, null));

        static ValueTask<(ExecutionArgs?, ExecutionResult?)> Fail(ExecutionResult result) => new((null, result));
    }

    private async ValueTask<(ExecutionArgs?, ExecutionResult?)> GateAsync(IExecutionGate gate, ExecutionArgs args, DocumentNode document,
        OperationDefinitionNode operation, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var refusal = await gate.CheckAsync(new ExecutionGateContext(_options.Schema, document, operation, request), cancellationToken)
            .ConfigureAwait(false);
        if (refusal is { Count: > 0 })
            return (null, new ExecutionResult { Failure = RequestFailure.Refused, Errors = refusal, OperationType = operation.Operation });
        return (args, null);
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
        var errors = _options.Validate is { } validate
            ? validate(_options.Schema, document, _options.MaxErrors)
            : DocumentValidator.Validate(_options.Schema, document, null, _options.MaxErrors, _options.HideSuggestions);
        return new CachedDocument(text, document, null, errors);
    }
}
