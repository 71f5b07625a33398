using Microsoft.Extensions.DependencyInjection;
using Partnership.Schema.Data;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>The hub's sharing policy cannot be switched off by registering another <see cref="IDataPolicy"/> in the services.</summary>
public sealed class PolicyOverrideTests
{
    [Fact]
    public async Task Query_AllowAllPolicyRegisteredInServices_SharingPolicyStillDecides()
    {
        await using var host = await HubHost.SqliteAsync(services: s => s.AddSingleton<IDataPolicy>(AllowAllPolicy.Instance));
        await using (var db = host.NewContext()) await SeedAsync(db);

        var hidden = await host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(CinNoConsent) });
        hidden.AssertNoErrors();
        Assert.Null(hidden.At("child")); // Nina: no statutory role, no consent — as without the stray registration

        var housing = await host.RunAsync(HousingOfficer, "{ children(first: 50) { totalCount nodes { firstName hasSocialWorker plans { kind } } } }");
        Assert.Equal(1, housing.At("children.totalCount")!.GetValue<int>());
        Assert.Equal(["children.nodes.0.plans"], housing.ErrorPaths("NOT_AUTHORIZED"));
    }
}
