using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;
using Partnership.GraphQL.Types;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The generated world loaded once into a SQLite hub (the services the Gateway registers, through <see cref="HubHost"/>),
/// with emergency grants added for the test callers, and the oracle over the same rows.
/// </summary>
public sealed class LeakFixture : IAsyncLifetime
{
    internal LeakWorld World { get; } = new(Environment.GetEnvironmentVariable("PARTNERSHIP_LEAK_PRESET") ?? "test", LeakSettings.DataSeed);
    internal Oracle Oracle { get; private set; } = null!;
    internal HubHost Host { get; private set; } = null!;
    internal GraphQLSchema Schema { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        AddEmergencyGrants();
        AddFutureMeetings();
        Oracle = new Oracle(World, LeakSettings.Readings);
        // The database lives in memory-backed storage when the machine has it: each request commits its audit entry, and an
        // fsync per request on disk would dominate the run (the hub's own cost is what the benchmark measures).
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        if (Directory.Exists("/dev/shm")) Environment.SetEnvironmentVariable("TMPDIR", "/dev/shm");
        try { Host = await HubHost.SqliteAsync(); }
        finally { Environment.SetEnvironmentVariable("TMPDIR", previous); }
        Host.Clock.Now = LeakWorld.Now;
        await SyntheticLoader.LoadAsync(new Factory(Host), World.Set);
        Schema = Host.Services.GetRequiredService<GraphQLSchema>();
    }

    /// <summary>For each non-social-care caller: a current grant, an expired one and a revoked one on children it would not otherwise see.</summary>
    private void AddEmergencyGrants()
    {
        var plain = new Oracle(World, LeakSettings.Readings);
        foreach (var agency in new[] { Agency.Police, Agency.Health, Agency.Education, Agency.Housing })
        {
            foreach (var caller in LeakCaller.For(World, agency))
            {
                var hidden = World.Children.Where(c => caller.Councils.Contains(World.CouncilCode(c.LocalAuthorityId)) && !plain.ChildVisible(c, RequestView.Plain(caller)))
                    .OrderBy(c => c.Id).Skip(agency.GetHashCode() % 5).Take(3).ToList();
                if (hidden.Count < 3) continue;
                World.AddGrant(hidden[0], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-3), TimeSpan.FromHours(24));
                World.AddGrant(hidden[1], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-30), TimeSpan.FromHours(24));
                World.AddGrant(hidden[2], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-3), TimeSpan.FromHours(24), revoked: true);
            }
        }
    }

    /// <summary>
    /// For each police, health and education caller of the first council: strategy discussions not yet held (later today, and
    /// in three days) about children it would not otherwise see and that are under no statutory safeguarding, with its
    /// organisation invited — the schedule of a meeting it is asked to attend is visible, the children stay hidden.
    /// </summary>
    private void AddFutureMeetings()
    {
        var plain = new Oracle(World, LeakSettings.Readings);
        var hubs = World.Set.Organisations.Where(o => o.Kind == OrganisationKind.SocialCareHub).ToList();
        var offset = 0;
        foreach (var agency in new[] { Agency.Police, Agency.Health, Agency.Education })
        {
            foreach (var caller in LeakCaller.For(World, agency).Where(c => !c.IsSystem).Take(2))
            {
                var hidden = World.Children.Where(c => caller.Councils.Contains(World.CouncilCode(c.LocalAuthorityId)) && !plain.UnderStatutorySafeguarding(c)
                        && !plain.ChildVisible(c, RequestView.Plain(caller)) && World.GrantsOf[c.Id].Count() == 0)
                    .OrderBy(c => c.Id).Skip(7 + offset).Take(2).ToList();
                offset += 2;
                if (hidden.Count < 2) continue;
                var hub = hubs.First(h => h.LocalAuthorityId == hidden[0].LocalAuthorityId);
                World.AddMeeting([hidden[0]], LeakWorld.Now.AddHours(2), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId));
                World.AddMeeting([hidden[1]], LeakWorld.Now.AddDays(3), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId), (Agency.Housing, null));
            }
        }
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private sealed class Factory(HubHost host) : IDbContextFactory<PartnershipDbContext>
    {
        public PartnershipDbContext CreateDbContext() => host.NewContext();
    }
}
