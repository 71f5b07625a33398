using Microsoft.EntityFrameworkCore;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Tests;

public sealed class EntityValidationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Guid _la;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DataProvider.Sqlite);
        await using var ctx = _db.CreateDbContext();
        var la = new LocalAuthority { Id = Guid.NewGuid(), Code = "871", Name = "Slough" };
        ctx.LocalAuthorities.Add(la);
        await ctx.SaveChangesAsync();
        _la = la.Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Person Child() => new() { Id = Guid.NewGuid(), Kind = PersonKind.Child, LocalAuthorityId = _la, GivenName = "Amira", DateOfBirth = new DateOnly(2019, 5, 1) };

    [Fact]
    public async Task Save_UninitialisedNhsNumber_RefusedNamingField()
    {
        await using var ctx = _db.CreateDbContext();
        var child = Child();
        child.NhsNumber = default(NhsNumber);
        ctx.People.Add(child);
        var ex = await Assert.ThrowsAsync<DataValidationException>(() => ctx.SaveChangesAsync());
        Assert.Equal("nhsNumber", ex.Field);
        await using var check = _db.CreateDbContext();
        Assert.Equal(0, await check.People.CountAsync());
    }

    [Fact]
    public async Task Save_ChildWithoutCouncil_Refused()
    {
        await using var ctx = _db.CreateDbContext();
        var child = Child();
        child.LocalAuthorityId = null;
        ctx.People.Add(child);
        var ex = await Assert.ThrowsAsync<DataValidationException>(() => ctx.SaveChangesAsync());
        Assert.Equal("localAuthority", ex.Field);
    }

    [Fact]
    public async Task Save_ValidIdentifiers_RoundTrip()
    {
        await using (var ctx = _db.CreateDbContext())
        {
            var child = Child();
            child.NhsNumber = NhsNumber.Parse("9434765919");
            child.Upn = Upn.Parse("B801200005001");
            ctx.People.Add(child);
            await ctx.SaveChangesAsync();
        }
        await using var read = _db.CreateDbContext();
        var stored = await read.People.SingleAsync(p => p.NhsNumber == NhsNumber.Parse("943 476 5919"));
        Assert.Equal("B801200005001", stored.Upn!.Value.Value);
    }

    [Fact]
    public async Task Save_InvalidNhsNumberWrittenBySql_ReadFailsRatherThanReturningIt()
    {
        await using (var ctx = _db.CreateDbContext())
        {
            ctx.People.Add(Child());
            await ctx.SaveChangesAsync();
            await ctx.Database.ExecuteSqlRawAsync("UPDATE \"People\" SET \"NhsNumber\" = '9434765918'");
        }
        await using var read = _db.CreateDbContext();
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => read.People.ToListAsync());
        Assert.Contains("NhsNumber", ex.ToString());
    }

    [Fact]
    public async Task Save_PlanCategoryOnChildInNeedPlan_Refused()
    {
        await using var ctx = _db.CreateDbContext();
        var child = Child();
        ctx.People.Add(child);
        ctx.Plans.Add(new Plan { Id = Guid.NewGuid(), ChildId = child.Id, LocalAuthorityId = _la, Kind = PlanKind.ChildInNeed, StartDate = new DateOnly(2025, 1, 1), LatestCategory = AbuseCategory.Neglect });
        var ex = await Assert.ThrowsAsync<DataValidationException>(() => ctx.SaveChangesAsync());
        Assert.Equal("category", ex.Field);
    }
}
