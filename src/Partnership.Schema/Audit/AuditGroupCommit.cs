using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Data.Audit;
using Partnership.Data.Model;

namespace Partnership.Schema.Audit;

/// <summary>
/// Group commit of the access audit. Every request's entry goes through one queue per process; one writer takes everything
/// queued, chains it in one transaction (<see cref="AuditChain.AppendBatchAsync"/>: one lock, one read of the tail, multi-row
/// inserts of the entries, their items and the notifications) and answers each request only once that transaction has
/// committed. Under load the batches grow instead of the requests racing for the chain's tail, so no request fails for
/// want of a sequence; across gateways the batches queue on the same database lock. A request whose entry cannot be written
/// still fails: the writer retries a failed batch entry by entry, so one refused entry fails only its own request.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable
{
    /// <summary>At most this many entries per transaction, and about this many items, so one commit stays short.</summary>
    internal const int MaxEntries = 256, MaxItems = 20_000;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly Task _writer;
    private long _batches, _entries;

    /// <param name="scopes">Each batch is written on a context of its own scope, as the host registers the context.</param>
    public AuditGroupCommit(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Transactions written and entries in them since start (a health figure: entries / batches is the mean batch).</summary>
    public (long Batches, long Entries) Written => (Interlocked.Read(ref _batches), Interlocked.Read(ref _entries));

    /// <summary>
    /// Queues <paramref name="record"/> and completes when its entry, its items and the notifications
    /// <paramref name="notifications"/> builds for the entry's sequence are durable; faults when they could not be written.
    /// </summary>
    public Task<AccessAuditEntry> AppendAsync(AuditRecord record, Func<long, IReadOnlyList<Notification>> notifications)
    {
        var pending = new Pending(record, notifications, new TaskCompletionSource<AccessAuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(AuditGroupCommit));
        return pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxEntries);
        while (await _queue.Reader.WaitToReadAsync())
        {
            var items = 0;
            while (batch.Count < MaxEntries && items < MaxItems && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                items += next.Record.Items.Count;
            }
            await FlushAsync(batch);
            batch.Clear();
        }
    }

    private async Task FlushAsync(List<Pending> batch)
    {
        try
        {
            await WriteAsync(batch);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var pending in batch)
            {
                try { await WriteAsync([pending]); }
                catch (Exception e) { pending.Done.TrySetException(e); }
            }
        }
        catch (Exception e)
        {
            batch[0].Done.TrySetException(e);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
        var records = new AuditRecord[batch.Count];
        for (var i = 0; i < batch.Count; i++) records[i] = batch[i].Record;
        var entries = await AuditChain.AppendBatchAsync(db, records, async (chained, ct) =>
        {
            var items = new List<AccessAuditItem>();
            var notices = new List<Notification>();
            for (var i = 0; i < chained.Count; i++)
            {
                items.AddRange(chained[i].Items);
                notices.AddRange(batch[i].Notifications(chained[i].Sequence));
            }
            await BulkInsert.InsertAsync(db, chained, ct);
            await BulkInsert.InsertAsync(db, items, ct);
            await BulkInsert.InsertAsync(db, notices, ct);
        });
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _entries, entries.Count);
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(entries[i]);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private sealed record Pending(AuditRecord Record, Func<long, IReadOnlyList<Notification>> Notifications, TaskCompletionSource<AccessAuditEntry> Done);
}
