using System.Diagnostics;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// The engine's front door for transports: parses (cached by the SHA-256 of the text), validates (cached with the
/// parsed document, so a repeated query skips both), selects the operation, enforces
/// <see cref="GraphQLRequest.AllowedOperations"/>, runs the <see cref="GraphQLExecutorOptions.Gate"/>, coerces
/// variables and executes. Every failure before execution sets <see cref="ExecutionResult.Failure"/>, and each of its
/// errors carries an <c>extensions.code</c> (<see cref="ErrorCodes"/>) unless it already has one. A document's syntax
/// or validation failure is built once and cached with the document.
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
        if (GraphQLTelemetry.OpenOperation() is { } open) return ExecuteTracedAsync(open, owned: false, request, cancellationToken);
        if (GraphQLTelemetry.StartOperation() is { } started) return ExecuteTracedAsync(started, owned: true, request, cancellationToken);
        var prepared = PrepareAsync(request, cancellationToken);
        if (!prepared.IsCompletedSuccessfully) return ExecuteAfterGateAsync(prepared);
        var (_, execution, failure) = prepared.Result;
        return execution is null ? Task.FromResult(failure!) : execution.ExecuteAsync();
    }

    /// <summary>The same pipeline under an operation span, with the execution in a <c>graphql.execute</c> child.</summary>
    private async Task<ExecutionResult> ExecuteTracedAsync(Activity operation, bool owned, GraphQLRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var (_, execution, failure) = await PrepareAsync(request, cancellationToken, operation).ConfigureAwait(false);
            ExecutionResult result;
            if (execution is null) result = failure!;
            else
            {
                using var execute = GraphQLTelemetry.StartChild("graphql.execute");
                result = await execution.ExecuteAsync().ConfigureAwait(false);
            }
            GraphQLTelemetry.Complete(operation, result);
            return result;
        }
        finally
        {
            if (owned) operation.Dispose();
        }
    }

    private static async Task<ExecutionResult> ExecuteAfterGateAsync(ValueTask<Prepared> prepared)
    {
        var (_, execution, failure) = await prepared.ConfigureAwait(false);
        return execution is null ? failure! : await execution.ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a subscription request through the same pipeline (cache, validation, operation, allowed operations,
    /// gate, variables) and returns its response stream, or the result that explains why there is none.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var (args, execution, failure) = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (execution is null) return new SubscriptionResult(failure, null);
        var subscribed = await Executor.SubscribeAsync(args!, execution).ConfigureAwait(false);
        // "Expected subscription operation." is an operation-selection failure too.
        return subscribed.FailureResult is { Failure: RequestFailure.OperationSelection } notSubscription
            ? new SubscriptionResult(WithCode(notSubscription, ErrorCodes.OperationResolutionFailure), null)
            : subscribed;
    }

    /// <summary>The arguments and prepared operation, or the failure that ends the request before execution.</summary>
    private readonly record struct Prepared(ExecutionArgs? Args, OperationExecution? Execution, ExecutionResult? Failure);

    /// <summary>Everything up to and including variable coercion; completes synchronously unless a gate is asynchronous.</summary>
    private ValueTask<Prepared> PrepareAsync(GraphQLRequest request, CancellationToken cancellationToken, Activity? traced = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = _cache.GetOrAdd(request.Query ?? "", _createEntry);
        if (entry.Failure is { } cachedFailure) return Fail(cachedFailure);
        var document = entry.Document!;
        var operation = Executor.SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return Fail(ExecutionResult.FromErrors(RequestFailure.OperationSelection,
                selectionError!.WithDefaultCode(ErrorCodes.OperationResolutionFailure)));
        }
        if (traced is not null) GraphQLTelemetry.Describe(traced, operation);
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
        if (_options.Gate is { } gate) return GateAsync(gate, args, operation, request, cancellationToken);
        return new(CoerceVariables(args, operation));

        static ValueTask<Prepared> Fail(ExecutionResult result) => new(new Prepared(null, null, result));
    }

    private async ValueTask<Prepared> GateAsync(IExecutionGate gate, ExecutionArgs args, OperationDefinitionNode operation,
        GraphQLRequest request, CancellationToken cancellationToken)
    {
        var refusal = await gate.CheckAsync(new ExecutionGateContext(_options.Schema, args.Document, operation, request), cancellationToken)
            .ConfigureAwait(false);
        if (refusal is { Count: > 0 })
            return new(null, null, new ExecutionResult { Failure = RequestFailure.Refused, Errors = refusal, OperationType = operation.Operation });
        return CoerceVariables(args, operation);
    }

    private static Prepared CoerceVariables(ExecutionArgs args, OperationDefinitionNode operation)
    {
        var execution = Executor.Prepare(args, operation, out var failure);
        return execution is not null
            ? new(args, execution, null)
            : new(null, null, WithCode(failure!, ErrorCodes.BadUserInput));
    }

    /// <summary>The failure with <paramref name="code"/> on every error that has none (a new result only when one changes).</summary>
    private static ExecutionResult WithCode(ExecutionResult failure, string code)
    {
        if (failure.Errors is not { Count: > 0 } errors) return failure;
        var coded = CodeAll(errors, code);
        if (ReferenceEquals(coded, errors)) return failure;
        return new ExecutionResult
        {
            Failure = failure.Failure,
            OperationType = failure.OperationType,
            Errors = coded,
            Extensions = failure.Extensions,
            Data = failure.Data,
        };
    }

    private static IReadOnlyList<GraphQLError> CodeAll(IReadOnlyList<GraphQLError> errors, string code)
    {
        GraphQLError[]? coded = null;
        for (int i = 0; i < errors.Count; i++)
        {
            var error = errors[i].WithDefaultCode(code);
            if (coded is null)
            {
                if (ReferenceEquals(error, errors[i])) continue;
                coded = new GraphQLError[errors.Count];
                for (int j = 0; j < i; j++) coded[j] = errors[j];
            }
            coded[i] = error;
        }
        return coded ?? errors;
    }

    private static readonly IReadOnlyDictionary<string, object?> NotAllowedExtensions = ErrorCodes.Extensions(ErrorCodes.OperationNotAllowed);

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => type switch
    {
        OperationType.Query => (allowed & AllowedOperations.Query) != 0,
        OperationType.Mutation => (allowed & AllowedOperations.Mutation) != 0,
        _ => (allowed & AllowedOperations.Subscription) != 0,
    };

    /// <summary>Parses and validates a new text; a failure is built (and its errors coded) here, once per text.</summary>
    private CachedDocument CreateEntry(string text)
    {
        DocumentNode document;
        using (var parse = GraphQLTelemetry.StartChild("graphql.parse"))
        {
            try
            {
                document = Parser.Parse(new Source(text), _parserOptions);
            }
            catch (GraphQLError error)
            {
                parse?.SetStatus(ActivityStatusCode.Error, nameof(RequestFailure.Syntax));
                return new CachedDocument(text, ExecutionResult.FromErrors(RequestFailure.Syntax, error.WithDefaultCode(ErrorCodes.ParseFailed)));
            }
        }
        IReadOnlyList<GraphQLError> errors;
        using (var validation = GraphQLTelemetry.StartChild("graphql.validate"))
        {
            errors = _options.Validate is { } validate
                ? validate(_options.Schema, document, _options.MaxErrors)
                : DocumentValidator.Validate(_options.Schema, document, null, _options.MaxErrors, _options.HideSuggestions);
            if (errors.Count > 0) validation?.SetStatus(ActivityStatusCode.Error, nameof(RequestFailure.Validation));
        }
        if (errors.Count == 0) return new CachedDocument(text, document);
        return new CachedDocument(text, new ExecutionResult
        {
            Failure = RequestFailure.Validation,
            Errors = CodeAll(errors, ErrorCodes.ValidationFailed),
        });
    }
}
