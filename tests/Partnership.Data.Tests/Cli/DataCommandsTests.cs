using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data.Cli;

namespace Partnership.Data.Tests.Cli;

public sealed class DataCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("partnership-cli-").FullName;
    private string Connection => $"Data Source={Path.Combine(_dir, "hub.db")};Pooling=False";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args) => await RunAt(TimeProvider.System, args);

    private static async Task<(int Code, string Out, string Err)> RunAt(TimeProvider time, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await DataCommands.RunAsync(args, o, e, time);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Load_TestPreset_ThenExportAndVerify()
    {
        var load = await Run("load", "--provider", "sqlite", "--connection", Connection, "--preset", "test", "--as-of", "2026-03-31");
        Assert.Equal(0, load.Code);
        Assert.Contains("Loaded test (seed 871, as of 2026-03-31)", load.Out);

        var again = await Run("load", "--provider", "Sqlite", "--connection", Connection, "--preset", "test");
        Assert.Equal(1, again.Code);
        Assert.Contains("already holds 2 local authorities", again.Err);

        var file = Path.Combine(_dir, "cin.xml");
        Assert.Equal(0, (await Run("cin-export", "--provider", "Sqlite", "--connection", Connection, "--council", "871", "--year", "2025", "--file", file)).Code);
        Assert.Empty(Data.Dfe.CinCensusValidator.Validate(File.ReadAllText(file)));

        var verify = await Run("verify-audit", "--provider", "Sqlite", "--connection", Connection);
        Assert.Equal(0, verify.Code);
        Assert.Contains("intact", verify.Out);
    }

    [Fact]
    public async Task Ssda903ExportThenImport_IntoAnEmptyDatabase_WritesBothTablesAndImportsThem()
    {
        Assert.Equal(0, (await Run("load", "--provider", "Sqlite", "--connection", Connection, "--preset", "test", "--as-of", "2026-03-31")).Code);
        string Path(string name) => System.IO.Path.Combine(_dir, name);
        var export = await Run("ssda903-export", "--provider", "Sqlite", "--connection", Connection, "--council", "871", "--year", "2026",
            "--episodes", Path("episodes.csv"), "--header", Path("header.csv"));
        Assert.Equal(0, export.Code);
        Assert.Matches(@"Wrote .*header\.csv \(\d+ children\) and .*episodes\.csv \(\d+ episodes\)\.", export.Out);
        Assert.StartsWith("CHILD,DECOM,RNE,LS,CIN,PLACE,", File.ReadAllText(Path("episodes.csv")));

        var target = $"Data Source={Path("target.db")};Pooling=False";
        Assert.Equal(0, (await Run("migrate", "--provider", "Sqlite", "--connection", target)).Code);
        var import = await Run("ssda903-import", "--provider", "Sqlite", "--connection", target, "--council", "871",
            "--episodes", Path("episodes.csv"), "--header", Path("header.csv"));
        Assert.Equal(0, import.Code);
        Assert.Contains("new, ", import.Out);

        var unknownCouncil = await Run("ssda903-export", "--provider", "Sqlite", "--connection", Connection, "--council", "999", "--year", "2026",
            "--episodes", Path("x.csv"), "--header", Path("y.csv"));
        Assert.Equal(2, unknownCouncil.Code);
        Assert.Contains("No local authority with code 999", unknownCouncil.Err);
    }

    [Fact]
    public async Task Ssda903Import_BadTable_Exit1ListingEveryProblemWithLineAndChild()
    {
        Assert.Equal(0, (await Run("migrate", "--provider", "Sqlite", "--connection", Connection)).Code);
        var file = System.IO.Path.Combine(_dir, "episodes.csv");
        File.WriteAllText(file, "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
                                "A1,01/02/2025,S,ZZ,N1,U4,,,,,,,\nA2,31/02/2025,S,C2,N1,U4,,,,,,,\n");
        var result = await Run("ssda903-import", "--provider", "Sqlite", "--connection", Connection, "--council", "871", "--episodes", file);

        Assert.Equal(1, result.Code);
        Assert.Contains("episodes.csv line 2, child A1: LS 'ZZ' is not one of the codes", result.Err);
        Assert.Contains("episodes.csv line 3, child A2: DECOM '31/02/2025' is not a date", result.Err);
        Assert.Contains("Nothing imported: 2 problem(s).", result.Out);
        var missing = await Run("ssda903-import", "--provider", "Sqlite", "--connection", Connection, "--episodes", file);
        Assert.Equal(2, missing.Code);
        Assert.Contains("--council is required", missing.Err);
    }

    [Fact]
    public async Task Run_BadArguments_ExitCode2WithMessage()
    {
        Assert.Equal(2, (await Run("load", "--provider", "Oracle", "--connection", "x", "--preset", "test")).Code);
        var missing = await Run("load", "--provider", "Sqlite", "--connection", Connection);
        Assert.Equal(2, missing.Code);
        Assert.Contains("--preset is required", missing.Err);
        var unknown = await Run("load", "--provider", "Sqlite", "--connection", Connection, "--preset", "mars");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("Unknown preset 'mars'", unknown.Err);
        var date = await Run("load", "--provider", "Sqlite", "--connection", Connection, "--preset", "test", "--as-of", "31/03/2026");
        Assert.Equal(2, date.Code);
        Assert.Contains("--as-of must be a date as yyyy-MM-dd", date.Err);
    }

    [Fact]
    public async Task Load_WithoutAsOf_WorldStandsOnTodayInEngland()
    {
        // 23:30 UTC on 21 June is already 22 June in London (BST).
        var load = await RunAt(new FakeTimeProvider(new DateTimeOffset(2026, 6, 21, 23, 30, 0, TimeSpan.Zero)), "load", "--provider", "Sqlite", "--connection", Connection, "--preset", "test");
        Assert.Equal(0, load.Code);
        Assert.Contains("as of 2026-06-22", load.Out);
        await using var db = new PartnershipDbContext(new DbContextOptionsBuilder<PartnershipDbContext>().UseSqlite(Connection).Options);
        var latestStart = await db.Plans.MaxAsync(p => p.StartDate);
        Assert.InRange(latestStart, new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 22));
    }

    [Fact]
    public async Task Run_NoCommand_PrintsTheCommandsAndExits2()
    {
        var bare = await Run();

        Assert.Equal(2, bare.Code);
        foreach (var command in new[] { "migrate", "load", "verify-audit", "cin-import", "cin-export", "ssda903-import", "ssda903-export" })
            Assert.Contains(command, bare.Out);
    }

    [Fact]
    public async Task Run_Help_DescribesTheCommandsOptionsAndExits0()
    {
        var help = await Run("load", "--help");

        Assert.Equal(0, help.Code);
        Assert.Contains("--preset", help.Out);
        Assert.Contains("--as-of", help.Out);
    }

    [Fact]
    public async Task Run_UnknownOptionOrMissingConnection_Exits2NamingIt()
    {
        var unknown = await Run("migrate", "--provider", "Sqlite", "--connection", Connection, "--colour", "blue");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("--colour", unknown.Err);

        var missing = await Run("verify-audit", "--provider", "Sqlite");
        Assert.Equal(2, missing.Code);
        Assert.Contains("--connection is required", missing.Err);
    }
}
