using Microsoft.EntityFrameworkCore;

namespace Partnership.Data.Migrations;

/// <summary>
/// The CREATE script of the current model for a provider. Used to write V0001 and, by comparison with a migrated database,
/// to check that later hand-written migrations bring the schema to the model.
/// </summary>
public static class SchemaScript
{
    public static string Create(DataProvider provider)
    {
        var o = new PartnershipDataOptions
        {
            Provider = provider,
            ConnectionString = provider == DataProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=schema",
        };
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        o.Configure(b);
        using var db = new PartnershipDbContext(b.Options);
        return db.Database.GenerateCreateScript();
    }
}
