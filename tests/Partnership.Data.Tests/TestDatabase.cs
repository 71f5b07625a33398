using Microsoft.EntityFrameworkCore;
using Partnership.Data.Migrations;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests;

/// <summary>An empty, migrated database on either provider, deleted with the test.</summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<PartnershipDbContext>
{
    private readonly string? _sqliteFile;
    public PartnershipDataOptions Options { get; }

    private TestDatabase(PartnershipDataOptions options, string? sqliteFile)
    {
        Options = options;
        _sqliteFile = sqliteFile;
    }

    /// <summary>An empty database without any schema (for migration tests).</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DataProvider provider, PostgresFixture? pg = null)
    {
        if (provider == DataProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"partnership-{Guid.NewGuid():N}.db");
            return new TestDatabase(new PartnershipDataOptions { Provider = provider, ConnectionString = $"Data Source={file};Pooling=False" }, file);
        }
        var cs = await (pg ?? throw new ArgumentNullException(nameof(pg))).Server.CreateDatabaseAsync();
        return new TestDatabase(new PartnershipDataOptions { Provider = provider, ConnectionString = cs }, null);
    }

    /// <summary>An empty database with every migration applied.</summary>
    public static async Task<TestDatabase> CreateAsync(DataProvider provider, PostgresFixture? pg = null)
    {
        var db = await CreateEmptyAsync(provider, pg);
        await using var ctx = db.CreateDbContext();
        await new DatabaseMigrator(ctx).MigrateAsync();
        return db;
    }

    public PartnershipDbContext CreateDbContext()
    {
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        Options.Configure(b);
        return new PartnershipDbContext(b.Options);
    }

    public ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + "-journal" })
                if (File.Exists(f)) File.Delete(f);
        }
        return ValueTask.CompletedTask;
    }
}
