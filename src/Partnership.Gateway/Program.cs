using Partnership.Gateway.Auth;
using Partnership.Gateway.Health;
using Partnership.Gateway.Logging;
using Partnership.Gateway.Placeholder;
using Partnership.GraphQL.AspNetCore;

// `dotnet run --project src/Partnership.Gateway -- dev-token --agency POLICE` prints a Development token.
if (DevTokenCommand.IsInvoked(args)) return DevTokenCommand.Run(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddPartnershipLogging();
builder.AddPartnershipAuthentication();
builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
builder.Services.AddPartnershipGraphQLHttp().BindConfiguration("GraphQL");

// MERGE(data): builder.Services.AddPartnershipData(builder.Configuration);
// MERGE(engine+schema): replace the next line with builder.Services.AddPartnershipSchema(); and set
//   GraphQLHttpOptions.ParseDocument to the engine's parser (see Placeholder/PlaceholderEngine.cs).
builder.Services.AddPlaceholderEngine();

builder.Services.AddPartnershipHealthChecks();
// MERGE(data): .AddDbContextCheck<PartnershipDbContext>("database", tags: [HealthSetup.Ready]);

var app = builder.Build();
app.UseGraphQLRequestLogging();
app.UseAuthentication();
app.MapPartnershipHealthChecks();
app.MapPartnershipGraphQL();
app.Run();
return 0;
