namespace Partnership.Schema.Tests.Hub;

/// <summary>One seeded hub shared by the read-only tests of a class: SQLite here, PostgreSQL in <c>PostgresScenarioFixture</c>.</summary>
public class ScenarioFixture : IAsyncLifetime
{
    public HubHost Host { get; private set; } = null!;

    /// <summary>A new, migrated, empty hub database.</summary>
    protected virtual Task<HubHost> CreateHostAsync() => HubHost.SqliteAsync();

    public async Task InitializeAsync()
    {
        Host = await CreateHostAsync();
        await using var db = Host.NewContext();
        await Scenario.SeedAsync(db);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
