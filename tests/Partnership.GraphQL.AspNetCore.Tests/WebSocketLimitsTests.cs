using Partnership.GraphQL.AspNetCore.WebSockets;

namespace Partnership.GraphQL.AspNetCore.Tests;

/// <summary>The WebSocket limits' options and the per-caller connection count.</summary>
public sealed class WebSocketLimitsTests
{
    [Fact]
    public void TryOpen_UpToTheLimit_CountsThenRefuses()
    {
        var connections = new GraphQLWebSocketConnections();

        Assert.True(connections.TryOpen("subject:a", 2));
        Assert.True(connections.TryOpen("subject:a", 2));
        Assert.False(connections.TryOpen("subject:a", 2));
        Assert.True(connections.TryOpen("subject:b", 2));
        Assert.Equal(2, connections.OpenFor("subject:a"));
    }

    [Fact]
    public void Close_OneOfTheCallersConnections_MakesRoomForAnother()
    {
        var connections = new GraphQLWebSocketConnections();
        connections.TryOpen("subject:a", 1);

        connections.Close("subject:a");

        Assert.Equal(0, connections.OpenFor("subject:a"));
        Assert.True(connections.TryOpen("subject:a", 1));
    }

    [Fact]
    public void TryOpen_LimitZero_NeverRefuses()
    {
        var connections = new GraphQLWebSocketConnections();

        for (var i = 0; i < 1000; i++) Assert.True(connections.TryOpen("ip:127.0.0.1", 0));

        Assert.Equal(1000, connections.OpenFor("ip:127.0.0.1"));
    }

    [Fact]
    public async Task TryOpenAndClose_Concurrently_CountEndsAtZero()
    {
        var connections = new GraphQLWebSocketConnections();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
                if (connections.TryOpen("subject:a", 0)) connections.Close("subject:a");
        })));

        Assert.Equal(0, connections.OpenFor("subject:a"));
    }

    [Theory]
    [InlineData(-1, 100, "GraphQL:WebSocketMaxConnectionsPerCaller")]
    [InlineData(10, -1, "GraphQL:WebSocketMaxOperationsPerConnection")]
    public void Validate_NegativeLimit_NamesTheSetting(int connections, int operations, string setting)
    {
        var options = new GraphQLHttpOptions { WebSocketMaxConnectionsPerCaller = connections, WebSocketMaxOperationsPerConnection = operations };

        Assert.Contains(options.Validate(), p => p.StartsWith(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_TenConnectionsPerCallerAndHundredOperationsPerConnection()
    {
        var options = new GraphQLHttpOptions();

        Assert.Equal(10, options.WebSocketMaxConnectionsPerCaller);
        Assert.Equal(100, options.WebSocketMaxOperationsPerConnection);
        Assert.Empty(options.Validate());
    }
}
