using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using Partnership.Schema.Tests.Hub;
using Caller = Partnership.GraphQL.AspNetCore.Security.Caller;

namespace Partnership.Schema.Tests.Journeys;

/// <summary>
/// The list operators (<c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>) and the date operators on actions, on the synthetic
/// test world: each answer equals the same question asked of the database directly, and the filter runs in SQL
/// (an <c>EXISTS</c> in the one statement that pages the meetings), never in memory.
/// </summary>
public sealed class ListFilterTests(SyntheticHubFixture fixture) : IClassFixture<SyntheticHubFixture>
{
    private static readonly TestCaller SocialWorker = new("SOCIAL_CARE", "list-filter-sw", ["871"], null, ["SocialWorker"]);
    private static readonly TestCaller Police = new("POLICE", "list-filter-police", ["871", "870"], "Thames Valley Police Slough LPA", System: true);

    private async Task<(int Total, List<string> Sql)> MeetingsAsync(TestCaller caller, string where)
    {
        fixture.Host.Statements.Clear();
        fixture.Host.Statements.Enabled = true;
        Response r;
        try { r = await fixture.Host.RunAsync(caller, "{ strategyMeetings(first: 5, where: " + where + ") { totalCount nodes { id } } }"); }
        finally { fixture.Host.Statements.Enabled = false; }
        r.AssertNoErrors();
        var sql = fixture.Host.Statements.Commands.Where(c => c.Contains("\"Meetings\"", StringComparison.Ordinal)).ToList();
        return (r.At("strategyMeetings.totalCount")!.GetValue<int>(), sql);
    }

    private async Task<int> CountAsync(Func<IQueryable<Meeting>, IQueryable<Meeting>> filter)
    {
        await using var db = fixture.Host.NewContext();
        return await filter(db.StrategyMeetings.Where(m => m.LocalAuthority!.Code == "871")).CountAsync();
    }

    [Fact]
    public async Task Invitations_SomeAgency_ContractQueryMatchesTheDatabase()
    {
        var (total, sql) = await MeetingsAsync(SocialWorker, "{ invitations: { some: { agency: { eq: POLICE } } } }");
        Assert.Equal(await CountAsync(q => q.Where(m => m.Invitations.Any(i => i.Agency == Agency.Police))), total);
        Assert.True(total > 0);
        Assert.All(sql, s => Assert.Contains("EXISTS", s, StringComparison.Ordinal));
        Assert.All(sql, s => Assert.Contains("\"MeetingInvitations\"", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invitations_SomeWithTwoConditions_BothOnTheSameInvitation()
    {
        var (total, _) = await MeetingsAsync(SocialWorker, "{ invitations: { some: { agency: { eq: POLICE }, status: { eq: ATTENDED } } } }");
        Assert.Equal(await CountAsync(q => q.Where(m => m.Invitations.Any(i => i.Agency == Agency.Police && i.Status == AttendanceStatus.Attended))), total);
        var (either, _) = await MeetingsAsync(SocialWorker, "{ invitations: { some: { agency: { eq: POLICE } } }, and: [{ invitations: { some: { status: { eq: ATTENDED } } } }] }");
        Assert.True(either >= total);
    }

    [Fact]
    public async Task Invitations_All_EveryInvitationMatches()
    {
        var (total, sql) = await MeetingsAsync(SocialWorker, "{ invitations: { all: { status: { in: [ATTENDED, APOLOGIES] } } } }");
        Assert.Equal(await CountAsync(q => q.Where(m => m.Invitations.All(i => i.Status == AttendanceStatus.Attended || i.Status == AttendanceStatus.Apologies))), total);
        Assert.NotEqual(await CountAsync(q => q), total); // some meetings have an invitation still INVITED or DID_NOT_ATTEND
        Assert.All(sql, s => Assert.Contains("EXISTS", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invitations_None_NoInvitationMatches()
    {
        var (total, _) = await MeetingsAsync(SocialWorker, "{ invitations: { none: { agency: { eq: EDUCATION } } } }");
        Assert.Equal(await CountAsync(q => q.Where(m => !m.Invitations.Any(i => i.Agency == Agency.Education))), total);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Invitations_Any_HasElementsOrIsEmpty(bool any)
    {
        var (total, _) = await MeetingsAsync(SocialWorker, "{ invitations: { any: " + (any ? "true" : "false") + " } }");
        Assert.Equal(await CountAsync(q => q.Where(m => m.Invitations.Any() == any)), total);
    }

    [Fact]
    public async Task Invitations_SomeForPolice_OnlyMeetingsItSees()
    {
        // The list is narrowed to the rows the caller may see before the operator applies: police sees only meetings it is invited to.
        var (some, _) = await MeetingsAsync(Police, "{ invitations: { some: { agency: { eq: POLICE } } } }");
        var (all, _) = await MeetingsAsync(Police, "{ }");
        Assert.Equal(all, some);
        var (none, _) = await MeetingsAsync(Police, "{ invitations: { none: { agency: { eq: POLICE } } } }");
        Assert.Equal(0, none);
    }

    [Fact]
    public async Task Actions_CompletedOnRange_NestedAndRootFiltersRunInSql()
    {
        var from = new DateOnly(2025, 10, 1);
        var to = new DateOnly(2026, 3, 31);
        fixture.Host.Statements.Clear();
        fixture.Host.Statements.Enabled = true;
        Response r;
        try
        {
            r = await fixture.Host.RunAsync(Police, """
                { assignedActions(first: 100, where: { completedOn: { gte: "2025-10-01", lte: "2026-03-31" } }, order: [{ completedOn: DESC }]) {
                    totalCount nodes { completedOn dueDate } } }
                """);
        }
        finally { fixture.Host.Statements.Enabled = false; }
        r.AssertNoErrors();
        await using var db = fixture.Host.NewContext();
        // The expectation goes through the policy's own meeting rule (the same expression the hub runs), not a copy of it.
        var caller = new HubCaller(Caller.FromPrincipal(Police.ToPrincipal(), out _)!,
            await db.Organisations.Where(o => o.Name == Police.Organisation).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(), HubHost.Now, "test");
        var expected = await db.MeetingActions.Where(a => a.OwnerAgency == Agency.Police).Where(SharingPolicy.SeesAction(caller))
            .Where(a => a.CompletedOn >= from && a.CompletedOn <= to).CountAsync();
        Assert.True(expected > 0);
        Assert.Equal(expected, r.At("assignedActions.totalCount")!.GetValue<int>());
        var days = r.At("assignedActions.nodes")!.AsArray().Select(n => DateOnly.Parse(n!["completedOn"]!.GetValue<string>())).ToList();
        Assert.All(days, d => Assert.InRange(d, from, to));
        Assert.Equal(days.OrderByDescending(d => d), days);
        Assert.Contains(fixture.Host.Statements.Commands, s => s.Contains("\"CompletedOn\" >=", StringComparison.Ordinal));

        var open = await fixture.Host.RunAsync(Police, "{ strategyMeetings(first: 50) { nodes { actions(where: { completedOn: { eq: null }, dueDate: { lt: \"2026-03-31\" } }) { completedOn dueDate } } } }");
        open.AssertNoErrorsBut("NOT_AUTHORIZED"); // the record of a meeting whose record is not shared
        var overdue = open.At("strategyMeetings.nodes")!.AsArray().SelectMany(n => n!["actions"] as JsonArray ?? []).ToList();
        Assert.All(overdue, a => Assert.Null(a!["completedOn"]));
        Assert.All(overdue, a => Assert.True(DateOnly.Parse(a!["dueDate"]!.GetValue<string>()) < new DateOnly(2026, 3, 31)));
    }

    /// <summary>The issue's operators by GraphQL type: eq/neq/in/nin on all scalars; gt/gte/lt/lte on numbers and dates; contains/startsWith/endsWith on strings.</summary>
    [Fact]
    public void EveryFilterableScalar_OffersTheOperatorsOfItsType()
    {
        var data = HubSchema.DataOf(HubSchema.Create());
        var checkedFields = 0;
        foreach (var type in data.Types.OfType<ObjectType>())
        {
            var entity = data.FindEntity(type.Name)!;
            foreach (var field in entity.Fields.Where(f => f.IsFilterable && f.Kind is EntityFieldKind.Value or EntityFieldKind.Id))
            {
                var input = data.FilterInputOf(entity).GetField(field.Name)!.Type.GetNamedType() as InputObjectType;
                Assert.NotNull(input);
                var named = type.GetField(field.Name)!.Type.GetNamedType();
                var expected = new List<string> { "eq", "neq", "in", "nin" };
                if (named == Scalars.Int || named == Scalars.Float || named.Name is "Date" or "DateTime") expected.AddRange(["gt", "gte", "lt", "lte"]);
                if (named == Scalars.String) expected.AddRange(["contains", "startsWith", "endsWith"]);
                Assert.True(expected.Order().SequenceEqual(input!.Fields.Keys.Order()), $"{type.Name}.{field.Name}: {string.Join(",", input.Fields.Keys)}");
                checkedFields++;
            }
            foreach (var field in entity.Fields.Where(f => f.IsFilterable && f.Kind == EntityFieldKind.List))
            {
                var input = (InputObjectType)data.FilterInputOf(entity).GetField(field.Name)!.Type.GetNamedType();
                Assert.Equal(["all", "any", "none", "some"], input.Fields.Keys.Order());
            }
        }
        Assert.True(checkedFields > 20);
        foreach (var name in new[] { "MeetingAction.completedOn", "MeetingAction.dueDate", "Contribution.recordedAt", "Child.expectedDateOfBirth" })
        {
            var (typeName, fieldName) = (name[..name.IndexOf('.')], name[(name.IndexOf('.') + 1)..]);
            var input = (InputObjectType)data.FilterInputOf(data.FindEntity(typeName)!).GetField(fieldName)!.Type.GetNamedType();
            Assert.Contains("gte", input.Fields.Keys);
        }
    }
}
