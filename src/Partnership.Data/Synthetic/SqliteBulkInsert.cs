using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partnership.Data.Synthetic;

/// <summary>SQLite: one transaction, one prepared INSERT per table reused for every row.</summary>
internal static class SqliteBulkInsert
{
    public static async Task LoadAsync(PartnershipDbContext db, SyntheticDataSet set, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var conn = db.Database.GetDbConnection();
            // Random GUID keys touch index pages all over the file: a large page cache keeps them in memory during the load.
            await Exec(conn, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            foreach (var (_, rows) in set.Tables())
            {
                if (rows.Count == 0) continue;
                var table = BulkTable.For(db, rows[0]!.GetType());
                await using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                                  $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
                var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(cmd, $"@p{i}", null, nullable: true)).ToArray();
                cmd.Parameters.AddRange(parameters);
                await cmd.PrepareAsync(ct);
                foreach (var row in rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                        parameters[i].Value = table.Columns[i].ProviderValue(row!) is { } v ? Sqlite(v) : DBNull.Value;
                    await cmd.ExecuteNonQueryAsync(ct);
                }
            }
            await tx.CommitAsync(ct);
            await Exec(conn, "PRAGMA synchronous = FULL; PRAGMA cache_size = -2000", ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>EF stores GUIDs on SQLite as upper-case text and dates as ISO text; bind them the same way.</summary>
    private static object Sqlite(object v) => v switch
    {
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => v,
    };

    private static async Task Exec(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
