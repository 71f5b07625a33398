using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dfe;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.Dfe;

public abstract class Ssda903Tests(DataProvider provider, PostgresFixture? pg)
{
    private const string EpisodeColumns = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    private static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dfe", "Samples", "SSDA903_2020_episodes.csv"));

    /// <summary>The sample without its overlapping episode, the last X1 made an E8, and a Header table for its two children.</summary>
    private static readonly Ssda903File CorrectedEpisodes = new("episodes.csv", $"""
        {EpisodeColumns}
        689661,02/12/2018,S,J2,N5,U5,PR4,16/05/2019,X1,,I28 8HA,C25 1YT,5431039
        689661,16/05/2019,T,J2,N5,U5,PR4,26/09/2019,E2,,I28 8HA,C25 1YT,5431039
        249901,30/03/2019,L,J3,N6,U4,PR1,10/04/2019,X1,,F18 7NI,P13 2TR,4743233
        249901,10/04/2019,L,V3,N6,U4,PR1,24/06/2019,E8,CREQB,F18 7NI,P13 2TR,4743233

        """);

    private static readonly Ssda903File Header = new("header.csv", """
        CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
        689661,1,14/03/2007,WBRI,P123456789123,,
        249901,2,01/09/2010,NOBT,UN2,0,
        """);

    private async Task<TestDatabase> EmptyAsync() => await TestDatabase.CreateAsync(provider, pg);

    [Fact]
    public void Schema_Y2024_ReadsTheEpisodesAndHeaderColumnsWithTheirCodeLists()
    {
        var episodes = Ssda903Schema.Y2024["Episodes"];
        Assert.Equal(EpisodeColumns, string.Join(',', episodes.Select(c => c.Name)));
        Assert.Equal(13, episodes.Single(c => c.Name == "LS").Codes.Count);
        Assert.Contains("E4A", episodes.Single(c => c.Name == "REC").Codes);
        Assert.True(episodes.Single(c => c.Name == "PLACE_PROVIDER").CanBeBlank);
        Assert.False(episodes.Single(c => c.Name == "DECOM").CanBeBlank);
        Assert.Equal(Ssda903ColumnKind.Date, episodes.Single(c => c.Name == "DEC").Kind);
        Assert.Equal("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", string.Join(',', Ssda903Schema.Y2024["Header"].Select(c => c.Name)));
        Assert.Equal(11, Ssda903Schema.Y2024.Tables.Count);
    }

    [Fact]
    public async Task Import_Sample2020_RejectedForOverlapsAndAnUnfollowedX1WithLineAndChild_NothingStored()
    {
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new Ssda903Importer(db).ImportAsync("871", [new Ssda903File("sample.csv", Sample)]);

        Assert.False(result.Succeeded);
        Assert.Collection(result.Problems,
            p => { Assert.Equal((2, "689661"), (p.Line, p.ChildId)); Assert.Contains("overlaps the one from 02/12/2018 to 16/05/2019 (line 3)", p.Message); },
            p => { Assert.Equal((4, "689661"), (p.Line, p.ChildId)); Assert.Contains("overlaps the one from 11/12/2018 to 18/07/2019 (line 2)", p.Message); },
            p => { Assert.Equal((6, "249901"), (p.Line, p.ChildId)); Assert.Contains("REC X1 says a new episode starts on 24/06/2019", p.Message); });
        Assert.Equal(0, await db.LocalAuthorities.CountAsync());
        Assert.Equal(0, await db.CareEpisodes.CountAsync());
    }

    [Fact]
    public async Task Import_CorrectedSampleWithHeader_StoresChildrenPeriodsAndEpisodes_ReimportChangesNothing()
    {
        await using var database = await EmptyAsync();
        await using (var db = database.CreateDbContext())
        {
            var first = await new Ssda903Importer(db).ImportAsync("871", [Header, CorrectedEpisodes]);
            Assert.True(first.Succeeded, string.Join("\n", first.Problems));
            Assert.Equal((2, 2), (first.Children, first.ChildrenAdded));
        }
        await using (var db = database.CreateDbContext())
        {
            var boy = await db.People.Include(p => p.Plans).Include(p => p.CareEpisodes).SingleAsync(p => p.LaChildId == "689661");
            Assert.Equal((Sex.Male, new DateOnly(2007, 3, 14), "P123456789123"), (boy.Sex, boy.DateOfBirth!.Value, boy.Upn!.Value.Value));
            var plan = Assert.Single(boy.Plans);
            Assert.Equal((PlanKind.LookedAfter, new DateOnly(2018, 12, 2), new DateOnly(2019, 9, 26)), (plan.Kind, plan.StartDate, plan.EndDate!.Value));
            Assert.Equal((LegalStatus.Pace, PlacementType.FosterAdoptionFostering), (plan.LegalStatus!.Value, plan.PlacementType!.Value));
            Assert.Equal([EpisodeEndReason.X1, EpisodeEndReason.E2], boy.CareEpisodes.OrderBy(e => e.StartDate).Select(e => e.EndReason!.Value));
            Assert.All(boy.CareEpisodes, e => Assert.Equal(plan.Id, e.PlanId));
            var girl = await db.People.Include(p => p.CareEpisodes).SingleAsync(p => p.LaChildId == "249901");
            Assert.Equal((UpnUnknownReason.Un2, (Model.Ethnicity?)Model.Ethnicity.NotObtained), (girl.UpnUnknown!.Value, girl.Ethnicity));
            Assert.Equal(PlacementChangeReason.CarerRequestBehaviour, girl.CareEpisodes.Single(e => e.StartDate == new DateOnly(2019, 4, 10)).PlacementChangeReason);
        }
        await using (var db = database.CreateDbContext())
        {
            var again = await new Ssda903Importer(db).ImportAsync("871", [CorrectedEpisodes, Header]);
            Assert.True(again.Succeeded);
            Assert.Equal((0, 0), (again.ChildrenAdded, again.RowsWritten));
        }
    }

    [Fact]
    public async Task Import_FileWithSeveralErrors_ReportsEveryOneWithFileLineAndChild_StoresNothing()
    {
        var episodes = new Ssda903File("episodes.csv", $"""
            {EpisodeColumns}
            689661,02/12/2018,S,J9,N5,U5,PR4,16/05/2019,X1,,I28 8HA,C25 1YT,5431039
            689661,16/05/2019,T,J2,N5,U5,PR4,26/13/2019,E2,,I28 8HA,C25 1YT,5431039
            249901,30/03/2019,L,J3,N6,U4,PR1,10/04/2018,E8,,F18 7NI,P13 2TR,4743233
            249901,10/04/2019,L,V3,N6,U4,PR1
            ,10/04/2019,L,V3,N6,U4,PR1,,,,,,
            """);
        var header = new Ssda903File("header.csv", """
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            689661,1,14/03/2007,WBRI,A123456789123,,
            249901,3,01/09/2010,NOBT,UN2,0,
            """);
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new Ssda903Importer(db).ImportAsync("871", [episodes, header]);

        Assert.False(result.Succeeded);
        var expected = new (string File, int Line, string? Child, string Text)[]
        {
            ("episodes.csv", 2, "689661", "LS 'J9' is not one of the codes"),
            ("episodes.csv", 3, "689661", "DEC '26/13/2019' is not a date"),
            ("episodes.csv", 4, "249901", "DEC 10/04/2018 is before DECOM 30/03/2019"),
            ("episodes.csv", 5, "249901", "The row has 7 values for 13 columns"),
            ("episodes.csv", 6, null, "CHILD must not be blank"),
            ("header.csv", 2, "689661", "check letter should be P, found A"),
            ("header.csv", 3, "249901", "SEX '3' is not one of the codes 1, 2"),
        };
        foreach (var (file, line, child, text) in expected)
            Assert.Contains(result.Problems, p => p.File == file && p.Line == line && p.ChildId == child && p.Message.Contains(text, StringComparison.Ordinal));
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.LocalAuthorities.CountAsync());
    }

    [Theory]
    [InlineData("CHILD,DOB,REVIEW,REVIEW_CODE", "This is the Reviews table; the hub imports only the Header and Episodes tables.")]
    [InlineData("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN,EXTRA", "missing PLACE_PROVIDER; unknown EXTRA;")]
    public async Task Import_OtherTableOrWrongColumns_ReportedOnTheColumnRow(string columns, string message)
    {
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new Ssda903Importer(db).ImportAsync("871", [new Ssda903File("x.csv", columns + "\n")]);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public async Task Import_ChildUnknownToTheHubWithoutHeader_RejectedNothingStored()
    {
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new Ssda903Importer(db).ImportAsync("871", [CorrectedEpisodes]);

        Assert.Equal([(2, "689661"), (4, "249901")], result.Problems.Select(p => (p.Line, p.ChildId)));
        Assert.All(result.Problems, p => Assert.Contains("has no Header row", p.Message));
        Assert.Equal(0, await db.LocalAuthorities.CountAsync());
    }

    [Fact]
    public async Task Export_RecordedEpisodes_WritesThoseOpenInTheYearWithLaterEndsBlank()
    {
        await using var database = await EmptyAsync();
        await using (var db = database.CreateDbContext())
            Assert.True((await new Ssda903Importer(db).ImportAsync("871", [Header, CorrectedEpisodes])).Succeeded);
        await using (var db = database.CreateDbContext())
        {
            var export = await new Ssda903Exporter(db).ExportAsync("871", 2019);
            Assert.Equal($"{EpisodeColumns}\r\n" +
                         "249901,30/03/2019,L,J3,N6,U4,PR1,,,,F18 7NI,P13 2TR,4743233\r\n" +
                         "689661,02/12/2018,S,J2,N5,U5,PR4,,,,I28 8HA,C25 1YT,5431039\r\n", export.Episodes);
            Assert.Equal("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n249901,2,01/09/2010,NOBT,UN2,,\r\n689661,1,14/03/2007,WBRI,P123456789123,,\r\n", export.Header);
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public async Task Export_GeneratedCouncil_ValidatesAndRoundTripsToTheSameBytes(int year)
    {
        await using var source = await EmptyAsync();
        await SyntheticLoader.LoadAsync(source, SeededDatabase.Set);
        // The generated plans are written as one episode each; a child with recorded changes of placement and legal status adds
        // stored episodes to the same return.
        await using (var db = source.CreateDbContext())
        {
            var recorded = await new Ssda903Importer(db).ImportAsync("871", [
                new("h.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nRT0001,2,05/06/2012,MWBA,UN3,0,\n"),
                new("e.csv", $"""
                    {EpisodeColumns}
                    RT0001,01/05/{year - 1},S,V2,N1,U6,PR1,01/09/{year - 1},X1,,SL1 1,SL2 5,
                    RT0001,01/09/{year - 1},L,C1,N1,U6,PR1,15/01/{year},X1,,SL1 1,SL2 5,
                    RT0001,15/01/{year},P,C2,N1,K2,PR4,,,CREQB,SL1 1,RG1 2,SC123456
                    """)]);
            Assert.True(recorded.Succeeded, string.Join("\n", recorded.Problems));
        }
        Ssda903Export first;
        await using (var db = source.CreateDbContext())
            first = await new Ssda903Exporter(db).ExportAsync("871", year);
        IReadOnlyList<Ssda903File> files = [new("header.csv", first.Header), new("episodes.csv", first.Episodes)];
        var (problems, _) = Ssda903Validator.Validate(files);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.True(first.EpisodeCount >= 4, $"only {first.EpisodeCount} episodes in the {year} return");
        Assert.Contains("\r\nRT0001,15/01/" + year + ",P,C2,N1,K2,PR4,,,CREQB,SL1 1,RG1 2,SC123456\r\n", first.Episodes);

        await using var target = await EmptyAsync();
        await using (var db = target.CreateDbContext())
        {
            var imported = await new Ssda903Importer(db).ImportAsync("871", files);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Problems.Take(5)));
            Assert.Equal(first.Children, imported.ChildrenAdded);
        }
        Ssda903Export second;
        await using (var db = target.CreateDbContext())
            second = await new Ssda903Exporter(db).ExportAsync("871", year);
        Assert.Equal(first.Header, second.Header);
        Assert.Equal(first.Episodes, second.Episodes);

        await using (var db = target.CreateDbContext())
            Assert.Equal(0, (await new Ssda903Importer(db).ImportAsync("871", [new("header.csv", second.Header), new("episodes.csv", second.Episodes)])).RowsWritten);
    }
}

public sealed class SqliteSsda903Tests() : Ssda903Tests(DataProvider.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSsda903Tests(PostgresFixture pg) : Ssda903Tests(DataProvider.Postgres, pg);
