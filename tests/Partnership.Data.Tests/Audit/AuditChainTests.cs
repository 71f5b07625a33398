using Microsoft.EntityFrameworkCore;
using Partnership.Data.Audit;
using Partnership.Data.Model;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.Audit;

public abstract class AuditChainTests(DataProvider provider, PostgresFixture? pg) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private static readonly Guid ChildA = Guid.Parse("6f1d2c1e-0000-4000-8000-000000000001");
    private static readonly Guid ChildB = Guid.Parse("6f1d2c1e-0000-4000-8000-000000000002");

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(provider, pg);
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static AuditRecord Record(int n) => new(
        new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)).AddTicks(n * 1_234_567), $"police-871-{n:D4}", Agency.Police, null,
        "query StrategyMeetings", "strategy meeting preparation",
        [new AuditAccess(ChildB, InformationCategory.MeetingSchedule, SharingRoute.StatutorySafeguarding),
         new AuditAccess(ChildA, InformationCategory.Identity, SharingRoute.StatutorySafeguarding)]);

    private async Task AppendAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await using var db = _db.CreateDbContext();
            await AuditChain.AppendAsync(db, Record(i));
        }
    }

    private async Task TamperAsync(string sql)
    {
        await using var db = _db.CreateDbContext();
        // An attacker with database rights can drop the append-only triggers; the chain still shows what they did.
        if (provider == DataProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"TR_AccessAuditEntries_NoUpdate\"; DROP TRIGGER \"TR_AccessAuditEntries_NoDelete\"; " +
                                                 "DROP TRIGGER \"TR_AccessAuditItems_NoUpdate\"; DROP TRIGGER \"TR_AccessAuditItems_NoDelete\";");
        else
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AccessAuditEntries\" DISABLE TRIGGER USER; ALTER TABLE \"AccessAuditItems\" DISABLE TRIGGER USER;");
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Verify_UntouchedChain_IsIntact()
    {
        await AppendAsync(5);
        await using var db = _db.CreateDbContext();
        var result = await AuditChain.VerifyAsync(db, batchSize: 2);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(5, result.EntriesChecked);
        var entries = await db.AccessAuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(AuditChain.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(2, await db.AccessAuditItems.CountAsync(i => i.EntrySequence == 3));
    }

    [Fact]
    public async Task Verify_AlteredEntry_ReportsThatEntry()
    {
        await AppendAsync(4);
        await TamperAsync("UPDATE \"AccessAuditEntries\" SET \"Purpose\" = 'nothing to see' WHERE \"Sequence\" = 3");
        await using var db = _db.CreateDbContext();
        var result = await AuditChain.VerifyAsync(db);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("altered", result.Problem);
    }

    [Fact]
    public async Task Verify_RemovedItem_ReportsItsEntry()
    {
        await AppendAsync(3);
        await TamperAsync("DELETE FROM \"AccessAuditItems\" WHERE \"EntrySequence\" = 2 AND \"Category\" = 'Identity'");
        await using var db = _db.CreateDbContext();
        Assert.Equal(2, (await AuditChain.VerifyAsync(db)).FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_DeletedEntry_ReportsTheGap()
    {
        await AppendAsync(4);
        await TamperAsync("DELETE FROM \"AccessAuditItems\" WHERE \"EntrySequence\" = 2; DELETE FROM \"AccessAuditEntries\" WHERE \"Sequence\" = 2");
        await using var db = _db.CreateDbContext();
        var result = await AuditChain.VerifyAsync(db);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem);
    }

    [Fact]
    public async Task Append_ChangingAnEntryThroughEf_Refused()
    {
        await AppendAsync(1);
        await using var db = _db.CreateDbContext();
        var entry = await db.AccessAuditEntries.SingleAsync();
        entry.Purpose = "changed";
        await Assert.ThrowsAsync<DataValidationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Append_FiftyConcurrentWriters_NoneRacesAndTheChainIsWhole()
    {
        // As many gateways' requests at once: each append waits its turn instead of losing a race for the sequence and retrying.
        var before = AuditChain.Conflicts;
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(async () =>
        {
            await using var db = _db.CreateDbContext();
            await AuditChain.AppendAsync(db, Record(i));
        })));
        Assert.Equal(before, AuditChain.Conflicts);
        await using var check = _db.CreateDbContext();
        var result = await AuditChain.VerifyAsync(check);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(50, result.EntriesChecked);
    }

    [Fact]
    public async Task Append_Concurrently_ChainStaysLinear()
    {
        await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            await using var db = _db.CreateDbContext();
            await AuditChain.AppendAsync(db, Record(i));
        }));
        await using var check = _db.CreateDbContext();
        var result = await AuditChain.VerifyAsync(check);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(8, result.EntriesChecked);
    }
}

public sealed class SqliteAuditChainTests() : AuditChainTests(DataProvider.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditChainTests(PostgresFixture pg) : AuditChainTests(DataProvider.Postgres, pg);
