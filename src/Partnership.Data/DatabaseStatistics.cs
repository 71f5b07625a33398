using Microsoft.EntityFrameworkCore;

namespace Partnership.Data;

/// <summary>
/// The query planner's statistics. Without them SQLite picks indexes blind: the sharing policy's correlated <c>EXISTS</c> then
/// scans a whole team's or practice's rows for every child (a health visitor's caseload page took seconds on the slough preset
/// instead of milliseconds). Refreshed after a bulk load and, on SQLite, at start when a database has never been analysed.
/// </summary>
public static class DatabaseStatistics
{
    /// <summary>Gathers statistics for every table (SQLite: sampled, so it stays well under a second on large databases).</summary>
    public static async Task RefreshAsync(PartnershipDbContext db, CancellationToken ct = default)
    {
        var sql = db.Provider() == DataProvider.Postgres ? "ANALYZE" : "PRAGMA analysis_limit = 1000; ANALYZE;";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>True when the database has planner statistics (PostgreSQL always gathers its own in the background).</summary>
    public static async Task<bool> ExistAsync(PartnershipDbContext db, CancellationToken ct = default)
    {
        if (db.Provider() == DataProvider.Postgres) return true;
        return await db.ScalarAsync("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'", ct) > 0
            && await db.ScalarAsync("SELECT count(*) FROM sqlite_stat1", ct) > 0;
    }
}
