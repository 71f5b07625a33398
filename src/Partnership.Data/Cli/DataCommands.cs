using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Partnership.Data.Audit;
using Partnership.Data.Dfe;
using Partnership.Data.Migrations;
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
/// </code>
/// Each method is also callable directly. Exit codes: 0 success, 1 the operation found a problem, 2 bad arguments.
/// </summary>
public static class DataCommands
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

    /// <summary>Runs <c>args</c> (without the leading "data"), writing results to <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        await RunAsync(args, output, error, TimeProvider.System, ct);

    /// <summary>As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>; <paramref name="time"/> is the clock <c>load</c>'s default as-of reads.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct = default)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error.WriteLine($"Unexpected argument '{args[i]}'.\n{Usage}");
                return 2;
            }
            options[args[i][2..]] = args[++i];
        }
        string Need(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");
        try
        {
            var provider = Enum.TryParse<DataProvider>(Need("provider"), ignoreCase: true, out var p) && Enum.IsDefined(p)
                ? p : throw new ArgumentException("--provider must be Sqlite or Postgres.");
            var connection = Need("connection");
            switch (args[0])
            {
                case "migrate":
                    var applied = await MigrateAsync(provider, connection, ct);
                    output.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied migration(s) {string.Join(", ", applied)}.");
                    return 0;
                case "load":
                    var seed = options.TryGetValue("seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 871;
                    var asOf = !options.TryGetValue("as-of", out var day) ? Dates.WorkingDays.Today(time)
                        : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                        : throw new ArgumentException($"--as-of must be a date as yyyy-MM-dd (found '{day}').");
                    var report = await LoadPresetAsync(provider, connection, Need("preset"), seed, asOf, ct);
                    output.WriteLine($"Loaded {report.Preset} (seed {report.Seed}, as of {report.AsOf:yyyy-MM-dd}): {report.Children:N0} children, {report.Rows:N0} rows; " +
                                     $"generated in {report.Generate.TotalSeconds:F1} s, loaded in {report.Load.TotalSeconds:F1} s" +
                                     (report.DatabaseBytes is { } b ? $", database {b / 1_048_576.0:F0} MiB." : "."));
                    return 0;
                case "verify-audit":
                    var v = await VerifyAuditAsync(provider, connection, ct);
                    output.WriteLine(v.IsIntact ? $"Audit chain intact: {v.EntriesChecked:N0} entries." : $"Audit chain broken at entry {v.FirstBrokenSequence}: {v.Problem}");
                    return v.IsIntact ? 0 : 1;
                case "cin-import":
                    var result = await ImportCinAsync(provider, connection, Need("file"), ct);
                    foreach (var problem in result.Problems) error.WriteLine(problem);
                    output.WriteLine(result.Succeeded
                        ? $"Imported {result.Children:N0} children ({result.ChildrenAdded:N0} new, {result.RowsWritten:N0} rows written)."
                        : $"Nothing imported: {result.Problems.Count} problem(s).");
                    return result.Succeeded ? 0 : 1;
                case "cin-export":
                    await ExportCinAsync(provider, connection, Need("council"), int.Parse(Need("year"), CultureInfo.InvariantCulture), Need("file"), ct: ct);
                    output.WriteLine($"Wrote {Need("file")}.");
                    return 0;
                default:
                    error.WriteLine($"Unknown command '{args[0]}'.\n{Usage}");
                    return 2;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            error.WriteLine(e.Message);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or MigrationException or IOException)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    public const string Usage = """
        usage: data <command> --provider Sqlite|Postgres --connection "<connection string>" [options]
          migrate                                   apply pending schema migrations
          load --preset <name> [--seed <n>] [--as-of <yyyy-MM-dd>]
                                                    load test | slough | berkshire | thames-valley into an empty database,
                                                    as the world stands on --as-of (default: today in England)
          verify-audit                              check the access audit hash chain; exit 1 at the first broken entry
          cin-import --file <path>                  validate and import a CIN census XML file (nothing stored on any error)
          cin-export --council <code> --year <yyyy> --file <path>   write a council's CIN census return
        """;

    private static PooledDbContextFactory<PartnershipDbContext> Factory(DataProvider provider, string connectionString)
    {
        var options = new PartnershipDataOptions { Provider = provider, ConnectionString = connectionString };
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        options.Configure(b);
        return new PooledDbContextFactory<PartnershipDbContext>(b.Options);
    }
}
