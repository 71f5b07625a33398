using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Logging;

/// <summary>
/// Runs the queries partner systems run, as every agency, against the synthetic records, then checks that no
/// name, NHS number, UPN, LA child id or address line of any record reached any log line.
/// </summary>
public sealed class SyntheticRecordsLoggingTests
{
    private static readonly string[] Queries =
    [
        "{ me { agency localAuthorities } }",
        "{ children(first: 20) { totalCount nodes { id firstName lastName nhsNumber upn laChildId dateOfBirth address { line1 postcode } plans { kind category start end } } } }",
        "{ strategyMeetings(first: 10, order: [{heldAt: DESC}]) { totalCount nodes { heldAt children { firstName lastName } invitations { agency status } contributions { agency } } } }",
        "{ children(where: {lastName: {startsWith: \"A\"}}, order: [{lastName: ASC}], first: 5) { nodes { firstName lastName } } }",
        "{ protectionStatus(nhsNumber: \"123\") { nhsNumber } }",
        "{ child(id: \"not-an-id\") { firstName } }",
        "{ children(first: 1000) { nodes { firstName } } }",
    ];

    [Fact]
    public async Task EveryAgencyQueries_SyntheticRecords_NoPersonalDataInLogs()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        foreach (var agency in Enum.GetValues<Agency>())
        {
            var token = factory.Token(agency, ["871", "870"]);
            foreach (var query in Queries)
            {
                var response = await client.SendAsync(GatewayFactory.Post(JsonSerializer.Serialize(new { query }), token));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                // The first four are valid for every agency: they must execute (a validation error would log nothing of interest).
                if (Array.IndexOf(Queries, query) < 4)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    Assert.True(body.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, query);
                }
            }
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnershipDbContext>();
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.GivenName, p.FamilyName, p.NhsNumber, p.Upn, p.LaChildId }).ToListAsync();
        var lines = await db.Set<Partnership.Data.Model.Address>().AsNoTracking().Select(a => a.Line1).ToListAsync();
        Assert.NotEmpty(people);

        var personal = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in people)
        {
            if (p.GivenName is not null && p.FamilyName is not null) personal.Add(p.GivenName + " " + p.FamilyName);
            if (p.NhsNumber is { } nhs) personal.Add(nhs.ToString());
            if (p.Upn is { } upn) personal.Add(upn.ToString());
            if (p.LaChildId is { Length: > 3 } la) personal.Add(la);
        }
        foreach (var line in lines) if (line is { Length: > 5 }) personal.Add(line);

        var entries = factory.Logs.Entries;
        Assert.Contains(entries, e => e.Category.EndsWith("RequestLoggingMiddleware"));
        foreach (var entry in entries)
            foreach (var item in personal)
                Assert.False(entry.Message.Contains(item, StringComparison.OrdinalIgnoreCase),
                    $"a log line from {entry.Category} contains a synthetic record's personal data");
    }
}
