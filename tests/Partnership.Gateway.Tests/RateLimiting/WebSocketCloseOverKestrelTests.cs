using System.Net.WebSockets;
using System.Text.Json;

namespace Partnership.Gateway.Tests.RateLimiting;

/// <summary>
/// The server's own closes reach a client over a real socket (Kestrel on loopback) with their codes, not as 1006
/// (abnormal closure), which graphql-ws clients would retry at once.
/// </summary>
public sealed class WebSocketCloseOverKestrelTests
{
    private static async Task<(WebSocketCloseStatus? Status, string? Reason)> ClosedAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close) return (received.CloseStatus, received.CloseStatusDescription);
        }
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri graphql)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(graphql) { Scheme = "ws" }.Uri, CancellationToken.None);
        return socket;
    }

    [Fact]
    public async Task Connection_NoInitOverKestrel_ClientSees4408()
    {
        await using var factory = new GatewayFactory { Settings = { ["GraphQL:WebSocketConnectionInitTimeout"] = "00:00:00.5" } };
        var url = factory.StartOnLoopback();
        using var socket = await ConnectAsync(url);

        var (status, _) = await ClosedAsync(socket);

        Assert.Equal(4408, (int?)status);
    }

    [Fact]
    public async Task AnonymousConnectionOverKestrel_AtTheInitTimeout_ClientSees4403()
    {
        await using var factory = new GatewayFactory { Settings = { ["GraphQL:WebSocketConnectionInitTimeout"] = "00:00:00.5" } };
        var url = factory.StartOnLoopback();
        using var socket = await ConnectAsync(url);
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "connection_init" }), WebSocketMessageType.Text, true, CancellationToken.None);

        var (status, _) = await ClosedAsync(socket);

        Assert.Equal(4403, (int?)status);
    }

    [Fact]
    public async Task ConnectionInitOverKestrel_OverConnectionsPerCaller_ClientSees1013()
    {
        await using var factory = new GatewayFactory { Settings = { ["GraphQL:WebSocketMaxConnectionsPerCaller"] = "1" } };
        var url = factory.StartOnLoopback();
        var init = JsonSerializer.SerializeToUtf8Bytes(new { type = "connection_init", payload = new { Authorization = "Bearer " + factory.Token() } });
        using var first = await ConnectAsync(url);
        await first.SendAsync(init, WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        Assert.Equal(WebSocketMessageType.Text, (await first.ReceiveAsync(buffer, CancellationToken.None)).MessageType); // connection_ack

        using var second = await ConnectAsync(url);
        await second.SendAsync(init, WebSocketMessageType.Text, true, CancellationToken.None);
        var (status, _) = await ClosedAsync(second);

        Assert.Equal(1013, (int?)status);
    }
}
