using System.Buffers;
using System.Text.Json;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using Xunit.Abstractions;

namespace Partnership.GraphQL.Tests.Execution;

/// <summary>
/// A repeated query must skip parsing and validation and allocate about the same each time: no growth from
/// caches, no per-request re-collection of fields. A flatness check on allocated bytes, never a timing.
/// </summary>
public class AllocationTests(ITestOutputHelper output)
{
    private sealed record Child(string Id, string Name, int Age);

    private static GraphQLExecutor CreateExecutor()
    {
        var children = new Child[10];
        for (int i = 0; i < children.Length; i++) children[i] = new Child("c" + i, "Name " + i, i);
        var child = new ObjectType("Child", t =>
        {
            t.Field("id", Scalars.ID.NonNull()).Resolve<Child>(c => c.Id);
            t.Field("name", Scalars.String).Resolve<Child>(c => c.Name);
            t.Field("age", Scalars.Int).Resolve<Child>(c => c.Age);
        });
        var query = new ObjectType("Query", t =>
        {
            t.Field("children", child.NonNull().List()).Argument("first", Scalars.Int, defaultValue: 10).Resolve(_ => children);
            t.Field("settings", new ObjectType("Settings", s => { s.Field("region", Scalars.String); s.Field("version", Scalars.Int); }))
                .Resolve(_ => Settings);
        });
        return new GraphQLExecutor(new GraphQLExecutorOptions { Schema = new GraphQLSchema(query) });
    }

    private static readonly IReadOnlyDictionary<string, object?> Settings =
        new Dictionary<string, object?> { ["region"] = "north", ["version"] = 3 };

    private const string Query = "query Q($n: Int) { children(first: $n) { id name ...F } settings { region version } } fragment F on Child { age }";

    [Fact]
    public async Task ExecuteAsync_RepeatedCachedQuery_AllocatesTheSameEachTime()
    {
        var executor = CreateExecutor();
        var variables = new Dictionary<string, object?> { ["n"] = 10L };
        var request = new GraphQLRequest { Query = Query, Variables = variables };
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer);

        long Measure()
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            // Synchronous resolvers: the whole request completes on this thread, so the thread's counter sees all of it.
            var task = executor.ExecuteAsync(request);
            Assert.True(task.IsCompletedSuccessfully);
            buffer.ResetWrittenCount();
            writer.Reset();
            task.Result.WriteTo(writer);
            writer.Flush();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var first = Measure();
        for (int i = 0; i < 20; i++) Measure();
        var samples = new long[50];
        for (int i = 0; i < samples.Length; i++) samples[i] = Measure();
        Array.Sort(samples);
        var median = samples[samples.Length / 2];
        output.WriteLine($"first (parse + validate + execute): {first} B; cached: min {samples[0]} B, median {median} B, max {samples[^1]} B");
        Assert.Contains("\"children\":[{\"id\":\"c0\",\"name\":\"Name 0\",\"age\":0}", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        // Flat: the spread across repeats is within 5% of the median, and the cached path skips parse and validation.
        Assert.True(samples[^1] - samples[0] <= median / 20, $"allocations vary: {samples[0]}..{samples[^1]}");
        Assert.True(median < first / 2, $"cached request allocates {median} B, first {first} B");
    }
}
