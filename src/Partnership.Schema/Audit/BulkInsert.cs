using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Partnership.Data;

namespace Partnership.Schema.Audit;

/// <summary>
/// Inserts many rows of one entity type with a few multi-row <c>INSERT … VALUES (…), (…)</c> statements in the context's
/// current transaction. EF Core's SQLite provider sends one <c>INSERT</c> per row, which made the audit of a 20-row page
/// 20–70 statements. Tables, columns and value conversions come from the EF Core model, so the rows are stored exactly as
/// <c>SaveChanges</c> would store them; only plain scalar properties are written (no generated values, no navigations).
/// </summary>
internal static class BulkInsert
{
    /// <summary>Parameters per statement: below SQLite's limit (32,766 since 3.32) and PostgreSQL's (65,535), and small enough to parse quickly.</summary>
    private const int MaxParameters = 8_000;

    public static async Task InsertAsync<T>(PartnershipDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null && p.GetColumnName(store) is not null).ToList();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToList();
        var head = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table, entity.GetSchema())).Append(" (");
        for (int i = 0; i < properties.Count; i++) head.Append(i == 0 ? "" : ", ").Append(sql.DelimitIdentifier(properties[i].GetColumnName(store)!));
        head.Append(") VALUES ");

        await using var factory = db.Database.GetDbConnection().CreateCommand(); // creates the provider's parameters
        var perStatement = Math.Max(1, MaxParameters / properties.Count);
        for (int start = 0; start < rows.Count; start += perStatement)
        {
            var text = new StringBuilder().Append(head);
            var parameters = new List<DbParameter>();
            for (int r = start; r < Math.Min(rows.Count, start + perStatement); r++)
            {
                text.Append(r == start ? "(" : ", (");
                for (int i = 0; i < properties.Count; i++)
                {
                    var name = "b" + parameters.Count;
                    text.Append(i == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    var value = properties[i].PropertyInfo!.GetValue(rows[r]);
                    parameters.Add(mappings[i].CreateParameter(factory, sql.GenerateParameterName(name), value, properties[i].IsNullable));
                }
                text.Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, ct);
        }
    }
}
