using System.Diagnostics;
using System.Diagnostics.Metrics;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// The engine's traces and metrics (base library only: <see cref="ActivitySource"/> and <see cref="Meter"/>, named
/// <see cref="Name"/>). One <c>graphql.operation</c> span per request with <c>graphql.parse</c> and <c>graphql.validate</c>
/// children when the document is not yet cached, and a <c>graphql.execute</c> child. Spans and metrics carry the operation's
/// type, the operation's name when the document names it, and error codes — never the document, variables or results.
/// With no listener attached <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and nothing is
/// recorded.
/// </summary>
public static class GraphQLTelemetry
{
    public const string Name = "Partnership.GraphQL";

    public const string OperationSpan = "graphql.operation";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Time a transport took to answer a GraphQL request (tags: operation type and name, agency, status).</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "graphql.server.request.duration", "s", "Time to answer a GraphQL request",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>Errors in GraphQL responses, by <c>extensions.code</c>.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "graphql.server.errors", "{error}", "Errors in GraphQL responses by extensions.code");

    public const string OperationTypeTag = "graphql.operation.type";
    public const string OperationNameTag = "graphql.operation.name";
    public const string ErrorCodeTag = "graphql.error.code";

    /// <summary>
    /// A new operation span, or null when nobody listens. A host that wants its own work (an audit, a lookup) inside the
    /// operation starts it; the executor then uses the open span instead of starting another.
    /// </summary>
    public static Activity? StartOperation() => InUnsampledTrace ? null : Source.StartActivity(OperationSpan, ActivityKind.Internal);

    /// <summary>A child span of the operation (parse, validate, execute), or null when nobody listens or the trace is not sampled.</summary>
    public static Activity? StartChild(string name) => InUnsampledTrace ? null : Source.StartActivity(name);

    /// <summary>
    /// The request's trace was not sampled (its span only carries the context): a span under it would not be recorded either, so
    /// none is made — a listener that samples a fraction of requests costs the others no spans.
    /// </summary>
    private static bool InUnsampledTrace => Activity.Current is { Recorded: false, IsAllDataRequested: false };

    /// <summary>The operation span a host opened around this call, when there is one.</summary>
    internal static Activity? OpenOperation() =>
        Activity.Current is { } current && ReferenceEquals(current.Source, Source) && current.OperationName == OperationSpan ? current : null;

    internal static void Describe(Activity activity, OperationDefinitionNode operation)
    {
        if (!activity.IsAllDataRequested) return;
        var type = OperationTypeName(operation.Operation);
        activity.SetTag(OperationTypeTag, type);
        if (SafeName(operation.Name?.Value) is { } name)
        {
            activity.SetTag(OperationNameTag, name);
            activity.DisplayName = type + " " + name;
        }
        else activity.DisplayName = type;
    }

    internal static void Complete(Activity activity, ExecutionResult result)
    {
        if (!activity.IsAllDataRequested) return;
        if (result.Errors is { Count: > 0 } errors)
        {
            activity.SetTag("graphql.error.count", errors.Count);
            if (errors[0].Code is { } code) activity.SetTag(ErrorCodeTag, code);
        }
        if (result.Failure != RequestFailure.None) activity.SetStatus(ActivityStatusCode.Error, result.Failure.ToString());
    }

    public static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    // A document's operation name is a GraphQL Name already; a length limit keeps tags small.
    private static string? SafeName(string? name) => name is { Length: > 0 and <= 100 } ? name : null;
}
