using System.Diagnostics;
using Partnership.GraphQL.Cost;
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
        if (_options.ExecutionTimeout is { } timeout) return ExecuteWithTimeoutAsync(request, timeout, cancellationToken);
        return ExecuteUntimedAsync(request, cancellationToken);
    }

    /// <summary>
    /// Runs the request with its cancellation token linked to <paramref name="timeout"/>: a request that runs out of
    /// time answers one <c>TIMEOUT</c> error and no data; one the caller cancels still throws.
    /// </summary>
    private async Task<ExecutionResult> ExecuteWithTimeoutAsync(GraphQLRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await ExecuteUntimedAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult
            {
                Failure = RequestFailure.Refused,
                Errors = [new GraphQLError($"The request took longer than the limit of {timeout.TotalSeconds:0.###} seconds and was stopped.",
                    extensions: ErrorCodes.Extensions(ErrorCodes.Timeout))],
            };
        }
    }

    private Task<ExecutionResult> ExecuteUntimedAsync(GraphQLRequest request, CancellationToken cancellationToken)
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
        var limits = _options.Cost;
        if (limits.MaxAliases is { } maxAliases && entry.AliasCount > maxAliases)
        {
            return Fail(new ExecutionResult
            {
                Failure = RequestFailure.Refused,
                OperationType = operation.Operation,
                Errors = [new GraphQLError($"The document has {entry.AliasCount} aliases; the limit is {maxAliases}.",
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = ErrorCodes.MaxAliasesExceeded,
                        ["aliases"] = entry.AliasCount,
                        ["maxAliases"] = maxAliases,
                    })],
            });
        }
        if (_options.Gate is { } gate) return GateAsync(gate, args, operation, request, cancellationToken, entry);
        return new(CoerceVariables(args, operation, entry));

        static ValueTask<Prepared> Fail(ExecutionResult result) => new(new Prepared(null, null, result));
    }

    private async ValueTask<Prepared> GateAsync(IExecutionGate gate, ExecutionArgs args, OperationDefinitionNode operation,
        GraphQLRequest request, CancellationToken cancellationToken, CachedDocument entry)
    {
        var refusal = await gate.CheckAsync(new ExecutionGateContext(_options.Schema, args.Document, operation, request), cancellationToken)
            .ConfigureAwait(false);
        if (refusal is { Count: > 0 })
            return new(null, null, new ExecutionResult { Failure = RequestFailure.Refused, Errors = refusal, OperationType = operation.Operation });
        return CoerceVariables(args, operation, entry);
    }

    private Prepared CoerceVariables(ExecutionArgs args, OperationDefinitionNode operation, CachedDocument entry)
    {
        var execution = Executor.Prepare(args, operation, out var failure);
        if (execution is null) return new(null, null, WithCode(failure!, ErrorCodes.BadUserInput));
        if (_options.Cost.Enabled && CheckCost(entry, operation, execution.VariableValues) is { } refused) return new(null, null, refused);
        return new(args, execution, null);
    }

    /// <summary>The refusal when the operation's cost or depth is over a limit; null when it may run.</summary>
    private ExecutionResult? CheckCost(CachedDocument entry, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        var limits = _options.Cost;
        CostReport report;
        if (operation.VariableDefinitions.Count == 0)
        {
            // No variables: the cost is the document's own, computed once and kept with the cached document.
            var costs = entry.Costs ??= new(ReferenceEqualityComparer.Instance);
            if (!costs.TryGetValue(operation, out report))
            {
                report = Analyze(entry.Document!, operation, variables, limits);
                costs.TryAdd(operation, report);
            }
        }
        else report = Analyze(entry.Document!, operation, variables, limits);

        if (limits.MaxCost is { } maxCost && report.Cost > maxCost)
        {
            var cost = CostValue(report.Cost);
            return Refuse(operation, report.Stopped
                ? $"The operation's estimated cost is more than {cost}; the limit is {maxCost}. Ask for fewer items (first/last) or fewer nested lists."
                : $"The operation's estimated cost is {cost}; the limit is {maxCost}. Ask for fewer items (first/last) or fewer nested lists.", new()
                {
                    ["code"] = ErrorCodes.MaxCostExceeded,
                    ["cost"] = cost,
                    ["maxCost"] = maxCost,
                });
        }
        if (limits.MaxDepth is { } maxDepth && report.Depth > maxDepth)
        {
            return Refuse(operation, $"The operation selects fields {report.Depth} levels deep; the limit is {maxDepth}.", new()
            {
                ["code"] = ErrorCodes.MaxDepthExceeded,
                ["depth"] = report.Depth,
                ["maxDepth"] = maxDepth,
            });
        }
        return null;
    }

    private CostReport Analyze(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, CostOptions limits) =>
        CostAnalysis.Analyze(_options.Schema, document, operation, variables, limits.DefaultListSize,
            // Past a hundred times the limit, the exact figure no longer matters: stop, so a pathological document costs little to refuse.
            limits.MaxCost is { } max ? max * 100.0 : double.PositiveInfinity);

    /// <summary>The cost as a JSON integer (capped, so a huge estimate still serialises).</summary>
    private static long CostValue(double cost) => cost >= long.MaxValue / 2 ? long.MaxValue / 2 : (long)Math.Ceiling(cost);

    private static ExecutionResult Refuse(OperationDefinitionNode operation, string message, Dictionary<string, object?> extensions) => new()
    {
        Failure = RequestFailure.Refused,
        OperationType = operation.Operation,
        Errors = [new GraphQLError(message, [operation], extensions: extensions)],
    };

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
