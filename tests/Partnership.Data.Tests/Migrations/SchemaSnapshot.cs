using Microsoft.EntityFrameworkCore;
using Partnership.Data.Migrations;

namespace Partnership.Data.Tests.Migrations;

/// <summary>Tables, columns (type, nullability), indexes and foreign keys read back from a live database, as sorted lines.</summary>
internal static class SchemaSnapshot
{
    public static async Task<List<string>> ReadAsync(PartnershipDbContext db)
    {
        var lines = new List<string>();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            if (db.Database.IsSqlite())
            {
                var tables = await Query(conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__PartnershipMigrations'");
                foreach (var t in tables.Select(r => r[0]))
                {
                    lines.Add($"table {t}");
                    foreach (var c in await Query(conn, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{t}')"))
                        lines.Add($"column {t}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
                    foreach (var i in await Query(conn, $"SELECT name, \"unique\", origin FROM pragma_index_list('{t}')"))
                    {
                        var cols = await Query(conn, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                        lines.Add($"index {t}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(",", cols.Select(x => x[0]))})");
                    }
                    foreach (var f in await Query(conn, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{t}')"))
                        lines.Add($"fk {t}.{f[0]} -> {f[1]}.{f[2]} {f[3]}");
                }
            }
            else
            {
                foreach (var c in await Query(conn, """
                    SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable
                    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__PartnershipMigrations'
                    """))
                    lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]}");
                foreach (var i in await Query(conn, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__PartnershipMigrations'"))
                    lines.Add($"index {i[0]}");
                foreach (var f in await Query(conn, """
                    SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE contype IN ('f', 'c', 'u') AND connamespace = 'public'::regnamespace
                    """))
                    lines.Add($"constraint {f[0]}.{f[1]} {f[2]}");
            }
        }
        finally
        {
            await conn.CloseAsync();
        }
        // The expression indexes only the migrations make (the model cannot state them) are checked on their own.
        lines.RemoveAll(l => l.StartsWith("index ", StringComparison.Ordinal)
            && MigrationCatalog.ExpressionIndexes.Any(name => l.Contains($".{name} ", StringComparison.Ordinal) || l.Contains($"INDEX \"{name}\" ", StringComparison.Ordinal)));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> Query(System.Data.Common.DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await r.ReadAsync())
        {
            var row = new string[r.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
