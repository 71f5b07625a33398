namespace Partnership.Schema.Tests.Hub;

/// <summary>One seeded SQLite hub shared by the read-only tests of a class.</summary>
public sealed class ScenarioFixture : IAsyncLifetime
{
    public HubHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await HubHost.SqliteAsync();
        await using var db = Host.NewContext();
        await Scenario.SeedAsync(db);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
