using Microsoft.EntityFrameworkCore;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>
/// The organisation a token names is remembered for a minute, so the door costs no database round trip; a change reaches the
/// gateway within that minute, and a claim naming no organisation is never remembered.
/// </summary>
public sealed class OrganisationDirectoryTests
{
    private const string Me = "{ me { agency } }";

    [Fact]
    public async Task FindAsync_OrganisationFound_IsNotReadAgainWithinTheMinute()
    {
        await using var host = await HubHost.SqliteAsync();
        await using (var db = host.NewContext()) await SeedAsync(db);
        (await host.RunAsync(HealthVisitor, Me)).AssertNoErrors();

        host.Statements.Enabled = true;
        (await host.RunAsync(HealthVisitor, Me)).AssertNoErrors();

        Assert.DoesNotContain(host.Statements.Commands, c => c.Contains("\"Organisations\""));
    }

    [Fact]
    public async Task FindAsync_OrganisationRenamed_OldNameRefusedAfterTheMinute()
    {
        await using var host = await HubHost.SqliteAsync();
        await using (var db = host.NewContext()) await SeedAsync(db);
        (await host.RunAsync(HealthVisitor, Me)).AssertNoErrors();
        await using (var db = host.NewContext())
            await db.Organisations.Where(o => o.Id == HealthVisiting).ExecuteUpdateAsync(s => s.SetProperty(o => o.OdsCode, "HV-RENAMED"));

        var withinTheMinute = await host.RunAsync(HealthVisitor, Me);
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var afterIt = await host.RunAsync(HealthVisitor, Me);

        withinTheMinute.AssertNoErrors();
        Assert.Equal(["UNKNOWN_ORGANISATION"], afterIt.ErrorCodes);
    }

    [Fact]
    public async Task FindAsync_UnknownOrganisation_FoundAsSoonAsItIsAdded()
    {
        await using var host = await HubHost.SqliteAsync();
        await using (var db = host.NewContext()) await SeedAsync(db);
        var newTeam = HealthVisitor with { Organisation = "HV-NEW" };
        var before = await host.RunAsync(newTeam, Me);
        await using (var db = host.NewContext())
            await db.Organisations.Where(o => o.Id == HealthVisiting).ExecuteUpdateAsync(s => s.SetProperty(o => o.OdsCode, "HV-NEW"));

        var after = await host.RunAsync(newTeam, Me);

        Assert.Equal(["UNKNOWN_ORGANISATION"], before.ErrorCodes);
        after.AssertNoErrors();
    }
}
