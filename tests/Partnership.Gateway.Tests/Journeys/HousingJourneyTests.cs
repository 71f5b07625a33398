using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.GraphQL.AspNetCore.Security;
using M = Partnership.Data.Model;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>Council housing links a household over HTTP with a housing officer's token, then sees only what the policy grants.</summary>
public sealed class HousingJourneyTests(JourneyHost host) : IClassFixture<JourneyHost>
{
    private static readonly DateOnly Today = new(2026, 3, 31);

    private string Housing => host.Token(Agency.Housing, "Slough Housing Services");

    [Fact]
    public async Task LinkHousehold_ExactThenProbabilistic_HousingThenSeesOnlyInvolvement()
    {
        var today = Today;
        var linked = await host.Db(db => db.HouseholdMembers.Where(m => m.LinkedByAgency == M.Agency.Housing).Select(m => m.PersonId).ToListAsync());
        var exact = await host.Db(db => db.People.Where(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871" && p.NhsNumber != null
                && p.CaseHoldingHubId != null && !linked.Contains(p.Id))
            .Select(p => new { p.Id, Nhs = (string)(object)p.NhsNumber! }).FirstAsync());
        var fuzzy = await host.Db(db => db.People.Where(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871" && p.DateOfBirth != null
                && p.GivenName != null && !linked.Contains(p.Id) && p.Id != exact.Id)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.DateOfBirth,
                Postcode = p.Addresses.Where(a => !a.IsConfidential && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today)).Select(a => a.Postcode).FirstOrDefault() })
            .Where(p => p.Postcode != null).FirstAsync());
        var before = await host.Data(Housing, "query($nhs: String!) { children(where: { nhsNumber: { eq: $nhs } }) { totalCount } }", new { nhs = exact.Nhs });
        Assert.Equal(0, before["children"]!["totalCount"]!.GetValue<int>());

        var data = await host.Data(Housing, """
            mutation($input: LinkHouseholdInput!) { linkHousehold(input: $input) {
              members { index outcome method weight person { firstName hasSocialWorker socialCareHub { name phone } } } errors { code field } } }
            """, new { input = new {
                reference = "TEN-2026-0042", scheme = "SLOUGH-HOUSING",
                members = new object[] {
                    new { relationship = "CHILD", nhsNumber = exact.Nhs, housingPersonId = "H-1001" },
                    new { relationship = "CHILD", firstName = fuzzy.GivenName, lastName = fuzzy.FamilyName, dateOfBirth = fuzzy.DateOfBirth!.Value.ToString("yyyy-MM-dd"), postcode = fuzzy.Postcode!.ToLowerInvariant(), housingPersonId = "H-1002" },
                    new { relationship = "LODGER", firstName = "Nobody", lastName = "Unknownperson", dateOfBirth = "1970-01-01" },
                } } });
        var members = data["linkHousehold"]!["members"]!.AsArray();
        Assert.Empty(data["linkHousehold"]!["errors"]!.AsArray());
        Assert.Equal(["LINKED", "LINKED", "NOT_LINKED"], members.Select(m => m!["outcome"]!.GetValue<string>()));
        Assert.Equal("EXACT_IDENTIFIER", members[0]!["method"]!.GetValue<string>());
        Assert.Equal("PROBABILISTIC", members[1]!["method"]!.GetValue<string>());
        Assert.True(members[1]!["weight"]!.GetValue<double>() >= 20);
        Assert.True(members[0]!["person"]!["hasSocialWorker"]!.GetValue<bool>());
        Assert.NotNull(members[0]!["person"]!["socialCareHub"]!["name"]);

        // Afterwards: identity and "contact hub X", never plans, protection detail or a confidential address.
        var after = await host.Send(Housing, """
            query($nhs: String!) { children(where: { nhsNumber: { eq: $nhs } }) { totalCount nodes { firstName hasSocialWorker socialCareHub { name } plans { kind } protectionStatus { childProtectionPlan { start } } confidentialAddress { line1 } } } }
            """, new { nhs = exact.Nhs });
        Assert.Equal(1, after["data"]!["children"]!["totalCount"]!.GetValue<int>());
        var denied = after["errors"]!.AsArray().Where(e => e!["extensions"]!["code"]!.GetValue<string>() == "NOT_AUTHORIZED")
            .Select(e => e!["path"]!.AsArray().Last()!.ToString()).Order().ToList();
        Assert.Equal(["confidentialAddress", "plans", "protectionStatus"], denied);

        // Linking again with the housing system's own id is exact and adds nothing.
        var count = await host.Db(db => db.HouseholdMembers.CountAsync());
        var again = await host.Data(Housing, """
            mutation { linkHousehold(input: { reference: "TEN-2026-0042", scheme: "SLOUGH-HOUSING", members: [{ relationship: CHILD, housingPersonId: "H-1002" }] }) { members { outcome method } errors { code } } }
            """);
        Assert.Equal("EXACT_IDENTIFIER", again["linkHousehold"]!["members"]![0]!["method"]!.GetValue<string>());
        Assert.Equal(count, await host.Db(db => db.HouseholdMembers.CountAsync()));
    }

    [Fact]
    public async Task LinkHousehold_InvalidNhsNumber_NothingLinked()
    {
        var count = await host.Db(db => db.HouseholdMembers.CountAsync());
        var data = await host.Data(Housing, """
            mutation { linkHousehold(input: { reference: "TEN-1", scheme: "SLOUGH-HOUSING", members: [{ relationship: CHILD, nhsNumber: "1234567890" }, { relationship: MOTHER, firstName: "A" }] }) { members { outcome } errors { code field } } }
            """);
        var codes = data["linkHousehold"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("INVALID_NHS_NUMBER", codes);
        Assert.Contains("NOT_ENOUGH_TO_MATCH", codes);
        Assert.Empty(data["linkHousehold"]!["members"]!.AsArray());
        Assert.Equal(count, await host.Db(db => db.HouseholdMembers.CountAsync()));
    }
}
