using Partnership.Data;
using Partnership.Data.Cli;
using Partnership.Gateway.Auth;
using Partnership.Gateway.Health;
using Partnership.Gateway.Logging;
using Partnership.Gateway.Telemetry;
using Partnership.GraphQL.AspNetCore;
using Partnership.Schema;

// `dotnet run --project src/Partnership.Gateway -- dev-token --agency POLICE` prints a Development token.
if (DevTokenCommand.IsInvoked(args)) return DevTokenCommand.Run(args);
// `dotnet run --project src/Partnership.Gateway -- data load --provider Sqlite --connection "..." --preset berkshire`
if (args is ["data", ..]) return await DataCommands.RunAsync(args[1..], Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddPartnershipLogging();
builder.AddPartnershipTelemetry();
builder.AddPartnershipAuthentication();
builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
builder.Services.AddPartnershipGraphQLHttp().BindConfiguration("GraphQL");
builder.Services.AddPartnershipData(builder.Configuration);
builder.Services.AddPartnershipSchema(builder.Configuration);
builder.Services.AddPartnershipHealthChecks()
    .AddDbContextCheck<PartnershipDbContext>("database", tags: [HealthSetup.Ready]);

var app = builder.Build();
app.UsePartnershipRequestLogging();
app.UseAuthentication();
app.UseWebSockets(); // GraphQL over WebSocket (graphql-transport-ws) for subscriptions
app.MapPartnershipHealthChecks();
app.MapPartnershipGraphQL();
await app.RunAsync();
return 0;
