using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partnership.Gateway.Tests.Http;

/// <summary>graphql-transport-ws messages over a test socket: one JSON message out, the next message (or the close) in.</summary>
internal static class WebSocketMessages
{
    public static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or the close status (as <c>{"close": code, "reason": ...}</c>).</summary>
    public static async Task<JsonObject> ReceiveAsync(WebSocket socket, int seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
                return new JsonObject { ["close"] = (int?)received.CloseStatus, ["reason"] = received.CloseStatusDescription };
            message.Write(buffer, 0, received.Count);
        } while (!received.EndOfMessage);
        return (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
    }
}
