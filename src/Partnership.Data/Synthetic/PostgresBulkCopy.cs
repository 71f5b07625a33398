using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Partnership.Data.Synthetic;

/// <summary>PostgreSQL: binary COPY per table inside one transaction.</summary>
internal static class PostgresBulkCopy
{
    public static async Task LoadAsync(PartnershipDbContext db, SyntheticDataSet set, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var conn = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var tx = await conn.BeginTransactionAsync(ct);
            foreach (var (_, rows) in set.Tables())
            {
                if (rows.Count == 0) continue;
                var table = BulkTable.For(db, rows[0]!.GetType());
                var types = table.Columns.Select(c => DbType(c.StoreType)).ToArray();
                var copy = $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
                await using (var importer = await conn.BeginBinaryImportAsync(copy, ct))
                {
                    // Completing a large COPY waits for the server to build index entries: far longer than a command timeout.
                    importer.Timeout = TimeSpan.FromHours(1);
                    foreach (var row in rows)
                    {
                        await importer.StartRowAsync(ct);
                        for (var i = 0; i < types.Length; i++)
                        {
                            var v = table.Columns[i].ProviderValue(row!);
                            if (v is null) await importer.WriteNullAsync(ct);
                            else await importer.WriteAsync(v, types[i], ct);
                        }
                    }
                    await importer.CompleteAsync(ct);
                }
            }
            await tx.CommitAsync(ct);
            await using var analyze = new NpgsqlCommand("ANALYZE", conn) { CommandTimeout = 3600 };
            await analyze.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlDbType DbType(string storeType) => storeType switch
    {
        "uuid" => NpgsqlDbType.Uuid,
        "text" => NpgsqlDbType.Text,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "boolean" => NpgsqlDbType.Boolean,
        "date" => NpgsqlDbType.Date,
        "double precision" => NpgsqlDbType.Double,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        _ when storeType.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Varchar,
        _ when storeType.StartsWith("character(", StringComparison.Ordinal) => NpgsqlDbType.Char,
        _ => throw new NotSupportedException($"No COPY mapping for column type '{storeType}'."),
    };
}
