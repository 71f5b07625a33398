using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Hub;
using Partnership.Testing.Postgres;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>The list operators and housing's review queue on PostgreSQL (the SQLite runs are in the other journey tests).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJourneyTests(PostgresFixture pg) : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.PostgresAsync(await pg.Server.CreateDatabaseAsync("journeys"));
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("{ invitations: { some: { agency: { eq: POLICE } } } }")]
    [InlineData("{ invitations: { all: { status: { eq: ATTENDED } } } }")]
    [InlineData("{ invitations: { none: { agency: { eq: EDUCATION } } } }")]
    [InlineData("{ invitations: { any: false } }")]
    public async Task StrategyMeetings_ListOperators_SameAnswerAsTheDatabase(string where)
    {
        var r = await _host.RunAsync(SocialWorker, "{ strategyMeetings(where: " + where + ") { totalCount } }");
        r.AssertNoErrors();
        await using var db = _host.NewContext();
        var meetings = db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871");
        var expected = where switch
        {
            _ when where.Contains("some") => await meetings.CountAsync(m => m.Invitations.Any(i => i.Agency == Agency.Police)),
            _ when where.Contains("all") => await meetings.CountAsync(m => m.Invitations.All(i => i.Status == AttendanceStatus.Attended)),
            _ when where.Contains("none") => await meetings.CountAsync(m => !m.Invitations.Any(i => i.Agency == Agency.Education)),
            _ => await meetings.CountAsync(m => !m.Invitations.Any()),
        };
        Assert.Equal(expected, r.At("strategyMeetings.totalCount")!.GetValue<int>());
    }

    [Fact]
    public async Task HousingReview_UncertainMatch_QueuedThenConfirmed()
    {
        var link = await _host.RunAsync(HousingOfficer, """
            mutation { linkHousehold(input: { reference: "PG-1", scheme: "SLOUGH-HOUSING", members: [
              { relationship: CHILD, housingPersonId: "PG-H-1", firstName: "Casey", lastName: "Protect", dateOfBirth: "2023-05-04", postcode: "SL1 1AA" }] }) {
              members { outcome review { id band dateOfBirth } } errors { code } } }
            """);
        link.AssertNoErrors();
        Assert.Equal("PENDING_REVIEW", link.At("linkHousehold.members.0.outcome")!.GetValue<string>());
        Assert.Equal("2023-05-04", link.At("linkHousehold.members.0.review.dateOfBirth")!.GetValue<string>());
        var queue = await _host.RunAsync(HousingOfficer, "{ householdMatchReviews { id band status } }");
        queue.AssertNoErrors();
        var id = queue.At("householdMatchReviews.0.id")!.GetValue<string>();
        Assert.Equal(link.At("linkHousehold.members.0.review.id")!.GetValue<string>(), id);

        var confirmed = await _host.RunAsync(HousingOfficer, "mutation($id: ID!) { confirmHouseholdMatch(input: { reviewId: $id }) { review { status } person { firstName } errors { code } } }", new { id });
        confirmed.AssertNoErrors();
        Assert.Equal("CONFIRMED", confirmed.At("confirmHouseholdMatch.review.status")!.GetValue<string>());
        Assert.Equal("Casey", confirmed.At("confirmHouseholdMatch.person.firstName")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(MatchReviewStatus.Confirmed, await db.HouseholdMatchReviews.Select(r => r.Status).SingleAsync());
    }
    [Fact]
    public async Task NhsMatchRate_ChildAndExpectantMotherWithoutNumbers_BelowTheRuleAndListed()
    {
        await NhsMatchRateTests.RemoveNumbersAsync(_host);
        var r = await _host.RunAsync(SocialWorker, NhsMatchRateTests.Query);
        r.AssertNoErrors();
        Assert.Equal(3, r.At("nhsMatchRate.inScope")!.GetValue<int>());
        Assert.Equal(1, r.At("nhsMatchRate.matched")!.GetValue<int>());
        Assert.False(r.At("nhsMatchRate.meetsGoLiveRule")!.GetValue<bool>());
        Assert.Equal(new[] { Id(CpChild), Id(Unborn) }.Order(), r.At("unmatchedChildren")!.AsArray().Select(n => n!["childId"]!.GetValue<string>()).Order());
    }
}
