using System.Collections.Concurrent;

namespace Partnership.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The WebSocket connections open per caller, for <see cref="GraphQLHttpOptions.WebSocketMaxConnectionsPerCaller"/>.
/// One per application (a singleton); a caller's entry goes when its last connection closes.
/// </summary>
internal sealed class GraphQLWebSocketConnections
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Counts a connection of <paramref name="caller"/> unless it already holds <paramref name="max"/> (0: no limit).</summary>
    public bool TryOpen(string caller, int max)
    {
        while (true)
        {
            if (!_open.TryGetValue(caller, out var count))
            {
                if (_open.TryAdd(caller, 1)) return true;
                continue;
            }
            if (max > 0 && count >= max) return false;
            if (_open.TryUpdate(caller, count + 1, count)) return true;
        }
    }

    public void Close(string caller)
    {
        while (_open.TryGetValue(caller, out var count))
        {
            if (count <= 1)
            {
                if (_open.TryRemove(new KeyValuePair<string, int>(caller, count))) return;
            }
            else if (_open.TryUpdate(caller, count - 1, count)) return;
        }
    }

    /// <summary>How many connections <paramref name="caller"/> holds (for tests and metrics).</summary>
    public int OpenFor(string caller) => _open.TryGetValue(caller, out var count) ? count : 0;
}
