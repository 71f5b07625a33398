using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Partnership.Gateway.Auth;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests;

/// <summary>The Gateway as Program builds it, in an environment of the test's choosing, with a throwaway dev key.</summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly string _keyDirectory = Path.Combine(Path.GetTempPath(), "partnership-tests-" + Guid.NewGuid().ToString("N"));

    public string EnvironmentName { get; init; } = "Development";

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? TestServices { get; init; }

    public CapturedLogs Logs { get; } = new();

    internal string KeyFile => Path.Combine(_keyDirectory, "dev-signing-key");

    internal SecurityKey Key => DevelopmentSigningKey.LoadOrCreate(KeyFile);

    public const string Audience = "api://partnership-hub";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        Directory.CreateDirectory(_keyDirectory);
        builder.ConfigureAppConfiguration((_, config) =>
        {
            var settings = new Dictionary<string, string?>
            {
                [DevelopmentSigningKey.FileSetting] = KeyFile,
                // A throwaway SQLite database with the small synthetic preset, so each host starts in well under a second.
                ["ConnectionStrings:Partnership"] = $"Data Source={Path.Combine(_keyDirectory, "hub.db")}",
                ["Data:SeedPreset"] = "test",
                // The generated world as it stood on 31 March 2026, whatever today is, so the tests see the same rows every day.
                ["Data:SeedAsOf"] = "2026-03-31",
            };
            // A null setting removes the factory's default, so the hub's own settings decide.
            foreach (var (k, v) in Settings)
            {
                if (v is null) settings.Remove(k);
                else settings[k] = v;
            }
            config.AddInMemoryCollection(settings);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    /// <summary>Starts the Gateway on a real socket at 127.0.0.1 on a free port and returns its /graphql URL.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/graphql");
    }

    internal string Token(Agency agency = Agency.Police, string[]? la = null, CallerKind kind = CallerKind.Person,
        string audience = Audience, DateTime? issuedAt = null, TimeSpan? lifetime = null, SecurityKey? key = null, string? organisation = null) =>
        DevTokenIssuer.Issue(
            new DevTokenRequest(agency, [DevTokenIssuer.DefaultRole(agency)], organisation ?? DevTokenIssuer.DefaultOrganisation(agency),
                la ?? ["871"], kind, "test-" + agency, lifetime ?? TimeSpan.FromHours(1)),
            key ?? Key, audience, issuedAt);

    public static HttpRequestMessage Post(string json, string? token = null, string accept = "application/json")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        message.Headers.Accept.ParseAdd(accept);
        if (token is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_keyDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}

/// <summary>Every log event the Gateway writes, rendered as a person would read it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (exception is not null) text += " " + exception;
            entries.Enqueue((category, logLevel, text));
        }
    }
}
