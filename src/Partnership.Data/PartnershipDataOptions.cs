using Microsoft.EntityFrameworkCore;

namespace Partnership.Data;

/// <summary>The database engine; chosen by the single setting <c>Data:Provider</c>.</summary>
public enum DataProvider { Sqlite, Postgres }

/// <summary>Settings of the data layer: section <c>Data</c>, plus <c>ConnectionStrings:Partnership</c>.</summary>
public sealed class PartnershipDataOptions
{
    public const string Section = "Data";
    public const string ConnectionStringName = "Partnership";

    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>From <c>ConnectionStrings:Partnership</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start (development default). Ignored when <see cref="RefuseToStartWithPendingMigrations"/>.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Production: fail at start if any migration is pending instead of applying it.</summary>
    public bool RefuseToStartWithPendingMigrations { get; set; }

    /// <summary>
    /// Synthetic preset loaded when the database has no local authority yet: <c>none</c> by default, so a production start
    /// never invents children; Development's settings name <c>slough</c>.
    /// </summary>
    public string SeedPreset { get; set; } = "none";

    public int SeedValue { get; set; } = 871;

    /// <summary>
    /// The "today" of the generated world (<c>yyyy-MM-dd</c>); unset: today in England by the host's clock when the hub first
    /// starts, so meetings and conferences to come are still to come. Set it for a reproducible world (the tests use 2026-03-31).
    /// </summary>
    public DateOnly? SeedAsOf { get; set; }

    /// <summary>Register a hosted service that runs <see cref="DatabaseInitializer"/> at start.</summary>
    public bool InitializeOnStart { get; set; } = true;

    internal IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Provider)) yield return $"Data:Provider must be Sqlite or Postgres (found '{Provider}').";
        if (string.IsNullOrWhiteSpace(ConnectionString)) yield return "ConnectionStrings:Partnership is missing.";
        if (!string.Equals(SeedPreset, "none", StringComparison.OrdinalIgnoreCase) && !Synthetic.SyntheticData.Presets.Contains(SeedPreset, StringComparer.OrdinalIgnoreCase))
            yield return $"Data:SeedPreset must be one of none, {string.Join(", ", Synthetic.SyntheticData.Presets)} (found '{SeedPreset}').";
    }

    /// <summary>Configures EF Core for the chosen provider.</summary>
    public void Configure(DbContextOptionsBuilder b)
    {
        _ = Provider switch
        {
            DataProvider.Sqlite => b.UseSqlite(ConnectionString),
            DataProvider.Postgres => b.UseNpgsql(WithAutoPrepare(ConnectionString), o => o.CommandTimeout(300)),
            _ => throw new InvalidOperationException($"Unknown provider {Provider}."),
        };
        b.AddInterceptors(Dates.Period.Expander);
    }

    /// <summary>
    /// The hub sends the same few statement shapes again and again (the policy's SQL is cached per shape, lists of ids are
    /// padded to a few sizes), so PostgreSQL need not parse and plan them every time: unless the connection string says
    /// otherwise, a statement used twice on a connection is prepared and kept (Npgsql's automatic preparation). The hub
    /// keeps no session state on a connection (no SET, LISTEN or temporary table; its lock is per transaction), so a
    /// connection going back to the pool is not reset: that saves a round trip per statement.
    /// </summary>
    internal static string? WithAutoPrepare(string? connectionString)
    {
        if (connectionString is null) return null;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 256;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}

internal static class ProviderExtensions
{
    public static DataProvider Provider(this DbContext db) =>
        db.Database.IsNpgsql() ? DataProvider.Postgres
        : db.Database.IsSqlite() ? DataProvider.Sqlite
        : throw new NotSupportedException($"Provider {db.Database.ProviderName} is not supported.");

    /// <summary>The first column of the first row of <paramref name="sql"/> as a number (outside EF Core's model: catalogue queries).</summary>
    public static async Task<long> ScalarAsync(this DbContext db, string sql, CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
