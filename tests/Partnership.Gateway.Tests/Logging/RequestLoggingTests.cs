using System.Net;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Logging;

public sealed class RequestLoggingTests
{
    // Personal data as the synthetic records hold it: a name, an NHS number, a UPN, an address, a date of birth.
    private static readonly string[] PersonalData =
        ["Amelia Rosewood", "9434765919", "A871200101001", "14 Larchwood Close", "2016-03-09"];

    [Fact]
    public async Task GraphQLRequests_LogOneLineEach_WithoutPersonalData()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var token = factory.Token(Agency.Health, ["871"]);
        var variables = $$"""{"name":"{{PersonalData[0]}}","nhs":"{{PersonalData[1]}}","upn":"{{PersonalData[2]}}","address":"{{PersonalData[3]}}","dob":"{{PersonalData[4]}}"}""";

        var post = await client.SendAsync(GatewayFactory.Post(
            $$"""{"query":"query FindChild { __typename }","operationName":"FindChild","variables":{{variables}}}""", token));
        var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString($"{{ child(nhsNumber: \"{PersonalData[1]}\") {{ name }} }}")
                                        + "&variables=" + Uri.EscapeDataString(variables));
        var refused = await client.SendAsync(GatewayFactory.Post(
            $$"""{"query":"{ child(name: \"{{PersonalData[0]}}\") { address } }","operationName":"{{PersonalData[0]}}"}"""));
        var forged = await client.SendAsync(GatewayFactory.Post("""{"query":"{ __typename }"}""", token + "x"));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

        var lines = factory.Logs.Entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware")).Select(e => e.Message).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains(lines, l => l.Contains("POST /graphql query FindChild responded 200") && l.Contains("for HEALTH (") && l.Contains("request "));
        Assert.Contains(lines, l => l.Contains("responded 401") && l.Contains("for anonymous") && l.Contains("NOT_AUTHENTICATED"));

        foreach (var entry in factory.Logs.Entries)
            foreach (var item in PersonalData)
                Assert.False(entry.Message.Contains(item, StringComparison.OrdinalIgnoreCase),
                    $"log from {entry.Category} contains personal data: {entry.Message}");
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal));
    }
}
