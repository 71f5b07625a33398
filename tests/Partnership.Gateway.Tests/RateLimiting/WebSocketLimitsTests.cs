using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Gateway.Tests.Http;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.AspNetCore.WebSockets;

namespace Partnership.Gateway.Tests.RateLimiting;

/// <summary>
/// Limits on GraphQL over WebSocket: connections per caller (GraphQL:WebSocketMaxConnectionsPerCaller), operations per
/// connection (GraphQL:WebSocketMaxOperationsPerConnection), and anonymous sockets closed at the init timeout.
/// </summary>
public sealed class WebSocketLimitsTests : IAsyncLifetime
{
    private readonly GatewayFactory _host = new()
    {
        Settings =
        {
            ["GraphQL:WebSocketConnectionInitTimeout"] = "00:00:00.5",
            ["GraphQL:WebSocketMaxConnectionsPerCaller"] = "2",
            ["GraphQL:WebSocketMaxOperationsPerConnection"] = "2",
        },
    };

    public Task InitializeAsync()
    {
        _host.CreateClient().Dispose(); // start the host (migrates and seeds)
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Police => _host.Token(Agency.Police, ["871", "870"], organisation: "Thames Valley Police Slough LPA");

    private string SocialCare => _host.Token(Agency.SocialCare, ["871"], organisation: "Slough Hub 1 (child protection)");

    private async Task<WebSocket> ConnectAsync()
    {
        var client = _host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return await client.ConnectAsync(new Uri(_host.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) => WebSocketMessages.SendAsync(socket, message);

    private static Task<JsonObject> ReceiveAsync(WebSocket socket, int seconds = 15) => WebSocketMessages.ReceiveAsync(socket, seconds);

    private async Task<JsonObject> InitAsync(WebSocket socket, string? token)
    {
        await SendAsync(socket, token is null
            ? new { type = "connection_init" }
            : new { type = "connection_init", payload = (object)new { Authorization = "Bearer " + token } });
        return await ReceiveAsync(socket);
    }

    private async Task<WebSocket> AcknowledgedAsync(string token)
    {
        var socket = await ConnectAsync();
        Assert.Equal("connection_ack", (await InitAsync(socket, token))["type"]!.GetValue<string>());
        return socket;
    }

    [Fact]
    public async Task ConnectionInit_OverConnectionsPerCaller_Closed1013OtherCallerAcknowledged()
    {
        using var first = await AcknowledgedAsync(Police);
        using var second = await AcknowledgedAsync(Police);

        using var third = await ConnectAsync();
        var refused = await InitAsync(third, Police);
        using var other = await ConnectAsync();
        var otherCaller = await InitAsync(other, SocialCare);

        Assert.Equal(1013, refused["close"]!.GetValue<int>());
        Assert.Contains("too many connections", refused["reason"]!.GetValue<string>());
        Assert.Equal("connection_ack", otherCaller["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConnectionInit_AfterOneOfTheCallersConnectionsCloses_Acknowledged()
    {
        using var first = await AcknowledgedAsync(Police);
        using var second = await AcknowledgedAsync(Police);
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        // The server lets the connection go just after answering the close; no clock is involved, only that hand-over.
        var connections = _host.Services.GetRequiredService<GraphQLWebSocketConnections>();
        for (var i = 0; i < 200 && connections.OpenFor("subject:test-Police") > 1; i++) await Task.Delay(10);
        using var third = await AcknowledgedAsync(Police);

        Assert.Equal(2, connections.OpenFor("subject:test-Police"));
    }

    [Fact]
    public async Task Subscribe_OverOperationsPerConnection_ErrorOnThatIdConnectionStaysOpen()
    {
        using var socket = await AcknowledgedAsync(SocialCare);
        var inbox = new { query = "subscription { notificationReceived { id } }" };
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = inbox });
        await SendAsync(socket, new { id = "2", type = "subscribe", payload = inbox });

        await SendAsync(socket, new { id = "3", type = "subscribe", payload = inbox });
        var refused = await ReceiveAsync(socket);
        await SendAsync(socket, new { type = "ping" });
        var pong = await ReceiveAsync(socket);
        // Completing one makes room for another.
        await SendAsync(socket, new { id = "1", type = "complete" });
        await SendAsync(socket, new { id = "4", type = "subscribe", payload = new { query = "{ me { agency } }" } });
        var next = await ReceiveAsync(socket);

        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("3", refused["id"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("pong", pong["type"]!.GetValue<string>());
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("4", next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnonymousConnection_AtTheInitTimeout_Closed4403()
    {
        using var socket = await ConnectAsync();
        Assert.Equal("connection_ack", (await InitAsync(socket, token: null))["type"]!.GetValue<string>());

        var closed = await ReceiveAsync(socket, seconds: 10);

        Assert.Equal(4403, closed["close"]!.GetValue<int>());
    }

    [Fact]
    public async Task AuthenticatedConnection_PastTheInitTimeout_StaysOpen()
    {
        using var socket = await AcknowledgedAsync(SocialCare);
        await Task.Delay(TimeSpan.FromSeconds(1)); // twice the init timeout

        await SendAsync(socket, new { type = "ping" });

        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Connection_NoInit_Closed4408AtTheInitTimeout()
    {
        using var socket = await ConnectAsync();

        Assert.Equal(4408, (await ReceiveAsync(socket, seconds: 10))["close"]!.GetValue<int>());
    }
}
