using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Partnership.Gateway.RateLimiting;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.RateLimiting;

/// <summary>
/// Per-caller limits on the GraphQL endpoint (<c>RateLimiting:*</c>): what a client sees when it sends too many requests,
/// or has too many in flight, and that other callers, health checks and a disabled limiter are not affected. No test
/// waits for a window to pass: each limit is reached by counting requests, or by holding one in flight.
/// </summary>
public sealed class RateLimitingTests
{
    private const string Me = """{"query":"{ me { agency } }"}""";

    private static GatewayFactory Factory(int permitsPerMinute = 1000, int concurrent = 100, int queued = 0, bool enabled = true,
        Action<IServiceCollection>? services = null) => new()
        {
            Settings =
            {
                ["RateLimiting:Enabled"] = enabled ? "true" : "false",
                ["RateLimiting:PermitsPerMinute"] = permitsPerMinute.ToString(),
                ["RateLimiting:ConcurrentRequestsPerCaller"] = concurrent.ToString(),
                ["RateLimiting:QueuedRequestsPerCaller"] = queued.ToString(),
            },
            TestServices = services,
        };

    private static async Task<JsonNode> ErrorCodeOf(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!;

    [Fact]
    public async Task Post_OverPermitsPerMinute_429WithRetryAfterAndRateLimitedCode()
    {
        await using var factory = Factory(permitsPerMinute: 3);
        using var client = factory.CreateClient();
        var police = factory.Token(Agency.Police);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(GatewayFactory.Post(Me, police))).StatusCode);
        var refused = await client.SendAsync(GatewayFactory.Post(Me, police));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.StartsWith("application/json", refused.Content.Headers.ContentType!.ToString());
        Assert.Equal("RATE_LIMITED", (await ErrorCodeOf(refused)).GetValue<string>());
    }

    [Fact]
    public async Task Post_OneCallerOverItsLimit_OtherCallersAndHealthUnaffected()
    {
        await using var factory = Factory(permitsPerMinute: 2);
        using var client = factory.CreateClient();
        var police = factory.Token(Agency.Police);
        for (var i = 0; i < 2; i++) await client.SendAsync(GatewayFactory.Post(Me, police));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(GatewayFactory.Post(Me, police))).StatusCode);

        var health = await client.SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Health)));
        var anonymous = await client.SendAsync(GatewayFactory.Post("""{"query":"{ __typename }"}"""));
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Post_SameSubjectInAnotherToken_SharesTheLimit()
    {
        await using var factory = Factory(permitsPerMinute: 2);
        using var client = factory.CreateClient();
        await client.SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Police, la: ["871"])));
        await client.SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Police, la: ["870"])));

        // A fresh token of the same subject starts no fresh budget.
        var refused = await client.SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Police, lifetime: TimeSpan.FromMinutes(30))));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousOverTheLimit_429ByClientAddress()
    {
        await using var factory = Factory(permitsPerMinute: 1);
        using var client = factory.CreateClient();
        var typename = """{"query":"{ __typename }"}""";

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(GatewayFactory.Post(typename))).StatusCode);
        var refused = await client.SendAsync(GatewayFactory.Post(typename));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RATE_LIMITED", (await ErrorCodeOf(refused)).GetValue<string>());
        // A caller with a token has its own budget.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(GatewayFactory.Post(Me, factory.Token()))).StatusCode);
    }

    [Fact]
    public async Task Post_Disabled_NeverLimited()
    {
        await using var factory = Factory(permitsPerMinute: 1, concurrent: 1, enabled: false);
        using var client = factory.CreateClient();
        var police = factory.Token(Agency.Police);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(GatewayFactory.Post(Me, police))).StatusCode);
    }

    [Fact]
    public async Task Post_ConcurrencyLimitReached_NextRequestOfThatCaller429OtherCallersRun()
    {
        var hold = new Hold();
        await using var factory = Factory(concurrent: 1, queued: 0, services: s => AddHold(s, hold));
        using var client = factory.CreateClient();
        var police = factory.Token(Agency.Police);

        var held = client.SendAsync(Held(GatewayFactory.Post(Me, police)));
        await hold.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.SendAsync(GatewayFactory.Post(Me, police));
        var other = await client.SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Health)));
        hold.Release.SetResult();
        var first = await held.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        Assert.Equal("RATE_LIMITED", (await ErrorCodeOf(second)).GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(GatewayFactory.Post(Me, police))).StatusCode);
    }

    [Fact]
    public async Task Post_ConcurrencyLimitWithQueue_NextRequestWaitsThenRuns()
    {
        var hold = new Hold();
        await using var factory = Factory(concurrent: 1, queued: 1, services: s => AddHold(s, hold));
        using var client = factory.CreateClient();
        var police = factory.Token(Agency.Police);

        var held = client.SendAsync(Held(GatewayFactory.Post(Me, police)));
        await hold.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The queue holds one: of the next two, one waits for the slot and the other is refused at once.
        var a = client.SendAsync(GatewayFactory.Post(Me, police));
        var b = client.SendAsync(GatewayFactory.Post(Me, police));
        var answeredFirst = await Task.WhenAny(a, b).WaitAsync(TimeSpan.FromSeconds(30));
        var queued = answeredFirst == a ? b : a;
        var refused = await answeredFirst;
        Assert.False(queued.IsCompleted);
        hold.Release.SetResult();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await held.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode);
    }

    [Fact]
    public async Task Subscribe_OverPermitsPerMinute_ErrorRateLimitedOnThatIdConnectionGoesOn()
    {
        await using var factory = Factory(permitsPerMinute: 2);
        factory.CreateClient().Dispose();
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        // The upgrade carries no token (a browser's does not): it spends a permit of the client's address, not the police's.
        using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + factory.Token(Agency.Police) } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        // One permit over HTTP, one over the socket: the same budget.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(GatewayFactory.Post(Me, factory.Token(Agency.Police)))).StatusCode);

        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { agency } }" } });
        var next = await ReceiveAsync(socket);
        Assert.Equal("complete", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { id = "2", type = "subscribe", payload = new { query = "{ me { agency } }" } });
        var refused = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "ping" });
        var pong = await ReceiveAsync(socket);

        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("2", refused["id"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("pong", pong["type"]!.GetValue<string>());
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        if (received.MessageType == WebSocketMessageType.Close) return new JsonObject { ["close"] = (int?)received.CloseStatus };
        Assert.True(received.EndOfMessage);
        return (JsonObject)JsonNode.Parse(buffer.AsSpan(0, received.Count))!;
    }

    [Theory]
    [InlineData("RateLimiting:PermitsPerMinute", "0")]
    [InlineData("RateLimiting:ConcurrentRequestsPerCaller", "0")]
    [InlineData("RateLimiting:QueuedRequestsPerCaller", "-1")]
    [InlineData("GraphQL:WebSocketMaxConnectionsPerCaller", "-1")]
    [InlineData("GraphQL:WebSocketMaxOperationsPerConnection", "-1")]
    public void Start_InvalidLimit_RefusedNamingTheSetting(string setting, string value)
    {
        using var factory = new GatewayFactory { Settings = { [setting] = value } };

        var e = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(setting, e.Message);
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Production", true)]
    public void Defaults_HubSettingsByEnvironment_OnOutsideDevelopmentAndGenerous(string environment, bool enabled)
    {
        var directory = Path.Combine(Repository.Root, "src", "Partnership.Gateway");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(directory, "appsettings.json"))
            .AddJsonFile(Path.Combine(directory, $"appsettings.{environment}.json"), optional: true)
            .Build();
        var limits = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        var socket = configuration.GetSection("GraphQL").Get<GraphQLHttpOptions>() ?? new GraphQLHttpOptions();

        Assert.Equal(enabled, limits.Enabled);
        Assert.Equal(3000, limits.PermitsPerMinute);
        Assert.Equal(8, limits.ConcurrentRequestsPerCaller);
        Assert.Equal(32, limits.QueuedRequestsPerCaller);
        Assert.Equal(10, socket.WebSocketMaxConnectionsPerCaller);
        Assert.Equal(100, socket.WebSocketMaxOperationsPerConnection);
    }

    private static HttpRequestMessage Held(HttpRequestMessage message)
    {
        message.Headers.Add(HoldGate.Header, "1");
        return message;
    }

    private static void AddHold(IServiceCollection services, Hold hold)
    {
        services.AddSingleton(hold);
        services.AddScoped<IGraphQLRequestGate, HoldGate>();
    }

    /// <summary>Holds a request marked with a header inside the pipeline (its concurrency slot taken) until released.</summary>
    internal sealed class Hold
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class HoldGate(Hold hold) : IGraphQLRequestGate
    {
        public const string Header = "X-Test-Hold";

        public async ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context)
        {
            if (!context.HttpContext.Request.Headers.ContainsKey(Header)) return null;
            hold.Entered.TrySetResult();
            await hold.Release.Task;
            return null;
        }
    }
}
