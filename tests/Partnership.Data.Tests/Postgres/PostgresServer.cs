// A throwaway PostgreSQL server for tests: initdb into a temp directory, start on 127.0.0.1 on a free port, drop it all at the end.
// Self-contained so other test projects can link this file (<Compile Include="..\Partnership.Data.Tests\Postgres\PostgresServer.cs" />);
// it needs only Npgsql and xunit.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Partnership.Testing.Postgres;

/// <summary>A PostgreSQL 15 server owned by the test run.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string DefaultBin = "/usr/lib/postgresql/15/bin";
    private readonly string _bin, _root, _data;
    private readonly bool _asPostgresUser;
    private int _databases;
    private bool _stopped;

    public int Port { get; }

    private PostgresServer(string bin, string root, int port, bool asPostgresUser)
    {
        _bin = bin;
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>
    /// Starts a server, or throws with a message saying how to install PostgreSQL: the PostgreSQL tests must fail, not skip, when it is missing.
    /// </summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("PARTNERSHIP_PG_BIN") ?? DefaultBin;
        if (!File.Exists(Path.Combine(bin, "initdb")) || !File.Exists(Path.Combine(bin, "pg_ctl")))
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed: {bin}/initdb and pg_ctl were not found. Run scripts/setup.sh (it installs Debian's postgresql " +
                "package) or set PARTNERSHIP_PG_BIN to the directory holding initdb and pg_ctl. The PostgreSQL tests cannot run without it.");

        // initdb refuses to run as root, so as root we run the server as the postgres user in a directory it owns.
        var asPostgres = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("partnership-pg-").FullName;
        if (asPostgres) await RunAsync("chown", ["postgres:postgres", root], false);
        var server = new PostgresServer(bin, root, FreePort(), asPostgres);
        try
        {
            await server.RunPgAsync("initdb", ["-D", server._data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
            await server.RunPgAsync("pg_ctl", ["-D", server._data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
                $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"]);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
            return server;
        }
        catch
        {
            server.Stop();
            throw;
        }
    }

    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant()}_{Interlocked.Increment(ref _databases)}";
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_stopped) return;
        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_data)) RunPgAsync("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the directory still goes.
        }
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    private Task RunPgAsync(string tool, string[] args) =>
        _asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args], true)
            : RunAsync(Path.Combine(_bin, tool), args, true);

    private static async Task RunAsync(string file, string[] args, bool check)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (check && p.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed ({p.ExitCode}): {await stderr}{await stdout}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

/// <summary>One server for every test class in the "Postgres" collection.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server did not start.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
