using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Partnership.Data.Synthetic;

/// <summary>What a load did: rows per table, how long generation and loading took, and the database size afterwards.</summary>
public sealed record LoadReport(string Preset, int Seed, int Children, long Rows, TimeSpan Generate, TimeSpan Load, long? DatabaseBytes,
    IReadOnlyDictionary<string, int> RowsPerTable)
{
    /// <summary>The generated world's "today".</summary>
    public DateOnly AsOf { get; init; } = SyntheticData.AsOf;
}

/// <summary>
/// Loads a generated preset into an empty database quickly: no change tracking, large batches, one short-lived context per batch,
/// and on PostgreSQL binary COPY.
/// </summary>
public static class SyntheticLoader
{
    /// <summary>Generates <paramref name="preset"/> and loads it through <paramref name="factory"/>. The schema must already exist.</summary>
    public static Task<LoadReport> GenerateAndLoadAsync(IDbContextFactory<PartnershipDbContext> factory, string preset, int seed = 871, CancellationToken ct = default) =>
        GenerateAndLoadAsync(factory, preset, seed, SyntheticData.AsOf, ct);

    /// <summary>Generates <paramref name="preset"/> as it stands on <paramref name="asOf"/> and loads it. The schema must already exist.</summary>
    public static async Task<LoadReport> GenerateAndLoadAsync(IDbContextFactory<PartnershipDbContext> factory, string preset, int seed, DateOnly asOf, CancellationToken ct = default)
    {
        var (set, generate) = SyntheticData.GenerateTimed(preset, seed, asOf);
        var (load, bytes) = await LoadAsync(factory, set, ct);
        return new LoadReport(set.Preset, seed, set.ChildCount, set.RowCount, generate, load, bytes,
            set.Tables().ToDictionary(t => t.Name, t => t.Rows.Count))
        { AsOf = asOf };
    }

    /// <summary>Inserts every row of <paramref name="set"/>; returns the time taken and the database size.</summary>
    public static async Task<(TimeSpan Elapsed, long? Bytes)> LoadAsync(IDbContextFactory<PartnershipDbContext> factory, SyntheticDataSet set, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        await using (var probe = await factory.CreateDbContextAsync(ct))
        {
            if (probe.Provider() == DataProvider.Postgres)
                await PostgresBulkCopy.LoadAsync(probe, set, ct);
            else
                await SqliteBulkInsert.LoadAsync(probe, set, ct);
            // The change feed starts with every meeting loaded, as scheduled at its version (as migration V0006 does).
            await StartMeetingFeedAsync(probe, ct);
            await DatabaseStatistics.RefreshAsync(probe, ct); // a bulk load leaves the planner blind
        }
        var elapsed = sw.Elapsed;
        await using var db = await factory.CreateDbContextAsync(ct);
        return (elapsed, await DatabaseSizeAsync(db, ct));
    }

    /// <summary>
    /// Starts the meeting change feed for meetings written in bulk (not through the hub's mutations, which log their own
    /// changes): each meeting the feed does not yet know is given as scheduled at its current version, oldest change first.
    /// </summary>
    public static Task StartMeetingFeedAsync(PartnershipDbContext db, CancellationToken ct = default) => db.Database.ExecuteSqlRawAsync(StartFeedSql, ct);

    private const string StartFeedSql = """
        INSERT INTO "MeetingChanges" ("MeetingId", "Kind", "At", "Version")
        SELECT m."Id", 'Scheduled', m."UpdatedAt", m."Version" FROM "Meetings" m
        WHERE NOT EXISTS (SELECT 1 FROM "MeetingChanges" c WHERE c."MeetingId" = m."Id") ORDER BY m."UpdatedAt", m."Id"
        """;

    internal static async Task<long?> DatabaseSizeAsync(PartnershipDbContext db, CancellationToken ct) =>
        await db.ScalarAsync(db.Provider() == DataProvider.Postgres
            ? "SELECT pg_database_size(current_database())"
            : "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", ct);
}
