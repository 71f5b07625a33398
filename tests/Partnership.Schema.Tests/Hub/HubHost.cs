using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data;
using Partnership.Data.Migrations;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Tests.Hub;

/// <summary>A token's claims, as the Gateway's authentication would give them.</summary>
public sealed record TestCaller(string Agency, string Subject, string[] Councils, string? Organisation = null, string[]? Roles = null, bool System = false)
{
    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim> { new(PartnershipClaimTypes.Agency, Agency), new(PartnershipClaimTypes.Subject, Subject) };
        claims.AddRange(Councils.Select(c => new Claim(PartnershipClaimTypes.LocalAuthority, c)));
        if (Organisation is not null) claims.Add(new(PartnershipClaimTypes.Organisation, Organisation));
        claims.AddRange((Roles ?? []).Select(r => new Claim(PartnershipClaimTypes.Roles, r)));
        claims.Add(new(PartnershipClaimTypes.IdentityType, System ? "app" : "user"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", PartnershipClaimTypes.Name, PartnershipClaimTypes.Roles));
    }
}

/// <summary>A response as JSON, with the helpers the tests assert with.</summary>
public sealed class Response(JsonObject json)
{
    public JsonObject Json { get; } = json;
    public JsonNode? Data => Json["data"];
    public JsonArray Errors => Json["errors"] as JsonArray ?? [];

    /// <summary>The paths (dotted, e.g. <c>child.address</c>) of errors with this code.</summary>
    public List<string> ErrorPaths(string code) => Errors
        .Where(e => e?["extensions"]?["code"]?.GetValue<string>() == code)
        .Select(e => string.Join(".", (e!["path"] as JsonArray ?? []).Select(p => p!.ToString()))).ToList();

    public List<string?> ErrorCodes => Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();

    /// <summary>A result as a client receives it (a subscription's event, say).</summary>
    public static Response Of(Partnership.GraphQL.Execution.ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        return new Response((JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!);
    }

    public JsonNode? At(string path)
    {
        JsonNode? node = Data;
        foreach (var part in path.Split('.'))
            node = int.TryParse(part, out var i) ? (node as JsonArray)?[i] : (node as JsonObject)?[part];
        return node;
    }

    public void AssertNoErrors() => Assert.True(Errors.Count == 0, Json.ToJsonString());

    /// <summary>Every error is <paramref name="code"/> (a field the caller may not see: null with an error that says so).</summary>
    public void AssertNoErrorsBut(string code) => Assert.True(ErrorCodes.All(c => c == code), Json.ToJsonString());

    public override string ToString() => Json.ToJsonString();
}

/// <summary>
/// The hub in-process: a migrated database (SQLite file, or a PostgreSQL database), the services the Gateway registers
/// (<c>AddPartnershipSchema</c>) and a way to run a request as a caller. This is the entry point a randomized leak test can use.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string? _file;

    private HubHost(PartnershipDataOptions options, string? file, Action<SharingOptions>? sharing, Action<IServiceCollection>? more = null)
    {
        Options = options;
        _file = file;
        var services = new ServiceCollection();
        services.AddDbContext<PartnershipDbContext>(b => options.Configure(b.AddInterceptors(Statements)));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPartnershipSchema(configure: sharing, executor: schema => new ExecutionLimitsOptions().ToExecutorOptions(schema, exposeExceptionMessages: true));
        more?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public PartnershipDataOptions Options { get; }
    public FakeTimeProvider Clock { get; } = new(Now);
    public StatementLog Statements { get; } = new();
    public IServiceProvider Services => _services;

    public static async Task<HubHost> SqliteAsync(Action<SharingOptions>? sharing = null, Action<IServiceCollection>? services = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"partnership-schema-{Guid.NewGuid():N}.db");
        var host = new HubHost(new PartnershipDataOptions { Provider = DataProvider.Sqlite, ConnectionString = $"Data Source={file};Pooling=False" }, file, sharing, services);
        await host.MigrateAsync();
        return host;
    }

    public static async Task<HubHost> PostgresAsync(string connectionString, Action<SharingOptions>? sharing = null)
    {
        var host = new HubHost(new PartnershipDataOptions { Provider = DataProvider.Postgres, ConnectionString = connectionString }, null, sharing);
        await host.MigrateAsync();
        return host;
    }

    private async Task MigrateAsync()
    {
        await using var db = NewContext();
        await new DatabaseMigrator(db).MigrateAsync();
    }

    public PartnershipDbContext NewContext()
    {
        var b = new DbContextOptionsBuilder<PartnershipDbContext>();
        Options.Configure(b);
        return new PartnershipDbContext(b.Options);
    }

    /// <summary>Runs a request as <paramref name="caller"/> (null: unauthenticated) and returns the response as JSON.</summary>
    public async Task<Response> RunAsync(TestCaller? caller, string query, object? variables = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var executor = scope.ServiceProvider.GetRequiredService<IGraphQLExecutor>();
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : ToValues(JsonSerializer.SerializeToElement(variables)) as IReadOnlyDictionary<string, object?>,
            Extensions = extensions,
            Services = scope.ServiceProvider,
            User = caller?.ToPrincipal() ?? new ClaimsPrincipal(new ClaimsIdentity()),
        });
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream)) result.WriteTo(writer);
        return new Response((JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!);
    }

    private static object? ToValues(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToValues(p.Value)) as IReadOnlyDictionary<string, object?>,
        JsonValueKind.Array => e.EnumerateArray().Select(ToValues).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm", _file + "-journal" })
                if (File.Exists(f)) File.Delete(f);
        }
    }
}

/// <summary>Keeps the SQL statements run, for the SQL snapshots and statement counts.</summary>
public sealed class StatementLog : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    private readonly List<string> _commands = [];
    public bool Enabled { get; set; }
    public IReadOnlyList<string> Commands { get { lock (_commands) return [.. _commands]; } }
    public void Clear() { lock (_commands) _commands.Clear(); }

    private void Add(System.Data.Common.DbCommand command)
    {
        if (Enabled) lock (_commands) _commands.Add(command.CommandText);
    }

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<object>> ScalarExecutingAsync(System.Data.Common.DbCommand command,
        Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }
}
