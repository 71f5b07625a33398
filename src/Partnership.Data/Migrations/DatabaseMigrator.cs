using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partnership.Data.Migrations;

/// <summary>A migration recorded in the history table.</summary>
public sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt);

/// <summary>Raised when the database and the shipped migrations disagree (edited, unknown or refused pending migrations).</summary>
public sealed class MigrationException(string message) : Exception(message);

/// <summary>
/// Applies versioned SQL migrations in order, each in its own transaction, recording them in <c>__PartnershipMigrations</c>.
/// Works without the EF Design package: the scripts are plain SQL per provider.
/// </summary>
public sealed class DatabaseMigrator
{
    internal const string HistoryTable = "__PartnershipMigrations";
    private readonly PartnershipDbContext _db;
    private readonly IReadOnlyList<SchemaMigration> _migrations;
    private readonly TimeProvider _time;

    public DatabaseMigrator(PartnershipDbContext db, IReadOnlyList<SchemaMigration>? migrations = null, TimeProvider? time = null)
    {
        _db = db;
        _migrations = migrations ?? MigrationCatalog.For(db.Provider());
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Migrations shipped but not yet applied. Throws if an applied one was edited or is unknown to this build.</summary>
    public async Task<IReadOnlyList<SchemaMigration>> GetPendingAsync(CancellationToken ct = default)
    {
        await _db.Database.OpenConnectionAsync(ct);
        try { return await PendingAsync(ct); }
        finally { await _db.Database.CloseConnectionAsync(); }
    }

    private async Task<IReadOnlyList<SchemaMigration>> PendingAsync(CancellationToken ct)
    {
        await EnsureHistoryTableAsync(ct);
        var applied = await AppliedAsync(ct);
        foreach (var a in applied)
        {
            var shipped = _migrations.FirstOrDefault(m => m.Version == a.Version)
                ?? throw new MigrationException($"The database has migration {a.Version} ({a.Name}), which this version of the hub does not know; it is newer than the code.");
            if (shipped.Checksum != a.Checksum)
                throw new MigrationException($"Migration {a.Version} ({a.Name}) was changed after it was applied; add a new migration instead of editing an old one.");
        }
        var done = applied.Select(a => a.Version).ToHashSet();
        var pending = _migrations.Where(m => !done.Contains(m.Version)).ToList();
        // A migration numbered below one already applied was written against an older schema: running it now could undo or
        // clash with the later one, so the database is left for a person to reconcile.
        if (applied.Count > 0 && pending.FirstOrDefault(m => m.Version < applied[^1].Version) is { } late)
            throw new MigrationException($"Migration {late.Version} ({late.Name}) is pending but the database already has the later migration {applied[^1].Version}; " +
                                         "migrations must be applied in order.");
        return pending;
    }

    public async Task<IReadOnlyList<AppliedMigration>> GetAppliedAsync(CancellationToken ct = default)
    {
        await _db.Database.OpenConnectionAsync(ct);
        try { return await AppliedAsync(ct); }
        finally { await _db.Database.CloseConnectionAsync(); }
    }

    private async Task<IReadOnlyList<AppliedMigration>> AppliedAsync(CancellationToken ct)
    {
        await EnsureHistoryTableAsync(ct);
        var conn = _db.Database.GetDbConnection();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"SELECT \"Version\", \"Name\", \"Checksum\", \"AppliedAt\" FROM \"{HistoryTable}\" ORDER BY \"Version\"";
        var list = new List<AppliedMigration>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new AppliedMigration(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2),
                DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)));
        return list;
    }

    /// <summary>Applies every pending migration; returns those applied.</summary>
    public async Task<IReadOnlyList<SchemaMigration>> MigrateAsync(CancellationToken ct = default)
    {
        var isPostgres = _db.Provider() == DataProvider.Postgres;
        await _db.Database.OpenConnectionAsync(ct);
        try
        {
            // Two hub instances starting together must not both migrate.
            if (isPostgres) await ExecAsync("SELECT pg_advisory_lock(871871)", ct);
            var pending = await PendingAsync(ct);
            foreach (var m in pending)
            {
                await using var tx = await _db.Database.BeginTransactionAsync(ct);
                await ExecAsync(m.Sql, ct);
                await using (var cmd = _db.Database.GetDbConnection().CreateCommand())
                {
                    cmd.Transaction = tx.GetDbTransaction();
                    cmd.CommandText = $"INSERT INTO \"{HistoryTable}\" (\"Version\", \"Name\", \"Checksum\", \"AppliedAt\") VALUES (@v, @n, @c, @a)";
                    Add(cmd, "@v", m.Version); Add(cmd, "@n", m.Name); Add(cmd, "@c", m.Checksum);
                    Add(cmd, "@a", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
            }
            if (isPostgres) await ExecAsync("SELECT pg_advisory_unlock(871871)", ct);
            return pending;
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private async Task EnsureHistoryTableAsync(CancellationToken ct) =>
        await ExecAsync($"CREATE TABLE IF NOT EXISTS \"{HistoryTable}\" (\"Version\" integer NOT NULL PRIMARY KEY, \"Name\" varchar(200) NOT NULL, " +
                        "\"Checksum\" varchar(64) NOT NULL, \"AppliedAt\" varchar(40) NOT NULL)", ct);

    private async Task ExecAsync(string sql, CancellationToken ct)
    {
        var conn = _db.Database.GetDbConnection();
        var wasClosed = conn.State != System.Data.ConnectionState.Open;
        if (wasClosed) await conn.OpenAsync(ct);
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            cmd.CommandText = sql;
            cmd.CommandTimeout = 600;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (wasClosed) await conn.CloseAsync();
        }
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
