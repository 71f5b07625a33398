using System.Runtime.CompilerServices;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// The outcome of subscribing (graphql-js <c>subscribe</c>): either a response stream, or a result with the errors
/// that prevented one (no data, <see cref="ExecutionResult.Failure"/> set when it failed before the source stream).
/// </summary>
public sealed class SubscriptionResult
{
    /// <summary>Either a failure (no stream) or a stream; executors that wrap another one build their own.</summary>
    public SubscriptionResult(ExecutionResult? failure, IAsyncEnumerable<ExecutionResult>? stream)
    {
        if ((failure is null) == (stream is null)) throw new ArgumentException("A subscription result has either a failure or a stream.");
        FailureResult = failure;
        Stream = stream;
    }

    /// <summary>The response stream: one result per source event, each executed as the spec's ExecuteSubscriptionEvent.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Set when no stream could be created.</summary>
    public ExecutionResult? FailureResult { get; }

    public bool IsStream => Stream is not null;
}

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Spec CreateSourceEventStream (graphql-js 17.1 <c>executeSubscription</c>): resolves the single root field's
    /// source stream through its <see cref="FieldDefinition.SubscribeResolver"/>, or the default (the root value's
    /// property of the field's name).
    /// </summary>
    public async Task<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync()
    {
        var rootType = Schema.SubscriptionType;
        if (rootType is null)
            return (null, new GraphQLError("Schema is not configured to execute subscription operation.", [Operation]));
        CollectedFields fields;
        try
        {
            fields = Collector.CollectFields(rootType, Operation.SelectionSet);
        }
        catch (GraphQLError error)
        {
            return (null, error);
        }
        if (fields.Count == 0)
        {
            // graphql-js collects unknown fields too and then reports the first one; find it for the message.
            var first = FirstRootField(Operation.SelectionSet);
            if (first is null) return (null, new GraphQLError("Subscription operation must select a field."));
            return (null, new GraphQLError($"The subscription field \"{first.Name.Value}\" is not defined.", [first]));
        }
        var field = fields[0];
        var root = new ResultMap(null, 0, false, rootType, fields);
        try
        {
            var arguments = field.Definition.Arguments.Count > 0
                ? Values.GetArgumentValues(field.Definition.Arguments, field.FirstNode, field.FirstNode.Arguments, VariableValues, Options.HideSuggestions)
                : null;
            var context = new ResolveFieldContext(this, rootType, RootValue, field, arguments, root, 0);
            object? result;
            if (field.Definition.SubscribeResolver is { } subscribe)
            {
                var pending = subscribe(context);
                result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
            }
            else
            {
                // graphql-js's default subscribe resolver is its default field resolver: a function-valued property is called.
                result = DefaultResolve(RootValue, field.Definition.Name);
                if (result is null && !HasProperty(RootValue, field.Definition.Name))
                    throw new GraphQLError("Subscription field must return Async Iterable. Received: undefined.");
                if (result is FieldResolver function)
                {
                    var pending = function(context);
                    result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
                }
            }
            if (result is Exception exception) throw exception;
            if (result is not IAsyncEnumerable<object?> stream)
                throw new GraphQLError($"Subscription field must return Async Iterable. Received: {Inspector.Inspect(result)}.");
            return (stream, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return (null, Locate(exception, field, root.PathOf(0)));
        }
    }

    private static bool HasProperty(object? source, string name) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.ContainsKey(name),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } element => element.TryGetProperty(name, out _),
        IDictionary<string, object?> dictionary => dictionary.ContainsKey(name),
        _ => false,
    };

    private static FieldNode? FirstRootField(SelectionSetNode set)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is FieldNode field) return field;
            if (selection is InlineFragmentNode inline && FirstRootField(inline.SelectionSet) is { } inner) return inner;
        }
        return null;
    }
}
