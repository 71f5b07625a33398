using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partnership.Gateway.Tests.Clients;

/// <summary>With <c>GraphQL:TrustedDocuments:Only</c>, the WebSocket path runs trusted documents by id and refuses any other, as HTTP does.</summary>
public sealed class TrustedDocumentsWebSocketTests
{
    private const string Me = "query Me { me { agency } }";

    [Fact]
    public async Task Subscribe_OnlyTrusted_RunsADocumentIdAndRefusesAdHocText()
    {
        var directory = Directory.CreateTempSubdirectory("partnership-trusted-").FullName;
        try
        {
            var documentId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Me)));
            var path = Path.Combine(directory, "trusted-documents.json");
            File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { [documentId] = Me }));
            await using var factory = new GatewayFactory
            {
                Settings = { ["GraphQL:TrustedDocuments:Path"] = path, ["GraphQL:TrustedDocuments:Only"] = "true" },
            };
            factory.CreateClient().Dispose();
            var client = factory.Server.CreateWebSocketClient();
            client.SubProtocols.Add("graphql-transport-ws");
            using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
            await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + factory.Token() } });
            Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

            await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { documentId } });
            var next = await ReceiveAsync(socket);
            await ReceiveAsync(socket); // complete
            await SendAsync(socket, new { id = "2", type = "subscribe", payload = new { query = "{ me { localAuthorities } }" } });
            var refused = await ReceiveAsync(socket);

            Assert.Equal("POLICE", next["payload"]!["data"]!["me"]!["agency"]!.GetValue<string>());
            Assert.Equal("error", refused["type"]!.GetValue<string>());
            Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
        } while (!received.EndOfMessage);
        return (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
    }
}
