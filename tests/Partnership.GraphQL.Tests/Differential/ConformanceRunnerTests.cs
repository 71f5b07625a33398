using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>The console runner's protocol as a program: lines in, one answer line per input line, in order.</summary>
public sealed class ConformanceRunnerTests
{
    private const string Sdl = "type Query { hello: String count: Int! }";

    [Fact]
    public void ConsoleRunner_LinesOnStdin_OneAnswerPerLineInOrder()
    {
        var input = new[]
        {
            Line(new JsonObject { ["sdl"] = Sdl, ["query"] = "{ hello }", ["rootValue"] = new JsonObject { ["hello"] = "world" } }),
            "",
            Line(new JsonObject { ["sdl"] = Sdl, ["query"] = "{ nope }", ["ignored"] = "key" }),
            "not json",
            Line(new JsonObject { ["sdl"] = "type Mutation { a: Int }", ["query"] = "{ hello }" }),
            Line(new JsonObject { ["sdl"] = Sdl, ["query"] = "{ hello }", ["validateOnly"] = true }),
        };

        var output = RunConsole("run", input);

        Assert.Equal(5, output.Count);
        Assert.Equal("""{"data":{"hello":"world"}}""", output[0]);
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""", output[1]);
        Assert.StartsWith("""{"internalError":""", output[2]);
        Assert.Equal("""{"schemaErrors":[{"message":"Query root type must be provided."}]}""", output[3]);
        Assert.Equal("""{"valid":true}""", output[4]);
    }

    [Fact]
    public void ConsoleRunner_PrintSchemaMode_PrintsTheBuiltSchema()
    {
        var output = RunConsole("print-schema", [Line(new JsonObject { ["sdl"] = "type Query {\n  a: Int @deprecated\n}" })]);

        Assert.Equal("""{"printed":"type Query {\n  a: Int @deprecated\n}"}""", output.Single());
    }

    private static string Line(JsonObject json) => json.ToJsonString();

    private static List<string> RunConsole(string mode, IReadOnlyList<string> lines)
    {
        var runner = Path.Combine(AppContext.BaseDirectory, "Partnership.GraphQL.Conformance.dll");
        Assert.True(File.Exists(runner), $"the conformance runner was not built next to the tests: {runner}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(runner);
        start.ArgumentList.Add(mode);
        using var process = Process.Start(start)!;
        foreach (var line in lines) process.StandardInput.Write(line + "\n");
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var output = new List<string>();
        while (process.StandardOutput.ReadLine() is { } answer) output.Add(answer);
        Assert.True(process.WaitForExit(60_000), "the runner did not finish");
        Assert.True(process.ExitCode == 0, $"the runner exited with {process.ExitCode}: {stderr.Result}");
        return output;
    }
}
