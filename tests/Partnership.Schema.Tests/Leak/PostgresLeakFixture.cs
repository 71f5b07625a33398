using Partnership.Schema.Tests.Hub;
using Partnership.Testing.Postgres;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The leak world on PostgreSQL 15: a throwaway server of the test run (<see cref="PostgresServer"/>, shared with the data
/// tests), one database for the read-only runs and a new one for each mutating run.
/// </summary>
public sealed class PostgresLeakFixture : LeakFixtureBase
{
    internal override bool Available => PostgresLeak.Installed || PostgresLeak.Required;

    internal override async Task<HubHost> NewHostAsync() =>
        await HubHost.PostgresAsync(await (await SharedPostgres.ServerAsync()).CreateDatabaseAsync("leak"));
}

/// <summary>
/// One throwaway PostgreSQL server for the schema tests' PostgreSQL fixtures, started on first use; each fixture takes its own
/// databases. The server stops when the test process exits (<see cref="PostgresServer"/> registers that).
/// </summary>
public static class SharedPostgres
{
    private static readonly Lazy<Task<PostgresServer>> Server = new(PostgresServer.StartAsync);

    public static Task<PostgresServer> ServerAsync() => Server.Value;
}

/// <summary>When the PostgreSQL leak runs: always in CI (scripts/setup.sh installs PostgreSQL); locally only where it is installed.</summary>
internal static class PostgresLeak
{
    private static string Bin => Environment.GetEnvironmentVariable("PARTNERSHIP_PG_BIN") ?? "/usr/lib/postgresql/15/bin";

    public static bool Installed => File.Exists(Path.Combine(Bin, "initdb")) && File.Exists(Path.Combine(Bin, "pg_ctl"));

    /// <summary>In CI (<c>CI</c> set, as CI services do) a missing PostgreSQL fails the run instead of skipping it.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    public static string? SkipReason => Installed || Required
        ? null
        : $"PostgreSQL 15 is not installed here ({Bin}/initdb); run scripts/setup.sh or set PARTNERSHIP_PG_BIN. CI installs it and runs these tests.";
}

/// <summary>A theory that skips, with the reason, only where PostgreSQL is missing and the run is not CI.</summary>
public sealed class PostgresLeakTheoryAttribute : TheoryAttribute
{
    public PostgresLeakTheoryAttribute()
    {
        if (PostgresLeak.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>A fact that skips, with the reason, only where PostgreSQL is missing and the run is not CI.</summary>
public sealed class PostgresLeakFactAttribute : FactAttribute
{
    public PostgresLeakFactAttribute()
    {
        if (PostgresLeak.SkipReason is { } reason) Skip = reason;
    }
}
