using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Data.Model;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Audit;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Audit;

/// <summary>
/// Audit by construction, live: every root field the schema says can return a child's data is run against the test world
/// (<see cref="AuditSamples"/>), and the request's audit entry must name every child it returned. Fields that name no child
/// must return none and write no entry.
/// </summary>
public sealed class AuditedRequestTests(AuditSampleFixture fixture) : IClassFixture<AuditSampleFixture>
{
    private static readonly GraphQLSchemaEntryPoints Roots = new();

    /// <summary>The root fields that can return a child's data, from the schema itself.</summary>
    public static TheoryData<string> RootFields()
    {
        var data = new TheoryData<string>();
        foreach (var coordinate in Roots.Coordinates) data.Add(coordinate);
        return data;
    }

    [Fact]
    public void Samples_EachNamesARootFieldThatCanReturnChildData() =>
        Assert.Empty(AuditSamples.ByField.Keys.Except(Roots.Coordinates));

    [Theory]
    [MemberData(nameof(RootFields))]
    public async Task RootField_ReturningChildData_IsRecordedForEveryChildItReturns(string coordinate)
    {
        Assert.True(AuditSamples.ByField.TryGetValue(coordinate, out var sample),
            $"{coordinate} can return a child's data: add a request that makes it do so to AuditSamples, with the children it returns.");
        var host = fixture.Host;
        var variables = sample.Prepare is null ? sample.Variables : await sample.Prepare(host);
        var before = await LastSequenceAsync();
        var response = sample.Trigger is null ? await host.RunAsync(sample.Caller, sample.Query, variables) : await FirstEventAsync(sample);
        response.AssertNoErrors();

        var field = coordinate[(coordinate.IndexOf('.') + 1)..];
        var value = response.Data?[field];
        if (value is JsonObject { } payload && payload["errors"] is JsonArray errors) Assert.True(errors.Count == 0, response.ToString());
        Assert.True(HasContent(value), $"The sample of {coordinate} returned nothing: {response}");
        // What the caller sent is not the hub's to record; every other child the response names is.
        var returned = ChildIds(value);
        returned.ExceptWith(ChildIds(variables is null ? null : JsonSerializer.SerializeToNode(variables)));
        var entries = await EntriesAsync(before, sample.Caller.Subject);

        if (Roots.Mode(coordinate) == AuditMode.NoChild)
        {
            Assert.Empty(returned);
            Assert.Empty(entries);
            return;
        }
        var expected = new HashSet<Guid>(sample.Children ?? []);
        expected.UnionWith(returned);
        Assert.NotEmpty(expected);
        var entry = Assert.Single(entries);
        var recorded = entry.Items.Select(i => i.ChildId).ToHashSet();
        Assert.True(expected.IsSubsetOf(recorded),
            $"{coordinate} returned children {string.Join(", ", expected.Except(recorded).Select(c => Scenario.Names.GetValueOrDefault(c, c.ToString())))} "
            + $"that its audit entry ({entry.Operation}) does not name: {response}");
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = fixture.Host.NewContext();
        return await db.AccessAuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;
    }

    /// <summary>The entries written since <paramref name="after"/> for this caller: the sample's (a trigger runs as another caller).</summary>
    private async Task<List<AccessAuditEntry>> EntriesAsync(long after, string subject)
    {
        await using var db = fixture.Host.NewContext();
        return await db.AccessAuditEntries.Include(e => e.Items).Where(e => e.Sequence > after && e.Subject == subject).ToListAsync();
    }

    /// <summary>Subscribes, makes the event happen until one arrives (the stream ignores what was there when it started) and returns it.</summary>
    private async Task<Response> FirstEventAsync(AuditSample sample)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var subscribed = await scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>().SubscribeAsync(new GraphQLRequest
        {
            Query = sample.Query, Services = scope.ServiceProvider, User = sample.Caller.ToPrincipal(),
        }, timeout.Token);
        Assert.NotNull(subscribed.Stream);
        await using var events = subscribed.Stream.GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync().AsTask();
        while (!next.IsCompleted && !timeout.IsCancellationRequested)
        {
            await sample.Trigger!(fixture.Host);
            // The stream polls on the hub's clock, a FakeTimeProvider here: move it on by a poll interval.
            fixture.Host.Clock.Advance(fixture.Host.Services.GetRequiredService<IOptions<SharingOptions>>().Value.NotificationPollInterval);
            await Task.WhenAny(next, Task.Delay(250, timeout.Token));
        }
        Assert.True(await next);
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream)) events.Current.WriteTo(writer);
        await timeout.CancelAsync();
        return new Response((JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!);
    }

    private static bool HasContent(JsonNode? node) => node switch
    {
        null => false,
        JsonArray list => list.Count > 0,
        JsonObject obj => obj.Any(p => p.Key is not ("errors" or "totalCount" or "pageInfo") && HasContent(p.Value)),
        _ => true,
    };

    /// <summary>The children whose global ids appear anywhere in <paramref name="node"/>.</summary>
    private static HashSet<Guid> ChildIds(JsonNode? node)
    {
        var found = new HashSet<Guid>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o: foreach (var (_, v) in o) Walk(v); break;
                case JsonArray a: foreach (var v in a) Walk(v); break;
                case JsonValue v when v.TryGetValue<string>(out var text) && IsChildId(text, out var child): found.Add(child); break;
            }
        }
        Walk(node);
        return found;
    }

    private static bool IsChildId(string text, out Guid child)
    {
        child = default;
        try { return GlobalId.Decode(text) is (HubEntities.Child, var key) && Guid.TryParse(key, out child); }
        catch (Partnership.GraphQL.Errors.GraphQLError) { return false; }
    }

    /// <summary>The schema's root entry points, built once.</summary>
    private sealed class GraphQLSchemaEntryPoints
    {
        private readonly Dictionary<string, AuditMode?> _modes;

        public GraphQLSchemaEntryPoints()
        {
            var schema = HubSchema.Create();
            _modes = AuditGuard.EntryPoints(schema, HubSchema.DataOf(schema))
                .Where(e => e.Coordinate.StartsWith("Query.", StringComparison.Ordinal) || e.Coordinate.StartsWith("Mutation.", StringComparison.Ordinal)
                            || e.Coordinate.StartsWith("Subscription.", StringComparison.Ordinal))
                .ToDictionary(e => e.Coordinate, e => e.Mode);
        }

        public IEnumerable<string> Coordinates => _modes.Keys;

        public AuditMode? Mode(string coordinate) => _modes[coordinate];
    }
}
