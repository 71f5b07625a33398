using Partnership.Data.Model;
using Xunit.Abstractions;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The leak test of issue 5 on SQLite: for each agency, PARTNERSHIP_LEAK_QUERIES generated requests against the hub's schema
/// on the generated world, every returned value checked against the oracle. Fails on any leak (a value or row the oracle
/// hides) and on any mismatch (the hub hiding or erring on what the oracle shows).
/// </summary>
public sealed class LeakTests(LeakFixture fixture, ITestOutputHelper output) : IClassFixture<LeakFixture>
{
    [Theory]
    [InlineData(Agency.SocialCare)]
    [InlineData(Agency.Police)]
    [InlineData(Agency.Health)]
    [InlineData(Agency.Education)]
    [InlineData(Agency.Housing)]
    public async Task GeneratedQueries_Agency_ReturnOnlyWhatTheOracleShows(Agency agency) =>
        await LeakAssert.RunAsync(fixture, agency, LeakSettings.QueriesPerAgency, output);

    [Fact]
    public async Task ConsentEmergencyAccessAndLogs_FreshDatabase_VisibilityChangesAsTheOracleSays() =>
        await LeakAssert.MutationsAsync(fixture, output);
}

/// <summary>The same leak test on PostgreSQL 15 (PARTNERSHIP_LEAK_PG_QUERIES per agency, default 20), and the mutating run on a fresh PostgreSQL database.</summary>
public sealed class PostgresLeakTests(PostgresLeakFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresLeakFixture>
{
    [PostgresLeakTheory]
    [InlineData(Agency.SocialCare)]
    [InlineData(Agency.Police)]
    [InlineData(Agency.Health)]
    [InlineData(Agency.Education)]
    [InlineData(Agency.Housing)]
    public async Task GeneratedQueries_AgencyOnPostgres_ReturnOnlyWhatTheOracleShows(Agency agency) =>
        await LeakAssert.RunAsync(fixture, agency, LeakSettings.PostgresQueriesPerAgency, output);

    [PostgresLeakFact]
    public async Task ConsentEmergencyAccessAndLogs_FreshPostgresDatabase_VisibilityChangesAsTheOracleSays() =>
        await LeakAssert.MutationsAsync(fixture, output);
}

internal static class LeakAssert
{
    public static async Task RunAsync(LeakFixtureBase fixture, Agency agency, int queries, ITestOutputHelper output)
    {
        var report = await new LeakRunner(fixture).RunAsync(agency, queries, LeakSettings.QuerySeed + (int)agency);
        output.WriteLine($"{agency}: {report}");
        Report(report, output);
    }

    /// <summary>The mutating run (Leak/LeakMutations.cs) on a fresh database of the fixture's kind, with its own copy of the world.</summary>
    public static async Task MutationsAsync(LeakFixtureBase fixture, ITestOutputHelper output)
    {
        var world = LeakFixtureBase.NewWorld();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await using var host = await fixture.NewHostAsync();
        await LeakFixtureBase.LoadAsync(host, world);
        var load = sw.Elapsed;
        var run = new LeakMutationRun(world, host, LeakSettings.QuerySeed);
        await run.RunAsync(LeakSettings.Mutations);
        output.WriteLine($"mutations: {LeakSettings.Mutations} steps, {run.Report.Requests} requests in {sw.Elapsed.TotalSeconds:F1}s (fresh database loaded in {load.TotalSeconds:F1}s): " +
                         $"{run.Report.Leaks} leaks, {run.Report.Mismatches} mismatches, {run.Failures.Count} failures");
        foreach (var (kind, n) in run.Steps.OrderBy(k => k.Key)) output.WriteLine($"  {kind}: {n}");
        foreach (var f in run.Failures.Take(20)) output.WriteLine("FAILURE " + f);
        var failures = run.Failures.Count;
        var first = run.Failures.FirstOrDefault();
        Report(run.Report, output);
        Assert.True(failures == 0, $"{failures} failures; first: {first}");
    }

    /// <summary>Prints the report's kinds and first examples, then fails on any leak or mismatch.</summary>
    public static void Report(LeakReport report, ITestOutputHelper output)
    {
        foreach (var (kind, n) in report.MismatchKinds.OrderByDescending(k => k.Value).Take(20)) output.WriteLine($"  mismatch x{n}: {kind}");
        foreach (var (kind, n) in report.RejectedKinds.OrderByDescending(k => k.Value).Take(10)) output.WriteLine($"  rejected x{n}: {kind}");
        foreach (var e in report.LeakExamples.Take(5)) output.WriteLine("LEAK\n" + e);
        foreach (var e in report.MismatchExamples.Take(5)) output.WriteLine("MISMATCH\n" + e);
        if (LeakChecker.Unchecked.Distinct().ToList() is { Count: > 0 } unchecked_) output.WriteLine($"fields without an oracle: {string.Join(", ", unchecked_)}");
        Assert.True(report.Leaks == 0, $"{report.Leaks} leaks; first:\n{report.LeakExamples.FirstOrDefault()}");
        Assert.True(report.Mismatches == 0, $"{report.Mismatches} mismatches; first:\n{report.MismatchExamples.FirstOrDefault()}");
    }
}
