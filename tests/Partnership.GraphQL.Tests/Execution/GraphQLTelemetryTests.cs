using System.Diagnostics;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Execution;

/// <summary>
/// The engine's spans follow the host's sampling: a sampled request gets its operation, parse, validate and execute spans; a
/// request whose trace was not sampled (its span only carries the context, as a ratio sampler leaves most requests) gets none,
/// so sampling a fraction of requests costs the others nothing in the engine.
/// </summary>
public sealed class GraphQLTelemetryTests
{
    private static GraphQLExecutor Create() => new(new GraphQLExecutorOptions
    {
        Schema = SchemaBuilder.BuildSchema("type Query { hello: String }"),
        DocumentCacheSize = 0,
    });

    private static async Task<List<string>> SpansUnderAsync(bool sampled)
    {
        var started = new List<string>();
        ActivityTraceId trace = default; // other tests run the engine meanwhile: only this request's trace counts
        using var host = new ActivitySource("Partnership.Tests.Host." + Guid.NewGuid());
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == GraphQLTelemetry.Name || s.Name == host.Name,
            // As OpenTelemetry does for a trace it drops: the span is made, only to carry the context.
            Sample = (ref ActivityCreationOptions<ActivityContext> o) =>
                sampled ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.PropagationData,
            ActivityStarted = a => { if (a.Source.Name == GraphQLTelemetry.Name && a.TraceId == trace) lock (started) started.Add(a.OperationName); },
        };
        ActivitySource.AddActivityListener(listener);
        using (var request = host.StartActivity("http request"))
        {
            trace = request!.TraceId;
            var result = await Create().ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
            Assert.Null(result.Errors);
        }
        return started;
    }

    [Fact]
    public async Task ExecuteAsync_SampledTrace_OperationWithParseValidateExecute()
    {
        var spans = await SpansUnderAsync(sampled: true);

        Assert.Equal(["graphql.operation", "graphql.parse", "graphql.validate", "graphql.execute"], spans);
    }

    [Fact]
    public async Task ExecuteAsync_TraceNotSampled_NoEngineSpan()
    {
        var spans = await SpansUnderAsync(sampled: false);

        Assert.Empty(spans);
    }
}
