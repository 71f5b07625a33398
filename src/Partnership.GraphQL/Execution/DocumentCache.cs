using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// A parsed and valid document with its execution plan, or the ready-made result of its syntax or validation
/// failure (errors already coded), which every request for the same text gets as is.
/// </summary>
internal sealed class CachedDocument
{
    public CachedDocument(string text, DocumentNode document)
    {
        Text = text;
        Document = document;
        Plan = new DocumentPlan(document);
    }

    public CachedDocument(string text, ExecutionResult failure)
    {
        Text = text;
        Failure = failure;
    }

    public string Text { get; }
    public DocumentNode? Document { get; }

    /// <summary>How many aliased fields the document has (counted once, on first use).</summary>
    public int AliasCount => _aliasCount ??= Cost.CostAnalysis.CountAliases(Document!);
    private int? _aliasCount;

    /// <summary>The cost of each operation that declares no variables (its cost cannot change between requests).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<OperationDefinitionNode, Cost.CostReport>? Costs { get; set; }
    public DocumentPlan? Plan { get; }
    public ExecutionResult? Failure { get; }
}

/// <summary>
/// Parsed and validated documents by the SHA-256 of their UTF-8 text, least recently used evicted first.
/// A hit also compares the text, so even a hash collision cannot run the wrong document.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<DocumentHash, LinkedListNode<(DocumentHash Key, CachedDocument Value)>> _map = [];
    private readonly LinkedList<(DocumentHash Key, CachedDocument Value)> _order = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity) => _capacity = capacity;

    public CachedDocument GetOrAdd(string text, Func<string, CachedDocument> create)
    {
        if (_capacity <= 0) return create(text);
        var key = DocumentHash.Of(text);
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node) && string.Equals(node.Value.Value.Text, text, StringComparison.Ordinal))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Value;
            }
        }
        // Parse and validate outside the lock; two requests racing on a new document both do the work once.
        var created = create(text);
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var existing))
            {
                _order.Remove(existing);
                _map.Remove(key);
            }
            var node = _order.AddFirst((key, created));
            _map[key] = node;
            while (_map.Count > _capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
        return created;
    }

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }
}

/// <summary>The SHA-256 of a document's UTF-8 bytes.</summary>
internal readonly record struct DocumentHash(ulong A, ulong B, ulong C, ulong D)
{
    public static DocumentHash Of(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..length], hash);
            return new DocumentHash(
                BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]),
                BitConverter.ToUInt64(hash[16..24]), BitConverter.ToUInt64(hash[24..]));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
