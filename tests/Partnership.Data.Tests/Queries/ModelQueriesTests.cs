using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.Data.Queries;
using Partnership.Data.Synthetic;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.Queries;

/// <summary>Each policy building block runs as SQL and returns exactly what plain C# over the generated rows says.</summary>
public abstract class ModelQueriesTests(SeededDatabase seeded)
{
    private static SyntheticDataSet Set => SeededDatabase.Set;
    private static readonly DateOnly Day = SyntheticData.AsOf;
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    private async Task<List<Guid>> ChildIds(System.Linq.Expressions.Expression<Func<Person, bool>> rule)
    {
        await using var db = seeded.Database.CreateDbContext();
        var ids = await db.People.Where(p => p.Kind == PersonKind.Child).Where(rule).Select(p => p.Id).ToListAsync();
        ids.Sort();
        return ids;
    }

    private static List<Guid> Sorted(IEnumerable<Guid> ids) => ids.Distinct().Order().ToList();

    [Fact]
    public async Task ChildrenOf_Council_OnlyThatCouncilsChildren()
    {
        await using var db = seeded.Database.CreateDbContext();
        var reading = Set.LocalAuthorities.Single(l => l.Code == "870").Id;
        var actual = await db.People.ChildrenOf(["870"]).Select(p => p.Id).ToListAsync();
        Assert.Equal(Sorted(Set.People.Where(p => p.Kind == PersonKind.Child && p.LocalAuthorityId == reading).Select(p => p.Id)), Sorted(actual));
    }

    [Fact]
    public async Task PlansOpenOn_Day_MatchesOracle()
    {
        await using var db = seeded.Database.CreateDbContext();
        var actual = await db.Plans.OpenOn(Day).Select(p => p.Id).ToListAsync();
        var expected = Set.Plans.Where(p => p.IsOpenOn(Day)).Select(p => p.Id);
        Assert.NotEmpty(actual);
        Assert.Equal(Sorted(expected), Sorted(actual));
    }

    [Fact]
    public async Task UnderStatutorySafeguarding_MatchesOracle()
    {
        var expected = Set.Section47Enquiries.Where(s => Period.IsOpen(s.StartDate, s.EndDate, Day)).Select(s => s.ChildId)
            .Concat(Set.Plans.Where(p => p.Kind is PlanKind.ChildProtection or PlanKind.PreBirth or PlanKind.LookedAfter && p.IsOpenOn(Day)).Select(p => p.ChildId));
        var actual = await ChildIds(ModelQueries.UnderStatutorySafeguarding(Day));
        Assert.NotEmpty(actual);
        Assert.Equal(Sorted(expected), actual);
    }

    [Fact]
    public async Task AgencyHasRole_Police_MatchesInvitationsAndPlanMembers()
    {
        var invited = Set.Invitations.Where(i => i.Agency == Agency.Police).Select(i => i.MeetingId).ToHashSet();
        var named = Set.PlanMembers.Where(m => m.Agency == Agency.Police).Select(m => m.PlanId).ToHashSet();
        var expected = Set.MeetingChildren.Where(mc => invited.Contains(mc.MeetingId)).Select(mc => mc.ChildId)
            .Concat(Set.Plans.Where(p => named.Contains(p.Id)).Select(p => p.ChildId));
        Assert.Equal(Sorted(expected), await ChildIds(ModelQueries.AgencyHasRole(Agency.Police)));
    }

    /// <summary>The in-memory reading of a current consent: given, not withdrawn, before its end date, its involvement open today.</summary>
    private static bool Current(ConsentRecord k, DateTimeOffset at, DateOnly day) =>
        k.GivenAt <= at && (k.WithdrawnAt == null || k.WithdrawnAt > at) && (k.EndsOn == null || k.EndsOn > day)
        && (k.InvolvementPlanId is not { } plan || Set.Plans.Single(p => p.Id == plan).IsOpenOn(day));

    [Fact]
    public async Task HasCurrentConsent_HealthOrganisationPlanDetail_ExcludesWithdrawnAndLapsed()
    {
        var org = Set.ConsentScopes.Where(s => s.Agency == Agency.Health && s.Category == InformationCategory.PlanDetail)
            .GroupBy(s => s.OrganisationId).OrderByDescending(g => g.Count()).First().Key;
        var scoped = Set.ConsentScopes.Where(s => s.OrganisationId == org && s.Category == InformationCategory.PlanDetail).Select(s => s.ConsentId).ToHashSet();
        var expected = Set.Consents.Where(k => scoped.Contains(k.Id) && Current(k, Now, Day)).Select(k => k.ChildId);
        var actual = await ChildIds(ModelQueries.HasCurrentConsent(Agency.Health, org, InformationCategory.PlanDetail, Now, Day));
        Assert.NotEmpty(actual);
        Assert.Equal(Sorted(expected), actual);
        // Consents whose plan has closed no longer share (domain.md: a consent ends when its involvement closes).
        var lapsed = Set.Consents.Where(k => scoped.Contains(k.Id) && k.WithdrawnAt == null && !Current(k, Now, Day)).Select(k => k.ChildId).Except(expected).ToList();
        Assert.NotEmpty(lapsed);
        Assert.All(lapsed, id => Assert.DoesNotContain(id, actual));
    }

    [Fact]
    public async Task HasCurrentConsent_AnotherOrganisationOfTheAgency_SeesNothingItWasNotNamedFor()
    {
        var scopes = Set.ConsentScopes.Where(s => s.Agency == Agency.Education && s.Category == InformationCategory.Identity).ToList();
        var school = scopes.GroupBy(s => s.OrganisationId).OrderByDescending(g => g.Count()).First().Key;
        var named = scopes.Where(s => s.OrganisationId == school).Select(s => s.ConsentId).ToHashSet();
        var actual = await ChildIds(ModelQueries.HasCurrentConsent(Agency.Education, school, InformationCategory.Identity, Now, Day));
        var onlyOthers = Set.Consents.Where(k => !named.Contains(k.Id) && scopes.Any(s => s.ConsentId == k.Id) && Current(k, Now, Day))
            .Select(k => k.ChildId).Except(Set.Consents.Where(k => named.Contains(k.Id)).Select(k => k.ChildId)).ToList();
        Assert.NotEmpty(onlyOthers);
        Assert.All(onlyOthers, id => Assert.DoesNotContain(id, actual));
    }

    [Fact]
    public async Task ConsentCurrentAt_JustBeforeAndAfterWithdrawal_Differs()
    {
        var withdrawn = Set.Consents.First(k => k.WithdrawnAt is { } w && Current(k, w.AddSeconds(-1), DateOnly.FromDateTime(w.UtcDateTime)));
        var day = DateOnly.FromDateTime(withdrawn.WithdrawnAt!.Value.UtcDateTime);
        await using var db = seeded.Database.CreateDbContext();
        Assert.True(await db.Consents.CurrentAt(withdrawn.WithdrawnAt!.Value.AddSeconds(-1), day).AnyAsync(k => k.Id == withdrawn.Id));
        Assert.False(await db.Consents.CurrentAt(withdrawn.WithdrawnAt!.Value, day).AnyAsync(k => k.Id == withdrawn.Id));
    }

    [Fact]
    public async Task ConsentCurrentAt_InvolvementClosesToday_NotCurrent()
    {
        var consent = Set.Consents.First(k => k.WithdrawnAt == null && k.InvolvementPlanId is { } p && Set.Plans.Single(x => x.Id == p).EndDate is { } end && end > DateOnly.FromDateTime(k.GivenAt.UtcDateTime.AddDays(2)));
        var end = Set.Plans.Single(x => x.Id == consent.InvolvementPlanId).EndDate!.Value;
        var at = new DateTimeOffset(end.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await using var db = seeded.Database.CreateDbContext();
        Assert.True(await db.Consents.CurrentAt(at.AddDays(-1), end.AddDays(-1)).AnyAsync(k => k.Id == consent.Id));
        Assert.False(await db.Consents.CurrentAt(at, end).AnyAsync(k => k.Id == consent.Id));
    }

    [Fact]
    public async Task PupilOf_School_MatchesCurrentEnrolments()
    {
        var school = Set.Enrolments.GroupBy(e => e.SchoolId).OrderByDescending(g => g.Count()).First().Key;
        var expected = Set.Enrolments.Where(e => e.SchoolId == school && Period.IsOpen(e.StartDate, e.EndDate, Day)).Select(e => e.PersonId);
        Assert.Equal(Sorted(expected), await ChildIds(ModelQueries.PupilOf(school, Day)));
    }

    [Fact]
    public async Task LinkedBy_Housing_OnlyMembersHousingLinked()
    {
        var expected = Set.HouseholdMembers.Where(m => m.LinkedByAgency == Agency.Housing).Select(m => m.PersonId)
            .Where(id => Set.People.First(p => p.Id == id).Kind == PersonKind.Child);
        var actual = await ChildIds(ModelQueries.LinkedBy(Agency.Housing));
        Assert.NotEmpty(actual);
        Assert.Equal(Sorted(expected), actual);
    }

    [Fact]
    public async Task InvitingAgency_EducationHeldBetween_MatchesOracle()
    {
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var invited = Set.Invitations.Where(i => i.Agency == Agency.Education).Select(i => i.MeetingId).ToHashSet();
        var expected = Set.Meetings.Where(m => invited.Contains(m.Id) && m.HeldAt >= from && m.HeldAt < to).Select(m => m.Id);
        await using var db = seeded.Database.CreateDbContext();
        var actual = await db.Meetings.InvitingAgency(Agency.Education).HeldBetween(from, to).OrderBy(m => m.HeldAt).Select(m => m.Id).ToListAsync();
        Assert.Equal(Sorted(expected), Sorted(actual));
        // Sorting by an instant happens in SQL on both providers.
        var times = await db.Meetings.InvitingAgency(Agency.Education).OrderBy(m => m.HeldAt).Select(m => m.HeldAt).ToListAsync();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task LookupByNhsNumber_FindsChild()
    {
        var child = Set.People.First(p => p.NhsNumber is not null && p.Kind == PersonKind.Child);
        await using var db = seeded.Database.CreateDbContext();
        var found = await db.People.Where(p => p.NhsNumber == child.NhsNumber).Select(p => new { p.Id, p.NhsNumber, p.Upn, p.Ethnicity }).SingleAsync();
        Assert.Equal(child.Id, found.Id);
        Assert.Equal(child.NhsNumber, found.NhsNumber);
        Assert.Equal(child.Upn, found.Upn);
        Assert.Equal(child.Ethnicity, found.Ethnicity);
    }

    [Fact]
    public async Task Load_AllRowsArrive()
    {
        await using var db = seeded.Database.CreateDbContext();
        Assert.Equal(Set.People.Count, await db.People.CountAsync());
        Assert.Equal(Set.Invitations.Count, await db.MeetingInvitations.CountAsync());
        Assert.Equal(Set.ConsentScopes.Count, await db.ConsentScopes.CountAsync());
        var meeting = Set.Meetings[0];
        var loaded = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
        Assert.Equal(meeting.HeldAt, loaded.HeldAt);
        Assert.Equal(meeting.Kind, loaded.Kind);
    }
}

public sealed class SqliteModelQueriesTests(SqliteSeededDatabase db) : ModelQueriesTests(db), IClassFixture<SqliteSeededDatabase>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresModelQueriesTests(PostgresModelQueriesTests.Seeded db) : ModelQueriesTests(db), IClassFixture<PostgresModelQueriesTests.Seeded>
{
    public sealed class Seeded(PostgresFixture pg) : SeededDatabase
    {
        protected override Task<TestDatabase> CreateAsync() => TestDatabase.CreateAsync(DataProvider.Postgres, pg);
    }
}
