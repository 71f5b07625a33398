using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Partnership.Data.Migrations;

namespace Partnership.Data.Cli;

/// <summary>The <c>data</c> commands' command line, parsed by System.CommandLine.</summary>
public static partial class DataCommands
{
    public const string Name = "data";

    /// <summary>Runs <c>args</c> (without the leading "data"), writing results to <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        await RunAsync(args, output, error, TimeProvider.System, ct);

    /// <summary>As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>; <paramref name="time"/> is the clock <c>load</c>'s default as-of reads.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct = default)
    {
        var root = new RootCommand("Partnership hub") { CreateCommand(output, error, time) };
        return await InvokeAsync(root.Parse([Name, .. args]), output, error, ct);
    }

    /// <summary>
    /// Invokes a parsed <c>data</c> command line: a bare <c>data</c> prints its help and exits 2, an argument error is
    /// written to <paramref name="error"/> and exits 2.
    /// </summary>
    public static async Task<int> InvokeAsync(ParseResult parse, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parse.CommandResult.Command.Name == Name)
        {
            await parse.RootCommandResult.Command.Parse([Name, "--help"]).InvokeAsync(configuration, ct);
            return 2;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine(problem.Message);
            return 2;
        }
        return await parse.InvokeAsync(configuration, ct);
    }

    /// <summary>The <c>data</c> command and its subcommands, for a host's root command.</summary>
    public static Command CreateCommand(TextWriter output, TextWriter error, TimeProvider time)
    {
        var provider = new Option<DataProvider>("--provider")
        {
            Description = "Sqlite or Postgres.",
            Recursive = true,
            CustomParser = r => Enum.TryParse<DataProvider>(r.Tokens.Single().Value, ignoreCase: true, out var p) && Enum.IsDefined(p)
                ? p : Fail<DataProvider>(r, "--provider must be Sqlite or Postgres."),
        };
        var connection = new Option<string>("--connection") { Description = "The database's connection string.", Recursive = true };
        var preset = new Option<string>("--preset") { Description = "test, slough, berkshire or thames-valley." };
        var seed = new Option<int>("--seed") { Description = "The generator's seed.", DefaultValueFactory = _ => 871 };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The date the world is generated as of (yyyy-MM-dd); default: today in England.",
            CustomParser = r => DateOnly.TryParseExact(r.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : Fail<DateOnly?>(r, $"--as-of must be a date as yyyy-MM-dd (found '{r.Tokens.Single().Value}')."),
        };
        var file = new Option<string>("--file") { Description = "The CIN census XML file." };
        var council = new Option<string>("--council") { Description = "The council's DfE code, for example 871." };
        var year = new Option<int>("--year") { Description = "The census year, for example 2025." };

        var child = new Option<Guid>("--child")
        {
            Description = "The child's hub id: a GUID, or the child's GraphQL id.",
            // The id is not repeated back: the messages of this command carry no one's data.
            CustomParser = r => SubjectAccess.SubjectAccessExporter.TryParseChildId(r.Tokens.Single().Value, out var id)
                ? id : Fail<Guid>(r, "--child must be a child's hub id (a GUID or the child's GraphQL id)."),
        };
        var outDirectory = new Option<string>("--out") { Description = "A new or empty directory for subject-access.json and subject-access.html." };
        var operatorName = new Option<string>("--operator")
        {
            Description = "Who runs the export, recorded in the access audit; default: the signed-in user.",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var withholdAddress = new Option<bool>("--withhold-confidential-address")
        {
            Description = "Withhold the child's confidential address (a request made on the child's behalf by someone it may be kept from).",
        };

        var migrate = new Command("migrate", "Apply pending schema migrations.");
        migrate.SetAction(Guarded(error, async (parse, ct) =>
        {
            var applied = await MigrateAsync(parse.GetValue(provider), parse.GetValue(connection)!, ct);
            output.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied migration(s) {string.Join(", ", applied)}.");
            return 0;
        }));

        var load = new Command("load", "Load a synthetic preset into an empty database, as the world stands on --as-of.") { preset, seed, asOf };
        load.SetAction(Guarded(error, async (parse, ct) =>
        {
            var day = parse.GetValue(asOf) ?? Dates.WorkingDays.Today(time);
            var report = await LoadPresetAsync(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(preset)!, parse.GetValue(seed), day, ct);
            output.WriteLine($"Loaded {report.Preset} (seed {report.Seed}, as of {report.AsOf:yyyy-MM-dd}): {report.Children:N0} children, {report.Rows:N0} rows; " +
                             $"generated in {report.Generate.TotalSeconds:F1} s, loaded in {report.Load.TotalSeconds:F1} s" +
                             (report.DatabaseBytes is { } b ? $", database {b / 1_048_576.0:F0} MiB." : "."));
            return 0;
        }));

        var verify = new Command("verify-audit", "Check the access audit hash chain; exit 1 at the first broken entry.");
        verify.SetAction(Guarded(error, async (parse, ct) =>
        {
            var v = await VerifyAuditAsync(parse.GetValue(provider), parse.GetValue(connection)!, ct);
            output.WriteLine(v.IsIntact ? $"Audit chain intact: {v.EntriesChecked:N0} entries." : $"Audit chain broken at entry {v.FirstBrokenSequence}: {v.Problem}");
            return v.IsIntact ? 0 : 1;
        }));

        var import = new Command("cin-import", "Validate and import a CIN census XML file (nothing stored on any error).") { file };
        import.SetAction(Guarded(error, async (parse, ct) =>
        {
            var result = await ImportCinAsync(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(file)!, ct);
            foreach (var problem in result.Problems) error.WriteLine(problem);
            output.WriteLine(result.Succeeded
                ? $"Imported {result.Children:N0} children ({result.ChildrenAdded:N0} new, {result.RowsWritten:N0} rows written)."
                : $"Nothing imported: {result.Problems.Count} problem(s).");
            return result.Succeeded ? 0 : 1;
        }));

        var export = new Command("cin-export", "Write a council's CIN census return.") { council, year, file };
        export.SetAction(Guarded(error, async (parse, ct) =>
        {
            await ExportCinAsync(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(council)!, parse.GetValue(year), parse.GetValue(file)!, time, ct);
            output.WriteLine($"Wrote {parse.GetValue(file)}.");
            return 0;
        }));

        var sar = new Command("sar-export", "Write everything the hub holds about a child, and every access to it, as JSON and printable HTML (audited).")
        {
            child, outDirectory, operatorName, withholdAddress,
        };
        sar.SetAction(Guarded(error, async (parse, ct) =>
        {
            var r = await ExportSubjectAccessAsync(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(child), parse.GetValue(outDirectory)!,
                parse.GetValue(operatorName)!, parse.GetValue(withholdAddress), time, ct);
            output.WriteLine($"Wrote {SubjectAccess.SubjectAccessExporter.JsonFile} and {SubjectAccess.SubjectAccessExporter.HtmlFile} to {r.Directory}: " +
                             $"{r.Records:N0} records, {r.Accesses:N0} access{(r.Accesses == 1 ? "" : "es")}, {r.Redactions:N0} withheld; recorded as audit entry {r.AuditSequence}.");
            return 0;
        }));
        var header = new Option<string>("--header") { Description = "The SSDA903 Header table (CSV)." };
        var episodes = new Option<string>("--episodes") { Description = "The SSDA903 Episodes table (CSV)." };
        var import903 = new Command("ssda903-import", "Validate and import a council's SSDA903 Episodes table, with its Header table (nothing stored on any error).") { council, episodes, header };
        import903.SetAction(Guarded(error, async (parse, ct) =>
        {
            var result = await ImportSsda903Async(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(council)!, parse.GetValue(episodes)!, parse.GetValue(header), ct);
            foreach (var problem in result.Problems) error.WriteLine(problem);
            output.WriteLine(result.Succeeded
                ? $"Imported {result.Children:N0} children ({result.ChildrenAdded:N0} new, {result.RowsWritten:N0} rows written)."
                : $"Nothing imported: {result.Problems.Count} problem(s).");
            return result.Succeeded ? 0 : 1;
        }));
        var export903 = new Command("ssda903-export", "Write a council's SSDA903 Header and Episodes tables for a collection year.") { council, year, episodes, header };
        export903.SetAction(Guarded(error, async (parse, ct) =>
        {
            var written = await ExportSsda903Async(parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(council)!, parse.GetValue(year),
                parse.GetValue(episodes)!, parse.GetValue(header)!, ct);
            output.WriteLine($"Wrote {parse.GetValue(header)} ({written.Children:N0} children) and {parse.GetValue(episodes)} ({written.EpisodeCount:N0} episodes).");
            return 0;
        }));

        Require(load, preset);
        Require(sar, child, outDirectory);
        Require(import903, council, episodes);
        Require(export903, council, year, episodes, header);
        Require(import, file);
        Require(export, council, year, file);
        var data = new Command(Name, "Operator commands on the hub's database (any provider).") { provider, connection, migrate, load, verify, import, export, sar, import903, export903 };
        foreach (var command in data.Subcommands) Require(command, provider, connection);
        return data;
    }

    // "--x is required." in the hub's words (System.CommandLine's own message quotes the name).
    private static void Require(Command command, params Option[] options) =>
        command.Validators.Add(result =>
        {
            foreach (var option in options)
                if (result.GetResult(option) is null) result.AddError($"{option.Name} is required.");
        });

    private static T Fail<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }

    // Exit codes: 2 for arguments the operation rejects (an unknown preset), 1 for a problem the operation found.
    private static Func<ParseResult, CancellationToken, Task<int>> Guarded(TextWriter error, Func<ParseResult, CancellationToken, Task<int>> action) =>
        async (parse, ct) =>
        {
            try
            {
                return await action(parse, ct);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                error.WriteLine(e.Message);
                return 2;
            }
            catch (Exception e) when (e is InvalidOperationException or MigrationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        };
}
