using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;

namespace Partnership.Data.Audit;

/// <summary>One child × category seen in a request, and the route that allowed it.</summary>
public sealed record AuditAccess(Guid ChildId, InformationCategory Category, SharingRoute Route);

/// <summary>What to record about one request that returned data about children.</summary>
public sealed record AuditRecord(
    DateTimeOffset OccurredAt, string Subject, Agency Agency, Guid? OrganisationId, string Operation, string Purpose,
    IReadOnlyList<AuditAccess> Items);

/// <summary>The verifier's answer: intact, or the first entry that breaks the chain and why.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>
/// The append-only, hash-chained access audit. Each entry's hash is SHA-256 over a canonical JSON serialisation of the entry
/// (sequence, UTC instant to the microsecond, who, what, why, the previous entry's hash, and its items sorted by child and category).
/// Changing, removing or reordering any entry changes a hash the next entry committed to.
/// </summary>
public static class AuditChain
{
    public static readonly string GenesisHash = new('0', 64);

    // The key of the PostgreSQL advisory lock that serialises appends: every gateway on one database takes it, so appends queue
    // instead of racing for the next sequence (which, under load, exhausted the retries and failed requests with AUDIT_FAILED).
    private const long AppendLockKey = 0x5041_5254_4155_4431; // "PARTAUD1"

    private static long _conflicts;

    /// <summary>Appends that lost the race for a sequence and were retried, since the process started (a health figure: 0 is right).</summary>
    public static long Conflicts => Interlocked.Read(ref _conflicts);

    /// <summary>
    /// Appends an entry in its own transaction (or the caller's, if one is open) and returns it. Concurrent appends are serialised: on
    /// PostgreSQL by a transaction-scoped advisory lock taken before the tail is read (across every gateway on the database), on
    /// SQLite by the write lock its transactions take at the start. Should two ever race, the primary key on the sequence still
    /// refuses the loser, which retries on the new tail. With <paramref name="writeItems"/>, the entry row is saved alone
    /// and the callback writes its items (and anything else that must commit with it, given the entry) in the same transaction — for
    /// writers that insert many rows at once; the hash covers the items either way.
    /// </summary>
    public static async Task<AccessAuditEntry> AppendAsync(PartnershipDbContext db, AuditRecord record, CancellationToken ct = default,
        Func<AccessAuditEntry, IReadOnlyList<AccessAuditItem>, CancellationToken, Task>? writeItems = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ownTransaction = db.Database.CurrentTransaction is null;
            await using var tx = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
                var last = await db.AccessAuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                var entry = NewEntry(record, (last?.Sequence ?? 0) + 1, last?.Hash ?? GenesisHash);
                var items = entry.Items;
                if (writeItems is not null) entry.Items = [];
                db.AccessAuditEntries.Add(entry);
                await db.SaveChangesAsync(ct); // a concurrent append took this sequence: DbUpdateException, retried below
                db.Entry(entry).State = EntityState.Detached;
                foreach (var item in entry.Items) db.Entry(item).State = EntityState.Detached;
                if (writeItems is not null) await writeItems(entry, items, ct);
                if (tx is not null) await tx.CommitAsync(ct);
                entry.Items = items;
                return entry;
            }
            catch (DbUpdateException) when (ownTransaction && attempt < 10)
            {
                Interlocked.Increment(ref _conflicts);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 20) * attempt, ct);
            }
        }
    }

    /// <summary>
    /// Appends several entries in one transaction (group commit): the tail is read once under the same lock as
    /// <see cref="AppendAsync"/>, the entries are chained in the order given, and <paramref name="writeRows"/> stores them (entries,
    /// items and whatever must commit with them) before the commit. Either every entry is durable or none is. Should another
    /// writer take a sequence first (the primary key refuses), the whole batch is chained again on the new tail.
    /// </summary>
    public static async Task<IReadOnlyList<AccessAuditEntry>> AppendBatchAsync(PartnershipDbContext db, IReadOnlyList<AuditRecord> records,
        Func<IReadOnlyList<AccessAuditEntry>, CancellationToken, Task> writeRows, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
                var last = await db.AccessAuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                var sequence = last?.Sequence ?? 0;
                var previous = last?.Hash ?? GenesisHash;
                var entries = new AccessAuditEntry[records.Count];
                for (var i = 0; i < records.Count; i++)
                {
                    entries[i] = NewEntry(records[i], ++sequence, previous);
                    previous = entries[i].Hash;
                }
                await writeRows(entries, ct);
                await tx.CommitAsync(ct);
                return entries;
            }
            catch (Exception e) when (attempt < 10 && SequenceTaken(e))
            {
                Interlocked.Increment(ref _conflicts);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 20) * attempt, ct);
            }
        }
    }

    /// <summary>Whether the store refused a row because its key was taken (another writer appended first).</summary>
    private static bool SequenceTaken(Exception e) => e switch
    {
        DbUpdateException => true,
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException lite => lite.SqliteExtendedErrorCode is 1555 or 2067, // PRIMARYKEY, UNIQUE
        _ => false,
    };

    /// <summary>The entry for <paramref name="record"/> at <paramref name="sequence"/>, linked to and hashed over <paramref name="previousHash"/>.</summary>
    private static AccessAuditEntry NewEntry(AuditRecord record, long sequence, string previousHash)
    {
        var entry = new AccessAuditEntry
        {
            Sequence = sequence,
            OccurredAt = TruncateToMicroseconds(record.OccurredAt.ToUniversalTime()),
            Subject = record.Subject, Agency = record.Agency, OrganisationId = record.OrganisationId,
            Operation = record.Operation, Purpose = record.Purpose,
            PreviousHash = previousHash, Hash = "",
            Items = record.Items
                .DistinctBy(i => (i.ChildId, i.Category))
                .Select(i => new AccessAuditItem { ChildId = i.ChildId, Category = i.Category, Route = i.Route, EntrySequence = sequence })
                .ToList(),
        };
        entry.Hash = ComputeHash(entry);
        return entry;
    }

    /// <summary>Walks the chain in order and reports the first entry whose hash, link or sequence is wrong.</summary>
    public static async Task<AuditVerification> VerifyAsync(PartnershipDbContext db, int batchSize = 2_000, CancellationToken ct = default)
    {
        var previousHash = GenesisHash;
        long expected = 1, checkedCount = 0;
        while (true)
        {
            var batch = await db.AccessAuditEntries.AsNoTracking().Include(e => e.Items)
                .Where(e => e.Sequence >= expected).OrderBy(e => e.Sequence).Take(batchSize).AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0) return new AuditVerification(checkedCount, null, null);
            foreach (var e in batch)
            {
                if (e.Sequence != expected)
                    return new AuditVerification(checkedCount, expected, $"entry {expected} is missing (next entry is {e.Sequence})");
                if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
                    return new AuditVerification(checkedCount, e.Sequence, $"entry {e.Sequence} does not link to the hash of entry {e.Sequence - 1}");
                if (!string.Equals(ComputeHash(e), e.Hash, StringComparison.Ordinal))
                    return new AuditVerification(checkedCount, e.Sequence, $"entry {e.Sequence} was altered: its contents no longer match its hash");
                previousHash = e.Hash;
                expected++;
                checkedCount++;
            }
        }
    }

    /// <summary>Hex SHA-256 of the canonical serialisation (the stored <see cref="AccessAuditEntry.Hash"/> is excluded).</summary>
    public static string ComputeHash(AccessAuditEntry e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStringValue("partnership-audit-v1");
            w.WriteNumberValue(e.Sequence);
            w.WriteStringValue(TruncateToMicroseconds(e.OccurredAt.ToUniversalTime()).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteStringValue(e.Subject);
            w.WriteStringValue(e.Agency.ToString());
            if (e.OrganisationId is { } org) w.WriteStringValue(org.ToString("D")); else w.WriteNullValue();
            w.WriteStringValue(e.Operation);
            w.WriteStringValue(e.Purpose);
            w.WriteStringValue(e.PreviousHash);
            w.WriteStartArray();
            foreach (var i in e.Items.OrderBy(i => i.ChildId.ToString("D"), StringComparer.Ordinal).ThenBy(i => i.Category.ToString(), StringComparer.Ordinal))
            {
                w.WriteStartArray();
                w.WriteStringValue(i.ChildId.ToString("D"));
                w.WriteStringValue(i.Category.ToString());
                w.WriteStringValue(i.Route.ToString());
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    // PostgreSQL keeps microseconds; hashing at that precision makes the hash identical on both providers.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % 10, TimeSpan.Zero);
}
