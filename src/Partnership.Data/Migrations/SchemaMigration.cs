using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Partnership.Data.Migrations;

/// <summary>One versioned schema change for one provider: plain SQL, applied once, never edited after release.</summary>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script (line endings normalised), recorded when applied so an edited migration is caught.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>
/// The migrations shipped in this assembly: embedded scripts named <c>Migrations/{Sqlite|Postgres}/V0001__name.sql</c>.
/// To change the schema, change the model and add V0002 for both providers (ALTER statements); the schema test checks the
/// migrated database matches the model.
/// </summary>
public static class MigrationCatalog
{
    /// <summary>
    /// Indexes the migrations create that the EF Core model cannot state (indexes on the sort expressions the hub's queries
    /// order by), so a database made from the model alone lacks them: the schema comparison leaves them out.
    /// </summary>
    public static readonly IReadOnlyList<string> ExpressionIndexes =
        ["IX_People_Kind_FamilyNameOrder", "IX_People_LocalAuthorityId_Kind_FamilyNameOrder"];

    public static IReadOnlyList<SchemaMigration> For(DataProvider provider)
    {
        var prefix = $"Partnership.Data.Migrations.{provider}.V";
        var asm = typeof(MigrationCatalog).Assembly;
        var list = new List<SchemaMigration>();
        foreach (var name in asm.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal)) continue;
            var file = name[(prefix.Length - 1)..^4]; // V0001__initial
            var sep = file.IndexOf("__", StringComparison.Ordinal);
            if (sep < 2 || !int.TryParse(file.AsSpan(1, sep - 1), out var version))
                throw new InvalidOperationException($"Migration resource '{name}' is not named V<version>__<name>.sql.");
            list.Add(new SchemaMigration(version, file[(sep + 2)..], Read(asm, name)));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        // Versions may skip a number: work on two branches numbers its migrations apart and the gap fills at merge. What must not
        // happen, a database taking migrations out of order, the migrator refuses.
        for (var i = 1; i < list.Count; i++)
            if (list[i].Version == list[i - 1].Version)
                throw new InvalidOperationException($"{provider} has two migrations numbered V{list[i].Version}.");
        if (list.Count > 0 && list[0].Version != 1)
            throw new InvalidOperationException($"{provider} migrations must start at V0001; the first is V{list[0].Version}.");
        return list;
    }

    private static string Read(Assembly asm, string name)
    {
        using var s = asm.GetManifestResourceStream(name)!;
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd();
    }
}
