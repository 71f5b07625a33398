using Microsoft.EntityFrameworkCore;
using Partnership.Data.Migrations;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.Migrations;

/// <summary>Migration behaviour, run against both providers by the two concrete classes below.</summary>
public abstract class DatabaseMigratorTests(DataProvider provider, PostgresFixture? pg)
{
    [Fact]
    public async Task Migrate_EmptyDatabase_SchemaMatchesModel()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, pg);
        await using var fromModel = await TestDatabase.CreateEmptyAsync(provider, pg);
        await using (var db = fromModel.CreateDbContext()) await db.Database.EnsureCreatedAsync();

        await using var a = migrated.CreateDbContext();
        await using var b = fromModel.CreateDbContext();
        var actual = await SchemaSnapshot.ReadAsync(a);
        var expected = await SchemaSnapshot.ReadAsync(b);
        Assert.True(expected.Count > 100, "the model snapshot should list every table, column and index");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_ChildrenInFamilyNameOrderReadThroughTheSortIndex()
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, pg);
        await using var db = migrated.CreateDbContext();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        var index = provider == DataProvider.Sqlite ? "IX_People_LocalAuthorityId_Kind_FamilyNameOrder" : "IX_People_Kind_FamilyNameOrder";
        // The page of children as the hub asks for it: nulls first, then the name, then the key.
        const string page = """
            SELECT p."Id" FROM "People" AS p LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
            WHERE p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = '871'
            ORDER BY CASE WHEN p."FamilyName" IS NULL THEN 0 ELSE 1 END, p."FamilyName", p."Id" LIMIT 51
            """;
        cmd.CommandText = provider == DataProvider.Sqlite ? "EXPLAIN QUERY PLAN " + page : "SET enable_seqscan = off; SET enable_sort = off; EXPLAIN " + page;
        var plan = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");

        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrate_SecondTime_AppliesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var migrator = new DatabaseMigrator(db);
        Assert.Empty(await migrator.MigrateAsync());
        Assert.Equal(MigrationCatalog.For(provider).Select(m => m.Version), (await migrator.GetAppliedAsync()).Select(m => m.Version));
    }

    [Fact]
    public async Task Migrate_DatabaseAtVersion1_AppliesTheLaterMigrationsAndMatchesTheModel()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var shipped = MigrationCatalog.For(provider);
        Assert.True(shipped.Count >= 2);
        await new DatabaseMigrator(db, [shipped[0]]).MigrateAsync();

        var migrator = new DatabaseMigrator(db);
        Assert.Equal(shipped.Skip(1).Select(m => m.Version), (await migrator.GetPendingAsync()).Select(m => m.Version));
        await migrator.MigrateAsync();
        await using var fromModel = await TestDatabase.CreateEmptyAsync(provider, pg);
        await using (var m = fromModel.CreateDbContext()) await m.Database.EnsureCreatedAsync();
        await using var model = fromModel.CreateDbContext();
        Assert.Equal(await SchemaSnapshot.ReadAsync(model), await SchemaSnapshot.ReadAsync(db));
    }

    [Fact]
    public async Task Migrate_NewColumnAsNextMigration_AddsColumnAndLeavesEarlierOnesAlone()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var next = MigrationCatalog.For(provider)[^1].Version + 1;
        var withNext = MigrationCatalog.For(provider)
            .Append(new SchemaMigration(next, "people_preferred_name", "ALTER TABLE \"People\" ADD \"PreferredName\" varchar(100) NULL;"))
            .ToList();
        var migrator = new DatabaseMigrator(db, withNext);

        Assert.Equal([next], (await migrator.GetPendingAsync()).Select(m => m.Version));
        Assert.Equal([next], (await migrator.MigrateAsync()).Select(m => m.Version));

        var snapshot = await SchemaSnapshot.ReadAsync(db);
        Assert.Contains(snapshot, l => l.Contains("People.PreferredName", StringComparison.Ordinal));
        var applied = await migrator.GetAppliedAsync();
        Assert.Equal(MigrationCatalog.For(provider)[0].Checksum, applied[0].Checksum);
    }

    [Fact]
    public async Task GetPending_AppliedMigrationEdited_Throws()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var first = MigrationCatalog.For(provider)[0];
        var edited = new DatabaseMigrator(db, [first with { Sql = first.Sql + "\n-- edited" }]);

        var ex = await Assert.ThrowsAsync<MigrationException>(() => edited.GetPendingAsync());
        Assert.Contains("changed after it was applied", ex.Message);
    }

    [Fact]
    public async Task GetPending_DatabaseNewerThanCode_Throws()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        await new DatabaseMigrator(db, [.. MigrationCatalog.For(provider), new SchemaMigration(MigrationCatalog.For(provider)[^1].Version + 1, "later", "SELECT 1;")]).MigrateAsync();

        var ex = await Assert.ThrowsAsync<MigrationException>(() => new DatabaseMigrator(db).GetPendingAsync());
        Assert.Contains("newer than the code", ex.Message);
    }

    [Fact]
    public async Task GetPending_MigrationNumberedBelowAnAppliedOne_Throws()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var shipped = MigrationCatalog.For(provider);
        var last = shipped[^1].Version;
        await new DatabaseMigrator(db, [.. shipped, new SchemaMigration(last + 2, "later", "SELECT 1;")]).MigrateAsync();
        var withGapFilled = new DatabaseMigrator(db, [.. shipped, new SchemaMigration(last + 1, "merged", "SELECT 2;"), new SchemaMigration(last + 2, "later", "SELECT 1;")]);

        var ex = await Assert.ThrowsAsync<MigrationException>(() => withGapFilled.GetPendingAsync());
        Assert.Contains($"Migration {last + 1} (merged) is pending", ex.Message);
    }

    [Fact]
    public async Task AuditTables_UpdateOrDeleteBySql_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(provider, pg);
        await using var db = database.CreateDbContext();
        var now = provider == DataProvider.Sqlite ? "0" : "now()";
#pragma warning disable EF1003 // constant SQL assembled from literals
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AccessAuditEntries\" (\"Sequence\", \"OccurredAt\", \"Subject\", \"Agency\", \"Operation\", \"Purpose\", \"PreviousHash\", \"Hash\") " +
            $"VALUES (1, {now}, 's', 'Police', 'q', 'p', '{new string('0', 64)}', '{new string('1', 64)}')");
#pragma warning restore EF1003

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AccessAuditEntries\" SET \"Subject\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AccessAuditEntries\""));
        Assert.Equal("s", (await db.AccessAuditEntries.SingleAsync()).Subject);
    }
}

public sealed class SqliteDatabaseMigratorTests() : DatabaseMigratorTests(DataProvider.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseMigratorTests(PostgresFixture pg) : DatabaseMigratorTests(DataProvider.Postgres, pg);
