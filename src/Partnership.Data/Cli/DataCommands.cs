using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Partnership.Data.Audit;
using Partnership.Data.Dfe;
using Partnership.Data.Migrations;
using Partnership.Data.SubjectAccess;
using Partnership.Data.Synthetic;

namespace Partnership.Data.Cli;

/// <summary>
/// The data layer's operator commands, for the Gateway's command line (or any host) to expose:
/// <code>
/// data migrate      --provider Sqlite|Postgres --connection "..."
/// data load         --provider ... --connection ... --preset test|slough|berkshire|thames-valley [--seed 871] [--as-of yyyy-MM-dd]
/// data verify-audit --provider ... --connection ...
/// data cin-import   --provider ... --connection ... --file return.xml
/// data cin-export   --provider ... --connection ... --council 871 --year 2025 --file out.xml
/// data sar-export   --provider ... --connection ... --child &lt;id&gt; --out DIR [--operator NAME] [--withhold-confidential-address]
/// data ssda903-import --provider ... --connection ... --council 871 --episodes episodes.csv [--header header.csv]
/// data ssda903-export --provider ... --connection ... --council 871 --year 2025 --episodes episodes.csv --header header.csv
/// </code>
/// Each method is also callable directly. Exit codes: 0 success, 1 the operation found a problem, 2 bad arguments.
/// </summary>
public static partial class DataCommands
{
    /// <summary>Applies pending migrations; returns the versions applied.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(DataProvider provider, string connectionString, CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        return (await new DatabaseMigrator(db).MigrateAsync(ct)).Select(m => m.Version).ToList();
    }

    /// <summary>Migrates, then generates and loads a preset into an empty database (refuses a database that already holds councils).</summary>
    public static Task<LoadReport> LoadPresetAsync(DataProvider provider, string connectionString, string preset, int seed = 871, CancellationToken ct = default) =>
        LoadPresetAsync(provider, connectionString, preset, seed, SyntheticData.AsOf, ct);

    /// <summary>As <see cref="LoadPresetAsync(DataProvider, string, string, int, CancellationToken)"/>, the world as it stands on <paramref name="asOf"/>.</summary>
    public static async Task<LoadReport> LoadPresetAsync(DataProvider provider, string connectionString, string preset, int seed, DateOnly asOf, CancellationToken ct = default)
    {
        await MigrateAsync(provider, connectionString, ct);
        var factory = Factory(provider, connectionString);
        await using (var db = factory.CreateDbContext())
        {
            var councils = await db.LocalAuthorities.CountAsync(ct);
            if (councils > 0)
                throw new InvalidOperationException($"The database already holds {councils} local authorit{(councils == 1 ? "y" : "ies")}; load a preset into an empty database.");
        }
        return await SyntheticLoader.GenerateAndLoadAsync(factory, preset, seed, asOf, ct);
    }

    public static async Task<AuditVerification> VerifyAuditAsync(DataProvider provider, string connectionString, CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        return await AuditChain.VerifyAsync(db, ct: ct);
    }

    public static async Task<CinImportResult> ImportCinAsync(DataProvider provider, string connectionString, string file, CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        return await new CinCensusImporter(db).ImportAsync(await File.ReadAllTextAsync(file, ct), ct);
    }

    public static async Task ExportCinAsync(DataProvider provider, string connectionString, string council, int year, string file, TimeProvider? time = null, CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        var xml = await new CinCensusExporter(db).ExportAsync(council, year, (time ?? TimeProvider.System).GetUtcNow(), ct);
        await File.WriteAllTextAsync(file, xml, new System.Text.UTF8Encoding(false), ct);
    }

    /// <summary>Writes a child's subject access export into <paramref name="outDirectory"/> (new or empty) and records it in the access audit.</summary>
    public static async Task<SubjectAccessExportResult> ExportSubjectAccessAsync(DataProvider provider, string connectionString, Guid childId, string outDirectory,
        string operatorName, bool withholdConfidentialAddress = false, TimeProvider? time = null, CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        return await new SubjectAccessExporter(db, time ?? TimeProvider.System).ExportAsync(childId, outDirectory, operatorName, withholdConfidentialAddress, ct);
    }

    // The SSDA903 tables carry no council code (the CIN census names its LEA), so the council is given.
    internal static async Task<Ssda903ImportResult> ImportSsda903Async(DataProvider provider, string connectionString, string council, string episodes, string? header,
        CancellationToken ct = default)
    {
        List<Ssda903File> files = [new(Path.GetFileName(episodes), await File.ReadAllTextAsync(episodes, ct))];
        if (header is not null) files.Insert(0, new(Path.GetFileName(header), await File.ReadAllTextAsync(header, ct)));
        await using var db = Factory(provider, connectionString).CreateDbContext();
        return await new Ssda903Importer(db).ImportAsync(council, files, ct);
    }

    internal static async Task<Ssda903Export> ExportSsda903Async(DataProvider provider, string connectionString, string council, int year, string episodes, string header,
        CancellationToken ct = default)
    {
        await using var db = Factory(provider, connectionString).CreateDbContext();
        var export = await new Ssda903Exporter(db).ExportAsync(council, year, ct);
        var utf8 = new System.Text.UTF8Encoding(false);
        await File.WriteAllTextAsync(header, export.Header, utf8, ct);
        await File.WriteAllTextAsync(episodes, export.Episodes, utf8, ct);
        return export;
    }

    private static PooledDbContextFactory<PartnershipDbContext> Factory(DataProvider provider, string connectionString)
    {
        var options = new PartnershipDataOptions { Provider = provider, ConnectionString = connectionString };
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        options.Configure(b);
        return new PooledDbContextFactory<PartnershipDbContext>(b.Options);
    }
}
