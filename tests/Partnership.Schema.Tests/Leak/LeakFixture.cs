using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;
using Partnership.GraphQL.Types;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The generated world loaded once into a hub (the services the Gateway registers, through <see cref="HubHost"/>), with
/// emergency grants and meetings not yet held added for the test callers, and the oracle over the same rows. The database
/// is the subclass's (SQLite: <see cref="LeakFixture"/>, PostgreSQL: <see cref="PostgresLeakFixture"/>); the mutating runs
/// take a fresh database of the same kind (<see cref="NewHostAsync"/>) so the read-only runs stay deterministic.
/// </summary>
public abstract class LeakFixtureBase : IAsyncLifetime
{
    internal LeakWorld World { get; } = NewWorld();
    internal Oracle Oracle { get; private set; } = null!;
    internal HubHost Host { get; private set; } = null!;
    internal GraphQLSchema Schema { get; private set; } = null!;

    /// <summary>Whether the database can run here (PostgreSQL: its binaries are installed); when not, the tests skip.</summary>
    internal virtual bool Available => true;

    /// <summary>A new, migrated, empty database of this fixture's kind behind a new hub.</summary>
    internal abstract Task<HubHost> NewHostAsync();

    /// <summary>The world as every run starts from: the synthetic data set plus the rows added for the test callers.</summary>
    internal static LeakWorld NewWorld()
    {
        var world = new LeakWorld(Environment.GetEnvironmentVariable("PARTNERSHIP_LEAK_PRESET") ?? "test", LeakSettings.DataSeed);
        AddEmergencyGrants(world);
        AddFutureMeetings(world);
        AddNotices(world);
        return world;
    }

    /// <summary>Loads <paramref name="world"/> into the empty database of <paramref name="host"/> and sets its clock to the world's now.</summary>
    internal static async Task LoadAsync(HubHost host, LeakWorld world)
    {
        host.Clock.SetUtcNow(LeakWorld.Now);
        await SyntheticLoader.LoadAsync(new Factory(host), world.Set);
    }

    public virtual async Task InitializeAsync()
    {
        Oracle = new Oracle(World, LeakSettings.Readings);
        if (!Available) return;
        Host = await NewHostAsync();
        await LoadAsync(Host, World);
        Schema = Host.Services.GetRequiredService<GraphQLSchema>();
    }

    /// <summary>For each non-social-care caller: a current grant, an expired one and a revoked one on children it would not otherwise see.</summary>
    private static void AddEmergencyGrants(LeakWorld world)
    {
        var plain = new Oracle(world, LeakSettings.Readings);
        foreach (var agency in new[] { Agency.Police, Agency.Health, Agency.Education, Agency.Housing })
        {
            foreach (var caller in LeakCaller.For(world, agency))
            {
                var hidden = world.Children.Where(c => caller.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)) && !plain.ChildVisible(c, RequestView.Plain(caller)))
                    .OrderBy(c => c.Id).Skip(agency.GetHashCode() % 5).Take(3).ToList();
                if (hidden.Count < 3) continue;
                world.AddGrant(hidden[0], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-3), TimeSpan.FromHours(24));
                world.AddGrant(hidden[1], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-30), TimeSpan.FromHours(24));
                world.AddGrant(hidden[2], agency, caller.OrganisationId, caller.Subject, LeakWorld.Now.AddHours(-3), TimeSpan.FromHours(24), revoked: true);
            }
        }
    }

    /// <summary>
    /// Notices to the social care hub worker's hub (unread and read) about children whose case it holds, one to another hub
    /// of its council, and one to its hub about a child of another council (the hub lists neither of the last two).
    /// </summary>
    private static void AddNotices(LeakWorld world)
    {
        var hub = LeakCaller.For(world, Agency.SocialCare)[0];
        var hubId = hub.OrganisationId!.Value;
        var by = world.Set.Organisations.First(o => o.Agency == Agency.Police);
        var held = world.Children.Where(c => c.CaseHoldingHubId == hubId).OrderBy(c => c.Id).Take(3).ToList();
        var otherHub = world.Set.Organisations.FirstOrDefault(o => o.Kind == OrganisationKind.SocialCareHub && o.Id != hubId
                                                                 && world.CouncilCode(o.LocalAuthorityId) == hub.Councils[0]);
        var elsewhere = world.Children.FirstOrDefault(c => !hub.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)));
        if (held.Count < 3) return;
        world.AddNotice(held[0], hubId, NotificationKind.RecordViewed, by, LeakWorld.Now.AddDays(-2), null);
        world.AddNotice(held[1], hubId, NotificationKind.ProtectionStatusViewed, by, LeakWorld.Now.AddDays(-1), null);
        world.AddNotice(held[2], hubId, NotificationKind.RecordViewed, by, LeakWorld.Now.AddDays(-3), LeakWorld.Now.AddDays(-2));
        if (otherHub is not null) world.AddNotice(held[0], otherHub.Id, NotificationKind.RecordViewed, by, LeakWorld.Now.AddDays(-1), null);
        if (elsewhere is not null) world.AddNotice(elsewhere, hubId, NotificationKind.RecordViewed, by, LeakWorld.Now.AddDays(-1), null);
    }

    /// <summary>
    /// For each police, health and education caller of the first council: strategy discussions not yet held (later today, and
    /// in three days) about children it would not otherwise see and that are under no statutory safeguarding, with its
    /// organisation invited — the schedule of a meeting it is asked to attend is visible, the children stay hidden.
    /// </summary>
    private static void AddFutureMeetings(LeakWorld world)
    {
        var plain = new Oracle(world, LeakSettings.Readings);
        var hubs = world.Set.Organisations.Where(o => o.Kind == OrganisationKind.SocialCareHub).ToList();
        var offset = 0;
        foreach (var agency in new[] { Agency.Police, Agency.Health, Agency.Education })
        {
            foreach (var caller in LeakCaller.For(world, agency).Where(c => !c.IsSystem).Take(2))
            {
                var hidden = world.Children.Where(c => caller.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)) && !plain.UnderStatutorySafeguarding(c)
                        && !plain.ChildVisible(c, RequestView.Plain(caller)) && !world.GrantsOf[c.Id].Any())
                    .OrderBy(c => c.Id).Skip(7 + offset).Take(2).ToList();
                offset += 2;
                if (hidden.Count < 2) continue;
                var hub = hubs.First(h => h.LocalAuthorityId == hidden[0].LocalAuthorityId);
                world.AddMeeting([hidden[0]], LeakWorld.Now.AddHours(2), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId));
                world.AddMeeting([hidden[1]], LeakWorld.Now.AddDays(3), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId), (Agency.Housing, null));
                // A review conference not yet held, and one held yesterday (about a child not under statutory safeguarding): the
                // first is open to the invited agency, the second is not.
                world.AddMeeting(MeetingKind.ReviewConference, [hidden[0]], LeakWorld.Now.AddDays(5), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId));
                world.AddMeeting(MeetingKind.InitialConference, [hidden[1]], LeakWorld.Now.AddDays(-1), (Agency.SocialCare, hub.Id), (agency, caller.OrganisationId));
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
    }

    private sealed class Factory(HubHost host) : IDbContextFactory<PartnershipDbContext>
    {
        public PartnershipDbContext CreateDbContext() => host.NewContext();
    }
}

/// <summary>The leak world on SQLite (a file in memory-backed storage when the machine has it).</summary>
public sealed class LeakFixture : LeakFixtureBase
{
    internal override async Task<HubHost> NewHostAsync()
    {
        // Each request commits its audit entry, and an fsync per request on disk would dominate the run (the hub's own cost is
        // what the benchmark measures).
        var previous = Environment.GetEnvironmentVariable("TMPDIR");
        if (Directory.Exists("/dev/shm")) Environment.SetEnvironmentVariable("TMPDIR", "/dev/shm");
        try { return await HubHost.SqliteAsync(); }
        finally { Environment.SetEnvironmentVariable("TMPDIR", previous); }
    }
}
