using Partnership.Data.Synthetic;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests;

/// <summary>The <c>test</c> preset generated once and loaded into a fresh database per provider, shared by a test class.</summary>
public abstract class SeededDatabase : IAsyncLifetime
{
    private static readonly Lazy<SyntheticDataSet> Shared = new(() => SyntheticData.Generate("test"));
    public static SyntheticDataSet Set => Shared.Value;
    public TestDatabase Database { get; private set; } = null!;

    protected abstract Task<TestDatabase> CreateAsync();

    public async Task InitializeAsync()
    {
        Database = await CreateAsync();
        await SyntheticLoader.LoadAsync(Database, Set);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class SqliteSeededDatabase : SeededDatabase
{
    protected override Task<TestDatabase> CreateAsync() => TestDatabase.CreateAsync(DataProvider.Sqlite);
}
