using System.Text;
using Partnership.GraphQL.Conformance;

// The conformance runner: JSON lines on standard input, exactly one JSON line per input line on standard output,
// in order (tests/README.md describes the protocol). Modes: run (default) and print-schema.
var mode = args.Length > 0 ? args[0] : "run";
if (mode is not ("run" or "print-schema"))
{
    Console.Error.WriteLine($"conformance: unknown mode \"{mode}\" (run, print-schema)");
    return 2;
}

var runner = new ConformanceRunner();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
while (await input.ReadLineAsync() is { } line)
{
    if (string.IsNullOrWhiteSpace(line)) continue;
    var answer = mode == "run" ? await runner.RunAsync(line) : runner.PrintSchema(line);
    await output.WriteLineAsync(answer);
}
await output.FlushAsync();
return 0;
