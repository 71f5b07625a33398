using Partnership.Data;
using Partnership.Gateway;
using Partnership.Gateway.Auth;
using Partnership.Gateway.Cors;
using Partnership.Gateway.Health;
using Partnership.Gateway.Logging;
using Partnership.Gateway.RateLimiting;
using Partnership.Gateway.Schema;
using Partnership.Gateway.Scorecard;
using Partnership.Gateway.Telemetry;
using Partnership.GraphQL.AspNetCore;
using Partnership.Schema;

// `dotnet run --project src/Partnership.Gateway -- dev-token --agency POLICE` prints a Development token;
// `... -- data load --provider Sqlite --connection "..." --preset berkshire` loads a preset. No command starts the hub.
// `dotnet run --project src/Partnership.Gateway -- schema export [--out schema.graphql]`
if (SchemaExportCommand.IsInvoked(args)) return SchemaExportCommand.RunFromProgram(args);
if (await GatewayCommands.TryRunAsync(args, Console.Out, Console.Error) is { } exit) return exit;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartnershipLogging();
builder.AddPartnershipTelemetry();
builder.AddPartnershipAuthentication();
builder.AddPartnershipCors();
builder.AddPartnershipRateLimiting();
builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
builder.Services.AddPartnershipGraphQLHttp().BindConfiguration("GraphQL");
builder.Services.AddPartnershipData(builder.Configuration);
builder.Services.AddPartnershipSchema(builder.Configuration);
builder.Services.AddPartnershipHealthChecks()
    .AddDbContextCheck<PartnershipDbContext>("database", tags: [HealthSetup.Ready]);

var app = builder.Build();
app.UsePartnershipRequestLogging();
app.UsePartnershipCors(); // before authentication, so a preflight never needs a token
app.UseAuthentication();
app.UsePartnershipRateLimiting(); // after authentication: a caller is its token's subject
app.UseWebSockets(); // GraphQL over WebSocket (graphql-transport-ws) for subscriptions
app.MapPartnershipHealthChecks();
app.MapPartnershipGraphQL().RequirePartnershipRateLimiting();
app.MapPartnershipScorecard(); // the page only: its numbers come from /graphql with the caller's token
await app.RunAsync();
return 0;
