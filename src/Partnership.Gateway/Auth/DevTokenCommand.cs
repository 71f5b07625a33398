using System.CommandLine;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Auth;

/// <summary>
/// <c>dev-token</c>: prints a Development access token (and nothing else) for scripts and people trying the hub.
/// Refused outside Development, where tokens come from Entra ID.
/// </summary>
internal static class DevTokenCommand
{
    public const string Name = "dev-token";

    /// <summary>Runs <c>dev-token</c> as a command line on its own (<c>args</c> start with the command's name).</summary>
    public static int Run(string[] args, IHostEnvironment environment, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Partnership hub") { Create(() => (environment, configuration), output, error) };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>
    /// The command, for the Gateway's root command; <paramref name="host"/> gives the environment and configuration
    /// the host would read, built only when the command runs.
    /// </summary>
    public static Command Create(Func<(IHostEnvironment Environment, IConfiguration Configuration)> host, TextWriter output, TextWriter error)
    {
        var agency = new Option<string>("--agency")
        {
            Description = "The caller's agency: SOCIAL_CARE, POLICE, HEALTH, EDUCATION or HOUSING.",
            Required = true,
        };
        agency.AcceptOnlyFromAmong("SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION", "HOUSING");
        var role = new Option<string[]>("--role") { Description = "An app role (repeatable); default: a typical role of the agency." };
        var org = new Option<string?>("--org") { Description = "The organisation: school URN, health team, policing area or council hub." };
        var la = new Option<string[]>("--la")
        {
            Description = "A DfE local authority code the caller serves (repeatable); default 871 (Slough).",
            DefaultValueFactory = _ => ["871"],
        };
        var system = new Option<bool>("--system") { Description = "A system calling as itself (idtyp=app) instead of a person." };
        var subject = new Option<string?>("--subject") { Description = "The caller's id (sub and oid); default: one per agency." };
        var minutes = new Option<int>("--minutes")
        {
            Description = "Minutes until the token expires (1 to 1440).",
            DefaultValueFactory = _ => 480,
        };

        var command = new Command(Name, "Print a Development access token for the hub (Development only).")
        {
            agency, role, org, la, system, subject, minutes,
        };
        command.SetAction(parse =>
        {
            var (environment, configuration) = host();
            if (!environment.IsDevelopment())
            {
                error.WriteLine($"dev-token works only in Development (the environment is '{environment.EnvironmentName}'); " +
                                "outside Development, tokens come from the Entra ID tenant configured in AzureAd.");
                return 2;
            }
            Caller.TryParseAgency(parse.GetValue(agency), out var parsedAgency);
            var laCodes = parse.GetValue(la) ?? ["871"];
            foreach (var code in laCodes)
            {
                if (code.Length != 3 || !code.All(char.IsAsciiDigit))
                {
                    error.WriteLine($"--la must be a three-digit DfE local authority code, for example 871 (got '{code}').");
                    return 1;
                }
            }
            var lifetime = parse.GetValue(minutes);
            if (lifetime is < 1 or > 1440)
            {
                error.WriteLine("--minutes must be between 1 and 1440.");
                return 1;
            }
            var roles = parse.GetValue(role) is { Length: > 0 } given ? given : [DevTokenIssuer.DefaultRole(parsedAgency)];
            var kind = parse.GetValue(system) ? CallerKind.System : CallerKind.Person;
            var request = new DevTokenRequest(
                parsedAgency,
                roles,
                parse.GetValue(org) ?? DevTokenIssuer.DefaultOrganisation(parsedAgency),
                laCodes.Distinct().ToArray(),
                kind,
                parse.GetValue(subject) ?? $"dev-{Caller.ToClaimValue(parsedAgency).ToLowerInvariant()}-{kind.ToString().ToLowerInvariant()}",
                TimeSpan.FromMinutes(lifetime));

            var azureAd = new AzureAdOptions();
            configuration.GetSection(AzureAdOptions.SectionName).Bind(azureAd);
            var key = DevelopmentSigningKey.LoadOrCreate(configuration[DevelopmentSigningKey.FileSetting]);
            output.WriteLine(DevTokenIssuer.Issue(request, key, DevelopmentSigningKey.AudienceFor(azureAd)));
            return 0;
        });
        return command;
    }
}
