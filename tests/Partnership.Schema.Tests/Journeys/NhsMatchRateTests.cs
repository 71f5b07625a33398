using Microsoft.EntityFrameworkCore;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>CP-IS readiness as a service manager reads it: the council's in-scope children matched by NHS number, and those that are not.</summary>
public sealed class NhsMatchRateTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    internal const string Query = """
        { nhsMatchRate(council: "871") { council inScope matched unmatched rate meetsGoLiveRule }
          unmatchedChildren(council: "871") { childId unborn reasons } }
        """;

    [Fact]
    public async Task NhsMatchRate_EveryInScopeChildMatched_MeetsTheGoLiveRule()
    {
        var r = await _host.RunAsync(SocialWorker, Query);
        r.AssertNoErrors();
        // Casey (child protection), Liam (looked after) and the unborn child of Mary, who has an NHS number (pre-birth).
        Assert.Equal(3, r.At("nhsMatchRate.inScope")!.GetValue<int>());
        Assert.Equal(3, r.At("nhsMatchRate.matched")!.GetValue<int>());
        Assert.Equal(1d, r.At("nhsMatchRate.rate")!.GetValue<double>());
        Assert.True(r.At("nhsMatchRate.meetsGoLiveRule")!.GetValue<bool>());
        Assert.Empty(r.At("unmatchedChildren")!.AsArray());
    }

    [Fact]
    public async Task NhsMatchRate_ChildAndExpectantMotherWithoutNumbers_BelowTheRuleAndListed()
    {
        await RemoveNumbersAsync(_host);
        var r = await _host.RunAsync(SocialWorker, Query);
        r.AssertNoErrors();
        Assert.Equal(3, r.At("nhsMatchRate.inScope")!.GetValue<int>());
        Assert.Equal(1, r.At("nhsMatchRate.matched")!.GetValue<int>());
        Assert.Equal(2, r.At("nhsMatchRate.unmatched")!.GetValue<int>());
        Assert.Equal(0.3333, r.At("nhsMatchRate.rate")!.GetValue<double>());
        Assert.False(r.At("nhsMatchRate.meetsGoLiveRule")!.GetValue<bool>());
        var listed = r.At("unmatchedChildren")!.AsArray().ToDictionary(n => n!["childId"]!.GetValue<string>(), n => n!);
        Assert.Equal(["CHILD_PROTECTION"], listed[Id(CpChild)]["reasons"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.False(listed[Id(CpChild)]["unborn"]!.GetValue<bool>());
        Assert.True(listed[Id(Unborn)]["unborn"]!.GetValue<bool>());
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task NhsMatchRate_PoliceOrACouncilNotInTheToken_ForbiddenWithNoNumbers()
    {
        var police = await _host.RunAsync(PoliceOfficer, """{ nhsMatchRate(council: "871") { rate } }""");
        Assert.Equal(["FORBIDDEN"], police.ErrorCodes);
        Assert.Null(police.Data);
        var reading = await _host.RunAsync(SocialWorker, """{ unmatchedChildren(council: "870") { childId } }""");
        Assert.Equal(["FORBIDDEN"], reading.ErrorCodes);
        Assert.Null(reading.Data);
    }

    /// <summary>Casey's NHS number and Mary's (the expectant mother's) are not recorded.</summary>
    internal static async Task RemoveNumbersAsync(HubHost host)
    {
        await using var db = host.NewContext();
        foreach (var person in await db.People.Where(p => p.Id == CpChild || p.Id == ExpectantMother).ToListAsync()) person.NhsNumber = null;
        await db.SaveChangesAsync();
    }
}
