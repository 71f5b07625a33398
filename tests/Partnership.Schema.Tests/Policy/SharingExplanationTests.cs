using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;
using Partnership.Schema.Tests.Leak;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>Why can this organisation see this child: the explanation comes from the policy and agrees with what the hub returns.</summary>
public sealed class SharingExplanationTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    private const string Explain = "query($id: ID!, $org: String) { sharingExplanation(childId: $id, organisation: $org) { organisation agency grants { category route basis scope } } }";

    private static List<string> Grants(Response r) => r.At("sharingExplanation.grants")!.AsArray()
        .Select(g => $"{g!["category"]!.GetValue<string>()} {g["basis"]!.GetValue<string>()}").Order().ToList();

    [Fact]
    public async Task SharingExplanation_PoliceForCasey_StatutoryAndTheMeetingItAttended()
    {
        var r = await f.Host.RunAsync(PoliceOfficer, Explain, new { id = Id(CpChild) });
        r.AssertNoErrors();
        var grants = Grants(r);
        Assert.Contains("IDENTITY STATUTORY", grants);
        Assert.Contains("PLAN_DETAIL STATUTORY", grants);
        Assert.Contains("MEETING_SCHEDULE INVITED", grants);
        Assert.Contains("MEETING_RECORD ATTENDED", grants);
        Assert.DoesNotContain(grants, g => g.StartsWith("CONFIDENTIAL_ADDRESS", StringComparison.Ordinal));
        Assert.Equal("STATUTORY_SAFEGUARDING", r.At("sharingExplanation.grants.0.route")!.GetValue<string>());
    }

    [Fact]
    public async Task SharingExplanation_SocialCareAsksForTwoHealthOrganisations_OnlyThePracticeTheConsentNames()
    {
        var gp = await f.Host.RunAsync(SocialWorker, Explain, new { id = Id(CinConsent), org = "K81001" });
        gp.AssertNoErrors();
        Assert.Equal("Upton Surgery", gp.At("sharingExplanation.organisation")!.GetValue<string>());
        Assert.Equal(["IDENTITY CONSENT"], Grants(gp));
        var team = await f.Host.RunAsync(SocialWorker, Explain, new { id = Id(CinConsent), org = "HV-SLOUGH" });
        team.AssertNoErrors();
        Assert.Empty(Grants(team));
    }

    [Fact]
    public async Task SharingExplanation_PartnerAsksAboutAnotherOrganisation_Forbidden()
    {
        var r = await f.Host.RunAsync(HealthVisitor, Explain, new { id = Id(CpChild), org = "K81001" });
        Assert.Equal(["FORBIDDEN"], r.ErrorCodes);
        var hidden = await f.Host.RunAsync(HealthVisitor, Explain, new { id = Id(CinNoConsent) });
        hidden.AssertNoErrors();
        Assert.Null(hidden.At("sharingExplanation")); // a child it may not see does not exist for it
    }
}

/// <summary>For every organisation the leak test calls as, the explanation social care gets and the data the organisation gets agree.</summary>
public sealed class SharingExplanationAgreementTests(LeakFixture f) : IClassFixture<LeakFixture>
{
    [Fact]
    public async Task SharingExplanation_EveryLeakOrganisation_IdentityGrantedExactlyWhereTheChildExistsForIt()
    {
        var social = LeakCaller.For(f.World, Agency.SocialCare)[0];
        var rng = new Random(871);
        var checkedPairs = 0;
        foreach (var agency in new[] { Agency.Police, Agency.Health, Agency.Education, Agency.Housing })
            foreach (var caller in LeakCaller.For(f.World, agency).Where(c => c.OrganisationId is not null && c.Councils.SequenceEqual(social.Councils)))
            {
                var children = f.World.Children.Where(c => social.Councils.Contains(f.World.CouncilCode(c.LocalAuthorityId))).OrderBy(_ => rng.Next()).Take(12)
                    .Concat(f.World.Children.Where(c => f.Oracle.ChildVisible(c, RequestView.Plain(caller))).Take(4)).Distinct();
                foreach (var child in children)
                {
                    var id = GlobalId.Encode("Child", child.Id);
                    var explained = await f.Host.RunAsync(LeakRunner.Token(social), "query($id: ID!, $org: String) { sharingExplanation(childId: $id, organisation: $org) { grants { category } } }",
                        new { id, org = caller.OrganisationId!.Value.ToString() });
                    explained.AssertNoErrors();
                    var identity = explained.At("sharingExplanation.grants")!.AsArray().Any(g => g!["category"]!.GetValue<string>() == "IDENTITY");
                    var seen = await f.Host.RunAsync(LeakRunner.Token(caller), "query($id: ID!) { child(id: $id) { id } }", new { id });
                    Assert.True(identity == seen.At("child") is not null, $"{caller.Name}, child {child.Id}: explanation says {identity}, the hub {seen}");
                    checkedPairs++;
                }
            }
        Assert.True(checkedPairs > 100, $"only {checkedPairs} pairs checked");
    }
}
