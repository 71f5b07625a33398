using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
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
            .Select(p => new
            {
                p.Id, p.GivenName, p.FamilyName, p.DateOfBirth,
                Postcode = p.Addresses.Where(a => !a.IsConfidential && Period.IsOpen(a.ValidFrom, a.ValidTo, today)).Select(a => a.Postcode).FirstOrDefault()
            })
            .Where(p => p.Postcode != null).FirstAsync());
        var before = await host.Data(Housing, "query($nhs: String!) { children(where: { nhsNumber: { eq: $nhs } }) { totalCount } }", new { nhs = exact.Nhs });
        Assert.Equal(0, before["children"]!["totalCount"]!.GetValue<int>());

        var data = await host.Data(Housing, """
            mutation($input: LinkHouseholdInput!) { linkHousehold(input: $input) {
              members { index outcome method weight person { firstName hasSocialWorker socialCareHub { name phone } } } errors { code field } } }
            """, new
        {
            input = new
            {
                reference = "TEN-2026-0042", scheme = "SLOUGH-HOUSING",
                members = new object[] {
                    new { relationship = "CHILD", nhsNumber = exact.Nhs, housingPersonId = "H-1001" },
                    new { relationship = "CHILD", firstName = fuzzy.GivenName, lastName = fuzzy.FamilyName, dateOfBirth = fuzzy.DateOfBirth!.Value.ToString("yyyy-MM-dd"), postcode = fuzzy.Postcode!.ToLowerInvariant(), housingPersonId = "H-1002" },
                    new { relationship = "LODGER", firstName = "Nobody", lastName = "Unknownperson", dateOfBirth = "1970-01-01" },
                }
            }
        });
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

    private const string Link = """
        mutation($input: LinkHouseholdInput!) { linkHousehold(input: $input) {
          members { index outcome method weight review { id band status firstName lastName dateOfBirth postcode } person { firstName } } errors { code field } } }
        """;

    private const string Queue = "{ householdMatchReviews { id householdReference relationship firstName lastName dateOfBirth postcode band status } }";

    /// <summary>A child of Slough with a current open postcode that no housing team has linked, and its NHS number.</summary>
    private async Task<(Guid Id, string Nhs, string Given, string Family, DateOnly Born, string Postcode)> UnlinkedChildAsync(int skip)
    {
        var today = Today;
        var linked = await host.Db(db => db.HouseholdMembers.Select(m => m.PersonId).Concat(db.HouseholdMatchReviews.Select(r => r.CandidatePersonId)).ToListAsync());
        var c = await host.Db(db => db.People.Where(p => p.Kind == M.PersonKind.Child && p.LocalAuthority!.Code == "871" && p.DateOfBirth != null
                && p.NhsNumber != null && !linked.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, Nhs = (string)(object)p.NhsNumber!, p.GivenName, p.FamilyName, p.DateOfBirth,
                Postcode = p.Addresses.Where(a => !a.IsConfidential && Period.IsOpen(a.ValidFrom, a.ValidTo, today)).Select(a => a.Postcode).FirstOrDefault()
            })
            .Where(p => p.Postcode != null).Skip(skip).FirstAsync());
        return (c.Id, c.Nhs, c.GivenName!, c.FamilyName!, c.DateOfBirth!.Value, c.Postcode!);
    }

    /// <summary>Same names and postcode, another birthday: 18.8, between the review (8) and automatic-link (20) thresholds.</summary>
    private static object Uncertain(string reference, (Guid Id, string Nhs, string Given, string Family, DateOnly Born, string Postcode) c, string housingId) => new
    {
        reference, scheme = "SLOUGH-HOUSING",
        members = new object[] { new { relationship = "CHILD", firstName = c.Given, lastName = c.Family, dateOfBirth = c.Born.AddDays(3).ToString("yyyy-MM-dd"), postcode = c.Postcode, housingPersonId = housingId } },
    };

    private async Task<int> VisibleAsync(string token, string nhs) =>
        (await host.Data(token, "query($nhs: String!) { children(where: { nhsNumber: { eq: $nhs } }) { totalCount } }", new { nhs }))["children"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task LinkHousehold_UncertainMatch_QueuedShowingOnlyWhatHousingSent_ConfirmLinks()
    {
        var child = await UnlinkedChildAsync(0);
        var data = await host.Data(Housing, Link, new { input = Uncertain("TEN-REVIEW-1", child, "H-2001") });
        Assert.Empty(data["linkHousehold"]!["errors"]!.AsArray());
        var member = data["linkHousehold"]!["members"]![0]!;
        Assert.Equal("PENDING_REVIEW", member["outcome"]!.GetValue<string>());
        Assert.Null(member["weight"]);
        Assert.Null(member["person"]);
        Assert.Equal("MEDIUM", member["review"]!["band"]!.GetValue<string>());
        Assert.Equal(child.Born.AddDays(3).ToString("yyyy-MM-dd"), member["review"]!["dateOfBirth"]!.GetValue<string>()); // what housing sent, not the child's
        var id = member["review"]!["id"]!.GetValue<string>();

        // The queue: this team's pending item, with nothing of the candidate; the child is still invisible to housing.
        var queue = (await host.Data(Housing, Queue))["householdMatchReviews"]!.AsArray();
        var item = Assert.Single(queue, r => r!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("TEN-REVIEW-1", item["householdReference"]!.GetValue<string>());
        Assert.Equal(["band", "dateOfBirth", "firstName", "householdReference", "id", "lastName", "postcode", "relationship", "status"], item.AsObject().Select(kv => kv.Key).Order());
        Assert.Equal(0, await VisibleAsync(Housing, child.Nhs));
        // Asking again does not queue it twice.
        var again = await host.Data(Housing, Link, new { input = Uncertain("TEN-REVIEW-1", child, "H-2001") });
        Assert.Equal(id, again["linkHousehold"]!["members"]![0]!["review"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await host.Db(db => db.HouseholdMatchReviews.CountAsync(r => r.CandidatePersonId == child.Id)));

        // Another team does not see it and cannot decide it; another agency may not ask.
        var reading = host.Token(Agency.Housing, "Reading Housing Services", ["871"]);
        Assert.DoesNotContain((await host.Data(reading, Queue))["householdMatchReviews"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);
        const string Confirm = "mutation($id: ID!) { confirmHouseholdMatch(input: { reviewId: $id }) { review { status decidedAt } person { firstName hasSocialWorker } errors { code field } } }";
        var foreign = await host.Data(reading, Confirm, new { id });
        Assert.Equal("NOT_FOUND", foreign["confirmHouseholdMatch"]!["errors"]![0]!["code"]!.GetValue<string>());
        var health = host.Token(Agency.Health, JourneyHost.HealthVisitingTeam);
        Assert.Equal("FORBIDDEN", (await host.Send(health, Queue))["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await host.Data(health, Confirm, new { id }))["confirmHouseholdMatch"]!["errors"]![0]!["code"]!.GetValue<string>());
        var bad = await host.Data(Housing, Confirm, new { id = "not-an-id" });
        Assert.Equal(["input", "reviewId"], bad["confirmHouseholdMatch"]!["errors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(M.MatchReviewStatus.Pending, await host.Db(db => db.HouseholdMatchReviews.Where(r => r.CandidatePersonId == child.Id).Select(r => r.Status).SingleAsync()));

        // Confirmed: the member is linked, and housing sees the child as the policy grants it.
        var confirmed = await host.Data(Housing, Confirm, new { id });
        Assert.Empty(confirmed["confirmHouseholdMatch"]!["errors"]!.AsArray());
        Assert.Equal("CONFIRMED", confirmed["confirmHouseholdMatch"]!["review"]!["status"]!.GetValue<string>());
        Assert.Equal(child.Given, confirmed["confirmHouseholdMatch"]!["person"]!["firstName"]!.GetValue<string>());
        Assert.Equal(1, await VisibleAsync(Housing, child.Nhs));
        Assert.Equal(M.LinkMethod.Manual, await host.Db(db => db.HouseholdMembers.Where(m => m.PersonId == child.Id).Select(m => m.LinkMethod).SingleAsync()));
        Assert.DoesNotContain((await host.Data(Housing, Queue))["householdMatchReviews"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);
        var twice = await host.Data(Housing, Confirm, new { id });
        Assert.Equal("ALREADY_DECIDED", twice["confirmHouseholdMatch"]!["errors"]![0]!["code"]!.GetValue<string>());
        // The housing system's id was kept: the next link is exact.
        var exact = await host.Data(Housing, "mutation { linkHousehold(input: { reference: \"TEN-REVIEW-1\", scheme: \"SLOUGH-HOUSING\", members: [{ relationship: CHILD, housingPersonId: \"H-2001\" }] }) { members { outcome method } } }");
        Assert.Equal("EXACT_IDENTIFIER", exact["linkHousehold"]!["members"]![0]!["method"]!.GetValue<string>());
    }

    [Fact]
    public async Task RejectHouseholdMatch_NothingLinked_NotQueuedAgain()
    {
        var child = await UnlinkedChildAsync(5);
        var data = await host.Data(Housing, Link, new { input = Uncertain("TEN-REVIEW-2", child, "H-3001") });
        var id = data["linkHousehold"]!["members"]![0]!["review"]!["id"]!.GetValue<string>();
        var members = await host.Db(db => db.HouseholdMembers.CountAsync());

        var rejected = await host.Data(Housing, "mutation($id: ID!) { rejectHouseholdMatch(input: { reviewId: $id }) { review { status } errors { code } } }", new { id });
        Assert.Equal("REJECTED", rejected["rejectHouseholdMatch"]!["review"]!["status"]!.GetValue<string>());
        Assert.Equal(members, await host.Db(db => db.HouseholdMembers.CountAsync()));
        Assert.Equal(0, await VisibleAsync(Housing, child.Nhs));
        var listed = await host.Data(Housing, "{ householdMatchReviews(status: REJECTED) { id } }");
        Assert.Contains(listed["householdMatchReviews"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);

        var again = await host.Data(Housing, Link, new { input = Uncertain("TEN-REVIEW-2", child, "H-3001") });
        Assert.Equal("NOT_LINKED", again["linkHousehold"]!["members"]![0]!["outcome"]!.GetValue<string>());
        Assert.Null(again["linkHousehold"]!["members"]![0]!["review"]);
        Assert.Equal(1, await host.Db(db => db.HouseholdMatchReviews.CountAsync(r => r.CandidatePersonId == child.Id)));
    }
}
