using System.Security.Claims;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// Runs one operation (spec ExecuteQuery/ExecuteMutation, graphql-js 17.1 <c>Executor</c>). Fields write their
/// completed values into slots of the result tree; a field error nulls the nearest nullable slot by walking the
/// tree's parent links, so no exception crosses a field boundary. Resolvers that complete synchronously never
/// allocate a task; pending ones are counted, and the operation finishes when the count returns to zero.
/// </summary>
internal sealed partial class OperationExecution
{
    // Errors, propagation and the idle signal share one monitor: the error list (no extra lock object per request).
    private readonly List<GraphQLError> _errors = [];
    private FieldCollector? _collector;
    private int _pending;
    private TaskCompletionSource? _idle;
    private volatile bool _cancelled;

    public OperationExecution(ExecutionArgs args, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables,
        object? rootValue, bool sharedPlan)
    {
        Schema = args.Schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variables;
        RootValue = rootValue;
        Services = args.Services;
        User = args.User;
        ContextData = args.ContextData ?? new Dictionary<string, object?>();
        CancellationToken = args.CancellationToken;
        Options = args.Options;
        Plan = sharedPlan ? args.Plan : null;
    }

    public GraphQLSchema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> VariableValues { get; }
    public object? RootValue { get; }
    public IServiceProvider? Services { get; }
    public ClaimsPrincipal? User { get; }
    public IDictionary<string, object?> ContextData { get; }
    public CancellationToken CancellationToken { get; }
    public ExecutionOptions Options { get; }
    private DocumentPlan? Plan { get; }

    /// <summary>Created on first use: a warm shared plan never collects fields again.</summary>
    internal FieldCollector Collector => _collector ??= new FieldCollector(Schema, Fragments, VariableValues, Plan is not null);

    /// <summary>Executes the operation's root selection set; mutations run their root fields one after another.</summary>
    public async Task<ExecutionResult> ExecuteAsync(bool? serially = null)
    {
        var operationType = Operation.Operation;
        var rootType = Schema.GetRootType(operationType);
        if (rootType is null)
        {
            var error = new GraphQLError($"Schema is not configured to execute {OperationName(operationType)} operation.", [Operation]);
            return new ExecutionResult { Errors = [error], OperationType = operationType };
        }
        var fields = CollectRootFields(rootType);
        var root = new ResultMap(null, 0, false, rootType, fields);
        if (serially ?? operationType == OperationType.Mutation)
        {
            for (int i = 0; i < fields.Count && !root.Dead; i++)
            {
                ExecuteField(rootType, RootValue, fields[i], root, i);
                await WhenIdle().ConfigureAwait(false);
            }
        }
        else
        {
            ExecuteFields(rootType, RootValue, fields, root);
            await WhenIdle().ConfigureAwait(false);
        }
        if (_cancelled || CancellationToken.IsCancellationRequested)
            throw new OperationCanceledException(CancellationToken);
        return new ExecutionResult
        {
            Data = root.Dead ? null : root,
            Errors = _errors.Count == 0 ? null : _errors,
            OperationType = operationType,
        };
    }

    internal static string OperationName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    internal CollectedFields CollectRootFields(ObjectType rootType)
    {
        if (Plan is not null && Plan.TryGetRoot(Operation, out var cached)) return cached;
        var fields = Collector.CollectFields(rootType, Operation.SelectionSet);
        Plan?.SetRoot(Operation, fields);
        return fields;
    }

    /// <summary>A task that completes when no asynchronous field work is left.</summary>
    private Task WhenIdle()
    {
        lock (_errors)
        {
            if (Volatile.Read(ref _pending) == 0) return Task.CompletedTask;
            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    private void BeginAsyncWork() => Interlocked.Increment(ref _pending);

    private void EndAsyncWork()
    {
        if (Interlocked.Decrement(ref _pending) != 0) return;
        lock (_errors)
        {
            if (Volatile.Read(ref _pending) == 0 && _idle is { } idle)
            {
                _idle = null;
                idle.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Records a field error and nulls the nearest nullable slot at or above it (spec "Handling Execution Errors").
    /// An error below a slot that was already nulled is dropped, as graphql-js 17 drops it.
    /// </summary>
    internal void HandleFieldError(Exception exception, GraphQLType type, CollectedField field, ResultNode parent, int index)
    {
        if (exception is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            _cancelled = true;
            return;
        }
        lock (_errors)
        {
            if (parent.IsDeadOrUnderDead()) return;
            var error = Locate(exception, field, parent.PathOf(index));
            ResultNode node = parent;
            int slot = index;
            bool nonNull = type.IsNonNull;
            while (nonNull)
            {
                node.Dead = true;
                if (node.Parent is null)
                {
                    _errors.Add(error);
                    return;
                }
                slot = node.ParentIndex;
                nonNull = node.NonNullSlot;
                node = node.Parent;
            }
            if (node.Values[slot] is ResultNode child) child.Dead = true;
            node.Values[slot] = null;
            _errors.Add(error);
        }
    }

    /// <summary>graphql-js <c>locatedError</c>: adds the field's nodes and path to an error that has none.</summary>
    private GraphQLError Locate(Exception exception, CollectedField field, ResponsePath path)
    {
        if (exception is GraphQLError graphQLError)
        {
            if (graphQLError.Path is not null) return graphQLError;
            return new GraphQLError(graphQLError.Message,
                graphQLError.Nodes.Count > 0 ? graphQLError.Nodes : field.Nodes,
                path.ToList(), graphQLError.Extensions, graphQLError.OriginalError ?? graphQLError);
        }
        if (Options.ExposeExceptionMessages)
            return new GraphQLError(exception.Message, field.Nodes, path.ToList(), originalError: exception);
        return new GraphQLError("Unexpected error.", field.Nodes, path.ToList(), InternalErrorExtensions, exception);
    }

    private static readonly IReadOnlyDictionary<string, object?> InternalErrorExtensions =
        ErrorCodes.Extensions(ErrorCodes.InternalServerError);

    internal void AddRootError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }
}
