using System.Security.Claims;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data;
using Partnership.Data.Migrations;
using Partnership.Data.Model;
using Partnership.Data.Synthetic;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Data;

namespace Partnership.Schema.Benchmarks;

/// <summary>
/// The same request as social care and as police over the generated <c>test</c> world on SQLite (in memory-backed storage
/// where the machine has it), through the hub's executor (caller, policy, audit) — with the sharing policy, and with it
/// replaced by <see cref="AllowAllPolicy"/> (a schema built over it through a benchmark-only entry point; the hub has
/// no switch of its own). The audit is written in every case, so the difference is the policy's SQL and field decisions.
/// </summary>
[MemoryDiagnoser]
public class PolicyCost
{
    public const string ChildrenQuery =
        "{ children(first: 20, order: [{lastName: ASC}]) { totalCount nodes { id firstName lastName dateOfBirth address { postcode } plans { kind start category } } } }";
    public const string MeetingsQuery =
        "{ strategyMeetings(first: 20, order: [{heldAt: DESC}]) { totalCount nodes { id heldAt invitations { agency status } decisions { notes } actions { description } } } }";

    private ServiceProvider _withPolicy = null!, _withoutPolicy = null!;
    private string _file = null!;
    private ClaimsPrincipal _socialCare = null!, _police = null!;

    [Params("children", "strategyMeetings")]
    public string Query { get; set; } = "children";

    [GlobalSetup]
    public void Setup()
    {
        var dir = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _file = Path.Combine(dir, $"partnership-bench-{Guid.NewGuid():N}.db");
        var options = new PartnershipDataOptions { Provider = DataProvider.Sqlite, ConnectionString = $"Data Source={_file}" };
        var set = SyntheticData.Generate("test");
        using (var db = NewContext(options))
        {
            new DatabaseMigrator(db).MigrateAsync().GetAwaiter().GetResult();
            SyntheticLoader.LoadAsync(new Factory(options), set).GetAwaiter().GetResult();
        }
        _withPolicy = Services(options, policyOff: false);
        _withoutPolicy = Services(options, policyOff: true);
        var slough = set.LocalAuthorities.First(l => l.Code == "871");
        var hub = set.Organisations.First(o => o.Kind == OrganisationKind.SocialCareHub && o.LocalAuthorityId == slough.Id);
        var force = set.Organisations.First(o => o.Agency == Partnership.Data.Model.Agency.Police && o.Kind == OrganisationKind.Mash);
        _socialCare = Principal("SOCIAL_CARE", "bench-social-worker", ["871"], hub.Id.ToString(), "SocialWorker", person: true);
        _police = Principal("POLICE", "bench-police-system", ["870", "871"], force.Id.ToString(), "PublicProtectionOfficer", person: false);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _withPolicy.Dispose();
        _withoutPolicy.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" }) if (File.Exists(f)) File.Delete(f);
    }

    [Benchmark(Baseline = true)]
    public Task<int> SocialCare_PolicyOff() => Run(_withoutPolicy, _socialCare);

    [Benchmark]
    public Task<int> SocialCare_Policy() => Run(_withPolicy, _socialCare);

    [Benchmark]
    public Task<int> Police_PolicyOff() => Run(_withoutPolicy, _police);

    [Benchmark]
    public Task<int> Police_Policy() => Run(_withPolicy, _police);

    private async Task<int> Run(ServiceProvider services, ClaimsPrincipal user)
    {
        await using var scope = services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = Query == "children" ? ChildrenQuery : MeetingsQuery,
            Services = scope.ServiceProvider,
            User = user,
        });
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        return (int)stream.Length;
    }

    /// <summary>Extra EF Core configuration (the profile mode adds its counters here).</summary>
    internal Action<DbContextOptionsBuilder>? ConfigureDb { get; set; }

    internal ServiceProvider ServicesFor(bool policyOff) => policyOff ? _withoutPolicy : _withPolicy;
    internal ClaimsPrincipal UserFor(bool police) => police ? _police : _socialCare;
    internal Task<int> RunOnce(bool policyOff, bool police) => Run(ServicesFor(policyOff), UserFor(police));

    private ServiceProvider Services(PartnershipDataOptions options, bool policyOff)
    {
        var services = new ServiceCollection();
        services.AddDbContext<PartnershipDbContext>(b => { options.Configure(b); ConfigureDb?.Invoke(b); });
        services.AddSingleton(TimeProvider.System);
        services.AddPartnershipSchema();
        if (policyOff) services.AddSingleton(_ => HubSchema.CreateWithPolicyForBenchmark(AllowAllPolicy.Instance)); // replaces the hub's schema
        return services.BuildServiceProvider();
    }

    private static PartnershipDbContext NewContext(PartnershipDataOptions options)
    {
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        options.Configure(b);
        return new PartnershipDbContext(b.Options);
    }

    private static ClaimsPrincipal Principal(string agency, string subject, string[] councils, string organisation, string role, bool person)
    {
        var claims = new List<Claim>
        {
            new(PartnershipClaimTypes.Agency, agency), new(PartnershipClaimTypes.Subject, subject), new(PartnershipClaimTypes.Organisation, organisation),
            new(PartnershipClaimTypes.Roles, role), new(PartnershipClaimTypes.IdentityType, person ? "user" : "app"),
        };
        claims.AddRange(councils.Select(c => new Claim(PartnershipClaimTypes.LocalAuthority, c)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "bench", PartnershipClaimTypes.Name, PartnershipClaimTypes.Roles));
    }

    private sealed class Factory(PartnershipDataOptions options) : IDbContextFactory<PartnershipDbContext>
    {
        public PartnershipDbContext CreateDbContext() => NewContext(options);
    }
}
