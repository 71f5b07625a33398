using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Telemetry;

public sealed class TelemetryTests
{
    private const string ChildrenQuery =
        "query ChildrenPage { children(first: 5, order: [{lastName: ASC}]) { nodes { firstName lastName nhsNumber dateOfBirth } } }";

    [Fact]
    public async Task GraphQLRequest_InMemoryExporter_SpanTreeAndMetricsWithoutPersonalData()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var factory = new GatewayFactory
        {
            Settings = { ["OpenTelemetry:SampleRatio"] = "1" },
            TestServices = services => services.AddOpenTelemetry()
                .WithTracing(t => t.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics)),
        };
        var client = factory.CreateClient();
        var token = factory.Token(Agency.SocialCare, ["871"]);
        var traceId = ActivityTraceId.CreateRandom();

        // A document no other test sends, so this host parses and validates it (a cached document skips both spans).
        var document = $"# telemetry {Guid.NewGuid():N}\n" + ChildrenQuery;
        var request = GatewayFactory.Post(JsonSerializer.Serialize(new { query = document, operationName = "ChildrenPage" }), token);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var personal = PersonalDataIn(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(personal);

        // The same personal data in a GET's query string and in variables, and a refused request (an error code to count).
        var nhs = personal.First(p => p.Length == 10 && p.All(char.IsAsciiDigit));
        var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }")
                                        + "&variables=" + Uri.EscapeDataString($$"""{"nhs":"{{nhs}}","name":"{{personal[0]}}"}"""));
        var refused = await client.SendAsync(GatewayFactory.Post(JsonSerializer.Serialize(new { query = ChildrenQuery })));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, get.StatusCode);

        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        List<Activity> trace = [];
        for (var i = 0; i < 50; i++)
        {
            tracer.ForceFlush();
            lock (spans) trace = spans.Where(s => s.TraceId == traceId).ToList();
            if (trace.Any(s => s.Kind == ActivityKind.Server)) break;
            await Task.Delay(100);
        }
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        // HTTP server span → graphql operation → parse, validate, execute; SQL and the audit append inside the operation.
        var server = Assert.Single(trace, s => s.Kind == ActivityKind.Server);
        var operation = Assert.Single(trace, s => s.OperationName == "graphql.operation");
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Equal("query ChildrenPage", operation.DisplayName);
        Assert.Equal("ChildrenPage", operation.GetTagItem("graphql.operation.name"));
        foreach (var name in new[] { "graphql.parse", "graphql.validate", "graphql.execute" })
            Assert.Equal(operation.SpanId, Assert.Single(trace, s => s.OperationName == name).ParentSpanId);
        var sql = trace.Where(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, s => Assert.True(IsInside(s, operation, trace), "a SQL span outside the operation"));
        Assert.Contains(sql, s => IsInside(s, Assert.Single(trace, t => t.OperationName == "graphql.execute"), trace));
        var audit = Assert.Single(trace, s => s.OperationName == "audit.append");
        Assert.Equal(operation.SpanId, audit.ParentSpanId);

        List<Activity> all;
        lock (spans) all = spans.ToList();
        foreach (var span in all)
        {
            var texts = new List<string> { span.DisplayName, span.OperationName, span.StatusDescription ?? "" };
            texts.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            texts.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")));
            AssertNoPersonalData(texts, personal, token, $"span {span.OperationName}");
        }

        List<MetricSnapshot> snapshots;
        lock (metrics) snapshots = metrics.ToList();
        var points = snapshots.SelectMany(m => m.MetricPoints.Select(p => (m.Name, Tags: Tags(p)))).ToList();
        Assert.Contains(points, p => p.Name == "graphql.server.request.duration"
                                     && p.Tags.Contains("graphql.operation.name=ChildrenPage") && p.Tags.Contains("partnership.agency=SOCIAL_CARE"));
        Assert.Contains(points, p => p.Name == "graphql.server.errors" && p.Tags.Contains("graphql.error.code=NOT_AUTHENTICATED"));
        Assert.Contains(points, p => p.Name == "partnership.audit.append.duration" && p.Tags.Contains("partnership.audit.outcome=written"));
        foreach (var (name, tags) in points) AssertNoPersonalData(tags, personal, token, $"metric {name}");
    }

    private static bool IsInside(Activity span, Activity ancestor, List<Activity> trace)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var p); parent = p.ParentSpanId)
            if (p.SpanId == ancestor.SpanId) return true;
        return false;
    }

    private static List<string> Tags(MetricPoint point)
    {
        var tags = new List<string>();
        foreach (var tag in point.Tags) tags.Add($"{tag.Key}={tag.Value}");
        return tags;
    }

    private static void AssertNoPersonalData(IEnumerable<string> texts, List<string> personal, string token, string where)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
            foreach (var item in personal)
                Assert.False(text.Contains(item, StringComparison.OrdinalIgnoreCase), $"{where} carries personal data: {text}");
        }
    }

    /// <summary>The children's names, NHS numbers and dates of birth in a response.</summary>
    private static List<string> PersonalDataIn(string json)
    {
        using var body = JsonDocument.Parse(json);
        var found = new List<string>();
        foreach (var node in body.RootElement.GetProperty("data").GetProperty("children").GetProperty("nodes").EnumerateArray())
        {
            foreach (var field in new[] { "firstName", "lastName", "nhsNumber", "dateOfBirth" })
                if (node.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    found.Add(value.ToString());
            if (node.TryGetProperty("firstName", out var f) && node.TryGetProperty("lastName", out var l))
                found.Add($"{f} {l}");
        }
        return found.Where(v => v.Length >= 4).Distinct().ToList();
    }
}

public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData("OpenTelemetry:Endpoint", "collector:4317")]
    [InlineData("OpenTelemetry:Protocol", "udp")]
    [InlineData("OpenTelemetry:SampleRatio", "2")]
    public async Task Start_InvalidTelemetrySetting_RefusesToStart(string key, string value)
    {
        await using var factory = new GatewayFactory { Settings = { [key] = value } };
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }
}
