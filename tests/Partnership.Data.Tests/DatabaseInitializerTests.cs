using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data.Migrations;

namespace Partnership.Data.Tests;

public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("partnership-init-").FullName;
    private string Connection => $"Data Source={Path.Combine(_dir, "hub.db")};Pooling=False";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private IHost Build(params (string Key, string? Value)[] settings) => Build(null, settings);

    private IHost Build(TimeProvider? time, params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        if (time is not null) builder.Services.AddSingleton(time);
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Provider"] = "Sqlite",
            ["ConnectionStrings:Partnership"] = Connection,
            ["Data:SeedPreset"] = "test",
        }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).GroupBy(kv => kv.Key).Select(g => g.Last()));
        builder.Services.AddPartnershipData(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task Start_EmptyDatabase_MigratesAndLoadsPresetOnce()
    {
        using (var host = Build())
        {
            await host.StartAsync();
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
            Assert.Equal(2, await db.LocalAuthorities.CountAsync());
            await host.StopAsync();
        }
        using (var host = Build())
        {
            var result = await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Assert.Empty(result.MigrationsApplied);
            Assert.Null(result.Seeded);
        }
    }

    [Fact]
    public async Task Start_NoSeedAsOf_WorldStandsOnTheHostsToday_MeetingsToComeAreToCome()
    {
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        using var host = Build(new FakeTimeProvider(now));
        var result = await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        Assert.Equal(new DateOnly(2026, 11, 22), result.Seeded!.AsOf);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
        Assert.True(await db.StrategyMeetings.AnyAsync(m => m.HeldAt > now));
        Assert.True(await db.Conferences.AnyAsync(m => m.HeldAt > now));
        Assert.True(await db.Plans.AnyAsync(p => p.StartDate > new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task Start_SeedAsOfSet_OverridesTheClock()
    {
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)), ("Data:SeedAsOf", "2026-03-31"));
        var result = await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        Assert.Equal(new DateOnly(2026, 3, 31), result.Seeded!.AsOf);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Plans.AnyAsync(p => p.StartDate > new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public async Task Start_PendingMigrationInProduction_Refuses()
    {
        using var host = Build(("Data:RefuseToStartWithPendingMigrations", "true"));
        var ex = await Assert.ThrowsAsync<MigrationException>(() => host.StartAsync());
        Assert.Contains("pending", ex.Message);
        Assert.Contains("1 initial", ex.Message);
    }

    [Fact]
    public async Task Start_InvalidSettings_FailsNamingEachSetting()
    {
        using var host = Build(("ConnectionStrings:Partnership", ""), ("Data:SeedPreset", "atlantis"));
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("ConnectionStrings:Partnership is missing", ex.Message);
        Assert.Contains("Data:SeedPreset must be one of", ex.Message);
    }

    [Fact]
    public void Resolve_PostgresProvider_UsesNpgsql()
    {
        using var host = Build(("Data:Provider", "Postgres"), ("ConnectionStrings:Partnership", "Host=127.0.0.1;Database=x"), ("Data:InitializeOnStart", "false"));
        using var scope = host.Services.CreateScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<PartnershipDbContext>().Database.IsNpgsql());
    }

    [Fact]
    public async Task Start_AfterSeedingOrOnAnUnanalysedDatabase_PlannerStatisticsExist()
    {
        using (var host = Build())
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
            Assert.True(await DatabaseStatistics.ExistAsync(db)); // the load analysed what it loaded
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1");
            Assert.False(await DatabaseStatistics.ExistAsync(db));
        }
        using (var host = Build())
        {
            var result = await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Assert.Null(result.Seeded);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<PartnershipDbContext>>().CreateDbContextAsync();
            Assert.True(await DatabaseStatistics.ExistAsync(db)); // a database loaded before statistics were kept is analysed at start
        }
    }
}
