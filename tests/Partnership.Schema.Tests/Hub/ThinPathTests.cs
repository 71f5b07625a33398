using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Hub;

public sealed class ThinPathTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    [Fact]
    public async Task Me_SocialWorker_ReturnsTheTokenAsTheHubUnderstandsIt()
    {
        var r = await f.Host.RunAsync(SocialWorker, "{ me { agency kind subject organisationKnown roles localAuthorities purpose } }");
        r.AssertNoErrors();
        Assert.Equal("SOCIAL_CARE", r.At("me.agency")!.GetValue<string>());
        Assert.True(r.At("me.organisationKnown")!.GetValue<bool>());
        Assert.Equal("case work", r.At("me.purpose")!.GetValue<string>());
    }

    [Fact]
    public async Task Children_SocialWorker_SeesEveryChildOfItsCouncilOnly()
    {
        var r = await f.Host.RunAsync(SocialWorker, "{ children(first: 50, order: [{ firstName: ASC }]) { totalCount nodes { id firstName lastName nhsNumber } } }");
        r.AssertNoErrors();
        Assert.Equal(9, r.At("children.totalCount")!.GetValue<int>());
        var names = r.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("Olly", names);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Child_ById_VisibleToSocialCare_InvisibleToHousing()
    {
        const string q = "query($id: ID!) { child(id: $id) { firstName lastName } }";
        var sw = await f.Host.RunAsync(SocialWorker, q, new { id = Id(CpChild) });
        sw.AssertNoErrors();
        Assert.Equal("Casey", sw.At("child.firstName")!.GetValue<string>());
        var housing = await f.Host.RunAsync(HousingOfficer, q, new { id = Id(CpChild) });
        housing.AssertNoErrors();
        Assert.Null(housing.At("child"));
    }
}
