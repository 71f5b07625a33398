using Partnership.Schema.Journeys;
using static Partnership.Schema.Journeys.FellegiSunter;
using Record = Partnership.Schema.Journeys.FellegiSunter.Record;

namespace Partnership.Schema.Tests.Journeys;

public sealed class FellegiSunterTests
{
    private static readonly Record Amira = new("Amira", "Khan", new DateOnly(2019, 5, 4), "SL1 2AB");

    [Fact]
    public void Weight_AllFieldsAgree_AboveAutoLink_CaseAndSpacingIgnored()
    {
        var w = Weight(Amira, new("AMIRA", "khan", new DateOnly(2019, 5, 4), "sl12ab"));
        Assert.Equal(Math.Round(AgreeWeight(0) + AgreeWeight(1) + AgreeWeight(2) + AgreeWeight(3), 2), w);
        Assert.True(w >= AutoLink);
    }

    [Fact]
    public void Weight_MovedHouse_StillAutoLink()
    {
        Assert.True(Weight(Amira, Amira with { Postcode = "RG1 1AA" }) >= AutoLink);
    }

    [Fact]
    public void Weight_SameNameAndPostcodeOtherBirthday_ReviewNotLink()
    {
        var w = Weight(Amira, Amira with { DateOfBirth = new DateOnly(2017, 1, 9) });
        Assert.InRange(w, Review, AutoLink - 0.01);
    }

    [Fact]
    public void Weight_OnlySurnameAndPostcode_Rejected()
    {
        Assert.True(Weight(Amira, new("Bilal", "Khan", new DateOnly(2015, 2, 2), "SL1 2AB")) < Review);
    }

    [Fact]
    public void Weight_MissingField_CountsNothing()
    {
        Assert.Equal(Math.Round(AgreeWeight(0) + AgreeWeight(1) + AgreeWeight(2), 2), Weight(Amira, Amira with { Postcode = null }));
    }

    [Fact]
    public void Decide_TwinWithOtherGivenName_BestStillLinksByMargin()
    {
        var self = Weight(Amira, Amira);
        var twin = Weight(Amira, Amira with { GivenName = "Aisha" });
        Assert.True(twin >= AutoLink);
        Assert.Equal(Decision.AutoLink, Decide([twin, self]));
    }

    [Fact]
    public void Decide_TwoStrongCandidatesCloseTogether_Review()
    {
        Assert.Equal(Decision.Review, Decide([25, 22]));
        Assert.Equal(Decision.Reject, Decide([7.9]));
        Assert.Equal(Decision.Reject, Decide([]));
    }

    [Fact]
    public void Normalise_AccentsApostrophesAndCase_Equal()
    {
        Assert.Equal(Normalise("O'Brien"), Normalise("obrien"));
        Assert.Equal(Normalise("Zoë"), Normalise("ZOE"));
    }
}
