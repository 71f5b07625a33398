using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Partnership.Data.Migrations;
using Partnership.Data.Synthetic;

namespace Partnership.Data;

/// <summary>What <see cref="DatabaseInitializer.InitializeAsync"/> did.</summary>
public sealed record InitializationResult(IReadOnlyList<int> MigrationsApplied, LoadReport? Seeded);

/// <summary>
/// Brings the database to the current schema (or refuses to, in production) and loads the configured synthetic preset
/// when the database is empty (no local authority), as it stands on <c>Data:SeedAsOf</c> or else on today by <paramref name="time"/>.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<PartnershipDbContext> factory,
    IOptions<PartnershipDataOptions> options,
    ILogger<DatabaseInitializer>? logger = null,
    TimeProvider? time = null)
{
    private readonly ILogger _log = logger ?? NullLogger<DatabaseInitializer>.Instance;

    public async Task<InitializationResult> InitializeAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        IReadOnlyList<int> applied = [];
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var migrator = new DatabaseMigrator(db);
            var pending = await migrator.GetPendingAsync(ct);
            if (pending.Count > 0 && o.RefuseToStartWithPendingMigrations)
                throw new MigrationException($"{pending.Count} migration(s) pending ({string.Join(", ", pending.Select(p => $"{p.Version} {p.Name}"))}) and Data:RefuseToStartWithPendingMigrations is set; apply them before starting.");
            if (pending.Count > 0 && o.MigrateOnStart)
            {
                applied = (await migrator.MigrateAsync(ct)).Select(m => m.Version).ToList();
                _log.LogInformation("Applied {Count} migration(s) on {Provider}", applied.Count, o.Provider);
            }
            else if (pending.Count > 0)
            {
                throw new MigrationException($"{pending.Count} migration(s) pending and Data:MigrateOnStart is false.");
            }
        }

        LoadReport? seeded = null;
        if (!string.Equals(o.SeedPreset, "none", StringComparison.OrdinalIgnoreCase))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.LocalAuthorities.AnyAsync(ct))
            {
                var asOf = o.SeedAsOf ?? Dates.WorkingDays.Today(time ?? TimeProvider.System);
                seeded = await SyntheticLoader.GenerateAndLoadAsync(factory, o.SeedPreset, o.SeedValue, asOf, ct);
                _log.LogInformation("Loaded synthetic preset {Preset} as of {AsOf}: {Rows} rows in {Ms} ms", o.SeedPreset, asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    seeded.Rows, seeded.Load.TotalMilliseconds);
            }
        }
        if (seeded is null)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (await db.LocalAuthorities.AnyAsync(ct) && !await DatabaseStatistics.ExistAsync(db, ct))
            {
                await DatabaseStatistics.RefreshAsync(db, ct);
                _log.LogInformation("Gathered query planner statistics on {Provider}", o.Provider);
            }
        }
        return new InitializationResult(applied, seeded);
    }
}
