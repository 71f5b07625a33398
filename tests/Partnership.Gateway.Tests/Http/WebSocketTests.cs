using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Gateway.Auth;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Http;

/// <summary>
/// GraphQL over WebSocket, the graphql-transport-ws protocol of the graphql-ws library: the handshake, its close codes, queries
/// and subscriptions, and the hub's <c>notificationReceived</c> subscription delivering (and auditing) a notice as it is written.
/// </summary>
public sealed class WebSocketTests : IAsyncLifetime
{
    private readonly GatewayFactory _host = new()
    {
        Settings = { ["GraphQL:WebSocketConnectionInitTimeout"] = "00:00:01", ["Sharing:NotificationPollInterval"] = "00:00:00.2" },
    };

    public Task InitializeAsync()
    {
        _host.CreateClient().Dispose(); // start the host (migrates and seeds)
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Token(Agency agency, string organisation, string[] councils) => _host.Token(agency, councils, organisation: organisation);

    private string SocialCare => Token(Agency.SocialCare, "Slough Hub 1 (child protection)", ["871"]);

    private async Task<WebSocket> ConnectAsync(string? subProtocol = "graphql-transport-ws")
    {
        var client = _host.Server.CreateWebSocketClient();
        if (subProtocol is not null) client.SubProtocols.Add(subProtocol);
        return await client.ConnectAsync(new Uri(_host.Server.BaseAddress, "graphql"), CancellationToken.None);
    }

    private static Task SendAsync(WebSocket socket, object message) => WebSocketMessages.SendAsync(socket, message);

    private static Task<JsonObject> ReceiveAsync(WebSocket socket, int seconds = 15) => WebSocketMessages.ReceiveAsync(socket, seconds);

    private async Task<WebSocket> AcknowledgedAsync(string token)
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        return socket;
    }

    [Fact]
    public async Task Subscribe_QueryWithTokenInConnectionInit_NextThenComplete()
    {
        using var socket = await AcknowledgedAsync(SocialCare);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { agency localAuthorities } }" } });
        var next = await ReceiveAsync(socket);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("1", next["id"]!.GetValue<string>());
        Assert.Equal("SOCIAL_CARE", next["payload"]!["data"]!["me"]!["agency"]!.GetValue<string>());
        Assert.Equal("complete", (await ReceiveAsync(socket))["type"]!.GetValue<string>());

        await SendAsync(socket, new { type = "ping" });
        Assert.Equal("pong", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribe_InvalidDocument_ErrorMessageWithTheGraphqlJsMessage()
    {
        using var socket = await AcknowledgedAsync(SocialCare);
        await SendAsync(socket, new { id = "v", type = "subscribe", payload = new { query = "subscription { nope }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("Cannot query field \"nope\" on type \"Subscription\".", error["payload"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Subscribe_WithoutAToken_RefusedLikeHttp()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
        await SendAsync(socket, new { id = "a", type = "subscribe", payload = new { query = "subscription { notificationReceived { id } }" } });
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("NOT_AUTHENTICATED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("forged", 4403)]
    [InlineData("subscribe-first", 4401)]
    [InlineData("no-init", 4408)]
    [InlineData("two-inits", 4429)]
    [InlineData("not-json", 4400)]
    public async Task Connection_ProtocolViolations_ClosedWithTheProtocolsCode(string violation, int code)
    {
        var socket = await ConnectAsync();
        switch (violation)
        {
            case "forged":
                await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + SocialCare + "x" } });
                break;
            case "subscribe-first":
                await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ __typename }" } });
                break;
            case "no-init":
                break;
            case "two-inits":
                await SendAsync(socket, new { type = "connection_init" });
                Assert.Equal("connection_ack", (await ReceiveAsync(socket))["type"]!.GetValue<string>());
                await SendAsync(socket, new { type = "connection_init" });
                break;
            case "not-json":
                await socket.SendAsync("{ nope"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
                break;
        }
        Assert.Equal(code, (await ReceiveAsync(socket))["close"]!.GetValue<int>());
    }

    [Fact]
    public async Task Connection_WithoutTheSubprotocol_Closed4406()
    {
        var socket = await ConnectAsync(subProtocol: null);
        Assert.Equal(4406, (await ReceiveAsync(socket))["close"]!.GetValue<int>());
    }

    [Fact]
    public async Task NotificationReceived_PoliceReadsAChildOfTheHub_NoticeArrivesAuditedAndStopsOnComplete()
    {
        using var socket = await AcknowledgedAsync(SocialCare);
        await SendAsync(socket, new { id = "n", type = "subscribe", payload = new { query = "subscription Inbox { notificationReceived { kind childId triggeredByAgency message } }" } });
        await SendAsync(socket, new { id = "n", type = "subscribe", payload = new { query = "{ __typename }" } });
        Assert.Equal(4409, (await ReceiveAsync(socket))["close"]!.GetValue<int>()); // the same id twice closes the connection

        using var again = await AcknowledgedAsync(SocialCare);
        await SendAsync(again, new { id = "n", type = "subscribe", payload = new { query = "subscription Inbox { notificationReceived { kind childId triggeredByAgency message } }" } });
        await Task.Delay(500); // subscribed: what is written from now on is news

        // Police read the children of their strategy meetings; the hub holding one of them is told.
        var police = Token(Agency.Police, "Thames Valley Police Slough LPA", ["871", "870"]);
        using var http = _host.CreateClient();
        var read = await http.SendAsync(GatewayFactory.Post("""{"query":"{ strategyMeetings(first: 30) { nodes { children { firstName } } } }"}""", police));
        Assert.True(read.IsSuccessStatusCode);

        var next = await ReceiveAsync(again);
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal("POLICE", next["payload"]!["data"]!["notificationReceived"]!["triggeredByAgency"]!.GetValue<string>());
        using (var scope = _host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
            Assert.True(await db.AccessAuditEntries.AnyAsync(e => e.Operation.Contains("notificationReceived")));
        }

        await SendAsync(again, new { id = "n", type = "complete" });
        await SendAsync(again, new { type = "ping" });
        // Pending notices may still be in flight; after them only the pong comes, never a complete for "n".
        JsonObject message;
        do message = await ReceiveAsync(again); while (message["type"]!.GetValue<string>() == "next");
        Assert.Equal("pong", message["type"]!.GetValue<string>());
    }
}

/// <summary>The graphql-ws library's own client (audit/ws-client.mjs) against the hub on a real socket.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task GraphqlWsClient_QueryInvalidAndSubscription_AsTheLibraryExpects()
    {
        await using var factory = new GatewayFactory();
        var url = factory.StartOnLoopback();
        var ws = new UriBuilder(url) { Scheme = "ws" }.Uri;
        var token = factory.Token(Agency.SocialCare, ["871"], organisation: "Slough Hub 1 (child protection)");
        var text = await NodeScript.RunAsync("graphql-ws", TimeSpan.FromMinutes(1), "ws-client.mjs", ws.ToString(), token);
        var json = JsonNode.Parse(text)!;
        Assert.True(json["query"]?["results"] is JsonArray { Count: > 0 }, text);

        Assert.Equal("SOCIAL_CARE", json["query"]!["results"]![0]!["data"]!["me"]!["agency"]!.GetValue<string>());
        Assert.Null(json["query"]!["error"]);
        Assert.True(json["invalid"]?["error"] is JsonArray, text);
        Assert.Equal("Cannot query field \"nope\" on type \"Caller\".", json["invalid"]!["error"]![0]!.GetValue<string>());
        Assert.Equal("open", json["open"]!.GetValue<string>());
    }
}
