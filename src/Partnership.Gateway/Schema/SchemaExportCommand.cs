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

    public static bool IsInvoked(string[] args) => args is ["schema", ..];

    /// <summary>The SDL as published: graphql-js's printSchema of the hub schema, ending with a newline.</summary>
    public static string Sdl() => SchemaPrinter.PrintSchema(HubSchema.Create()) + "\n";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var outFile = new Option<string>("--out")
        {
            Description = "Where to write the SDL (default schema.graphql; '-' for standard output).",
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
            var full = Path.GetFullPath(path);
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
}
