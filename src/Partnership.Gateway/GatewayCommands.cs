using System.CommandLine;
using System.CommandLine.Help;
using Partnership.Data.Cli;
using Partnership.Gateway.Auth;

namespace Partnership.Gateway;

/// <summary>
/// The Gateway's command line, parsed by System.CommandLine: <c>dev-token ...</c> and <c>data ...</c> run a command and
/// exit; anything else (no arguments, or host settings such as <c>--urls</c>) starts the hub.
/// </summary>
internal static class GatewayCommands
{
    /// <summary>Runs the command <paramref name="args"/> name and returns its exit code, or null when they start the hub.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error)
    {
        string[] hostArgs = [];
        var root = new RootCommand("Partnership hub. Without a command, starts the hub (host settings such as --urls apply).")
        {
            DevTokenCommand.Create(() => HostSettings(hostArgs), output, error),
            DataCommands.CreateCommand(output, error, TimeProvider.System),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        var parse = root.Parse(args);
        if (parse.CommandResult.Command == root && parse.Action is not HelpAction) return null;
        // Settings before the command are the host's (`-- --environment Development dev-token ...`).
        hostArgs = [.. parse.UnmatchedTokens];
        if (parse.CommandResult.Command.Name == DataCommands.Name || parse.CommandResult.Command.Parents.Any(p => p.Name == DataCommands.Name))
            return await DataCommands.InvokeAsync(parse, output, error);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static (IHostEnvironment, IConfiguration) HostSettings(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        return (builder.Environment, builder.Configuration);
    }
}
