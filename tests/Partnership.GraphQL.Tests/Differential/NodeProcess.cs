using System.Diagnostics;
using System.Text;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>Runs node once for a whole batch of protocol lines (starting it per line would be far too slow).</summary>
internal static class NodeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <c>node arguments...</c>, writes <paramref name="input"/> lines to it, returns its output lines.</summary>
    public static IReadOnlyList<string> Run(IReadOnlyList<string> arguments, IReadOnlyList<string> input)
    {
        var start = new ProcessStartInfo(DifferentialEnvironment.NodeExecutable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");

        // Write and read concurrently: a large batch would otherwise fill both pipes and deadlock.
        var writer = Task.Run(async () =>
        {
            foreach (var line in input) await process.StandardInput.WriteAsync(line + "\n");
            process.StandardInput.Close();
        });
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>(input.Count);
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }
        writer.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        return lines;
    }
}
