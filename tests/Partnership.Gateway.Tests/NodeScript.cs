using System.Diagnostics;

namespace Partnership.Gateway.Tests;

/// <summary>Runs a script of the npm folder <c>tests/Partnership.Gateway.Tests/audit</c> (packages from scripts/setup.sh) and returns its standard output.</summary>
internal static class NodeScript
{
    public static Task<string> RunAsync(string package, TimeSpan timeout, string script, params string[] arguments) =>
        RunInAsync("audit", package, timeout, script, arguments);

    /// <summary>Runs a script of the npm folder <c>tests/Partnership.Gateway.Tests/{folder}</c>.</summary>
    public static async Task<string> RunInAsync(string folder, string package, TimeSpan timeout, string script, params string[] arguments)
    {
        var directory = Path.Combine(Repository.Root, "tests", "Partnership.Gateway.Tests", folder);
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules", package)), package + " is not installed in " + directory + "; run scripts/setup.sh");
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, script + " failed: " + await stderr);
        return await stdout;
    }
}
