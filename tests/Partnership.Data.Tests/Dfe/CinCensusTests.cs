using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dfe;
using Partnership.Data.Synthetic;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.Dfe;

public abstract class CinCensusTests(DataProvider provider, PostgresFixture? pg)
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 5, 20, 9, 30, 0, TimeSpan.Zero);
    private static string Sample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dfe", "Samples", "cin-2022.xml"));

    /// <summary>The sample with UPNs whose check letters are right (the published sample's are not).</summary>
    private static string CorrectedSample => Sample.Replace("A123456789123", "P123456789123").Replace("X98765432123B", "F98765432123B");

    private async Task<TestDatabase> EmptyAsync() => await TestDatabase.CreateAsync(provider, pg);

    [Fact]
    public void Sample2022_AgainstThe2024Xsd_IsSchemaValid() => Assert.Empty(CinCensusValidator.ValidateSchema(Sample));

    [Fact]
    public async Task Import_Sample2022_RejectedForUpnCheckLettersWithLineAndChild_NothingStored()
    {
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new CinCensusImporter(db).ImportAsync(Sample);

        Assert.False(result.Succeeded);
        Assert.Collection(result.Problems,
            p => { Assert.Equal(21, p.Line); Assert.Equal("DfEX0000001", p.LaChildId); Assert.Contains("UPN is not a valid UPN (check letter should be P, found A)", p.Message); },
            p => { Assert.Equal(22, p.Line); Assert.Equal("DfEX0000001", p.LaChildId); Assert.StartsWith("FormerUPN is not a valid UPN", p.Message); });
        Assert.Equal(0, await db.LocalAuthorities.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
    }

    [Fact]
    public async Task Import_CorrectedSample_StoresChildAndEpisode_ReimportChangesNothing()
    {
        await using var database = await EmptyAsync();
        await using (var db = database.CreateDbContext())
        {
            var first = await new CinCensusImporter(db).ImportAsync(CorrectedSample);
            Assert.True(first.Succeeded, string.Join("\n", first.Problems));
            Assert.Equal(1, first.ChildrenAdded);
        }
        await using (var db = database.CreateDbContext())
        {
            var child = await db.People.Include(p => p.Disabilities).Include(p => p.Plans).ThenInclude(p => p.Reviews).SingleAsync();
            Assert.Equal("DfEX0000001", child.LaChildId);
            Assert.Equal("201", (await db.LocalAuthorities.SingleAsync()).Code);
            Assert.Equal(2, child.Disabilities.Count);
            var cp = Assert.Single(child.Plans, p => p.Kind == Model.PlanKind.ChildProtection);
            Assert.Equal(Model.AbuseCategory.Physical, cp.LatestCategory);
            Assert.Equal(new DateOnly(1971, 2, 15), Assert.Single(cp.Reviews).ReviewDate);
            Assert.Equal([Model.AssessmentFactor.DrugsChild, Model.AssessmentFactor.DrugsParent],
                (await db.AssessmentFactors.Select(f => f.Factor).ToListAsync()).Order());
        }
        await using (var db = database.CreateDbContext())
        {
            var again = await new CinCensusImporter(db).ImportAsync(CorrectedSample);
            Assert.True(again.Succeeded);
            Assert.Equal(0, again.ChildrenAdded);
            Assert.Equal(0, again.RowsWritten);
        }
    }

    [Fact]
    public async Task Import_FileWithSeveralErrors_ReportsEveryOneWithLineAndChild_StoresNothing()
    {
        var second = """
                    <Child>
                        <ChildIdentifiers>
                            <LAchildID>SECOND</LAchildID>
                            <GenderCurrent>5</GenderCurrent>
                        </ChildIdentifiers>
                        <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
                        <CINdetails>
                            <CINreferralDate>2021-05-01</CINreferralDate>
                            <ReferralSource>XX</ReferralSource>
                            <ReferralNFA>false</ReferralNFA>
                        </CINdetails>
                    </Child>
                </Children>
            """;
        var xml = CorrectedSample.Replace("</Children>", second).Replace("<ReferralSource>1A</ReferralSource>", "<ReferralSource>1Z</ReferralSource>");
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new CinCensusImporter(db).ImportAsync(xml);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.LaChildId == "DfEX0000001" && p.Line == 38 && p.Message.Contains("ReferralSource"));
        Assert.Contains(result.Problems, p => p.LaChildId == "SECOND" && p.Message.Contains("GenderCurrent"));
        Assert.Contains(result.Problems, p => p.LaChildId == "SECOND" && p.Message.Contains("ReferralSource"));
        Assert.All(result.Problems, p => Assert.True(p.Line > 0));
        Assert.Equal(0, await db.People.CountAsync());
    }

    [Fact]
    public async Task Import_NotXml_ReportsWhere()
    {
        await using var database = await EmptyAsync();
        await using var db = database.CreateDbContext();
        var result = await new CinCensusImporter(db).ImportAsync("<Message><Children>\n<Child></Message>");
        var problem = Assert.Single(result.Problems, p => p.Message.Contains("not well-formed"));
        Assert.Equal(2, problem.Line);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    public async Task Export_GeneratedCouncil_ValidatesAndRoundTripsToTheSameFile(int year)
    {
        await using var source = await EmptyAsync();
        await SyntheticLoader.LoadAsync(source, SeededDatabase.Set);
        string first;
        await using (var db = source.CreateDbContext())
            first = await new CinCensusExporter(db).ExportAsync("871", year, GeneratedAt);
        Assert.Empty(CinCensusValidator.Validate(first));
        Assert.Contains("<ChildProtectionPlans>", first);
        Assert.Contains("<Section47>", first);

        await using var target = await EmptyAsync();
        await using (var db = target.CreateDbContext())
        {
            var imported = await new CinCensusImporter(db).ImportAsync(first);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Problems.Take(5)));
            Assert.True(imported.Children >= 5, $"only {imported.Children} children in the {year} return");
        }
        string second;
        await using (var db = target.CreateDbContext())
            second = await new CinCensusExporter(db).ExportAsync("871", year, GeneratedAt);
        Assert.Equal(first, second);

        await using (var db = target.CreateDbContext())
            Assert.Equal(0, (await new CinCensusImporter(db).ImportAsync(second)).RowsWritten);
    }
}

public sealed class SqliteCinCensusTests() : CinCensusTests(DataProvider.Sqlite, null);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCinCensusTests(PostgresFixture pg) : CinCensusTests(DataProvider.Postgres, pg);
