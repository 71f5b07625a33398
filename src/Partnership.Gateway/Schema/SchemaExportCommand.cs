using System.CommandLine;
using Partnership.GraphQL.Utilities;
using Partnership.Schema;

namespace Partnership.Gateway.Schema;

/// <summary>
/// <c>schema export [--out FILE]</c>: writes the hub's schema as SDL (default <c>schema.graphql</c>; <c>-</c> for standard
/// output), byte for byte what <c>GET /graphql?sdl</c> answers. Needs no database, token or running hub.
/// </summary>
internal static class SchemaExportCommand
{
    public const string DefaultFile = "schema.graphql";

    public const string Name = "schema";

    /// <summary>
    /// True for <c>schema …</c>, also after host settings (<c>dotnet run</c> puts <c>--environment Development</c> first).
    /// </summary>
    public static bool IsInvoked(string[] args) => Array.IndexOf(args, Name) >= 0;

    /// <summary>Runs the command from <c>Program</c>, ignoring the host settings before it.</summary>
    public static int RunFromProgram(string[] args) => Run(args[Array.IndexOf(args, Name)..], Console.Out, Console.Error);

    /// <summary>The SDL as published: graphql-js's printSchema of the hub schema, ending with a newline.</summary>
    public static string Sdl() => SchemaPrinter.PrintSchema(HubSchema.Create()) + "\n";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var outFile = new Option<string>("--out")
        {
            Description = "Where to write the SDL (default schema.graphql; '-' for standard output). A relative path is " +
                          "relative to the repository root when run from the source tree (dotnet run starts in the project folder).",
            DefaultValueFactory = _ => DefaultFile,
        };
        var export = new Command("export", "Write the hub's GraphQL schema as SDL.") { outFile };
        export.SetAction(parse =>
        {
            var path = parse.GetValue(outFile) ?? DefaultFile;
            var sdl = Sdl();
            if (path == "-")
            {
                output.Write(sdl);
                return 0;
            }
            var full = Path.GetFullPath(path, BaseDirectory());
            if (Path.GetDirectoryName(full) is { } directory && !Directory.Exists(directory))
            {
                error.WriteLine($"--out: the folder '{directory}' does not exist.");
                return 1;
            }
            File.WriteAllText(full, sdl);
            output.WriteLine($"wrote the schema ({sdl.Length} characters) to {full}");
            return 0;
        });
        var root = new RootCommand("Partnership hub") { new Command("schema", "The hub's GraphQL schema.") { export } };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The repository root (the folder with Partnership.sln above the working directory), else the working directory.</summary>
    private static string BaseDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Partnership.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
