using Partnership.Schema.Tests.Hub;
using Partnership.Schema.Tests.Leak;

namespace Partnership.Schema.Tests.Policy;

/// <summary>The scenario database on PostgreSQL 15 (the test run's throwaway server, shared with the PostgreSQL leak test).</summary>
public sealed class PostgresScenarioFixture : ScenarioFixture
{
    protected override async Task<HubHost> CreateHostAsync() =>
        await HubHost.PostgresAsync(await (await SharedPostgres.ServerAsync()).CreateDatabaseAsync("scenario"));
}

/// <summary>The scenario suite (every agency and role, every column) on PostgreSQL: the same expectations as on SQLite.</summary>
public sealed class PostgresScenarioTests(PostgresScenarioFixture f) : ScenarioTests(f), IClassFixture<PostgresScenarioFixture>;

/// <summary>Lookups, the NHS-number route, meetings and the side channels (filters, sorts, counts) on PostgreSQL.</summary>
public sealed class PostgresRowAndFieldRuleTests(PostgresScenarioFixture f) : RowAndFieldRuleTests(f), IClassFixture<PostgresScenarioFixture>;
