using System.Text.Json;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>
/// Where the differential tests find their inputs and graphql-js: the repository root (found from the test
/// assembly's folder), the corpus, and the oracle under tests/oracle with its pinned node_modules.
/// Missing node or packages fail the tests with instructions — never a silent skip.
/// </summary>
internal static class DifferentialEnvironment
{
    public const string GraphqlJsVersion = "17.1.0";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<string?> Problem = new(FindProblem);

    public static string RepositoryRoot => Root.Value;
    public static string OracleDirectory => Path.Combine(RepositoryRoot, "tests", "oracle");
    public static string OracleScript => Path.Combine(OracleDirectory, "oracle.mjs");
    public static string CorpusDirectory => Path.Combine(RepositoryRoot, "tests", "Partnership.GraphQL.Tests", "Differential", "Corpus");
    public static string SchemaDirectory => Path.Combine(CorpusDirectory, "Schemas");

    /// <summary>The node executable: NODE_BINARY if set, else <c>node</c> on PATH.</summary>
    public static string NodeExecutable => Environment.GetEnvironmentVariable("NODE_BINARY") is { Length: > 0 } node ? node : "node";

    /// <summary>Throws with what to do when node or the oracle's packages are missing.</summary>
    public static void EnsureOracleAvailable()
    {
        if (Problem.Value is { } problem) throw new InvalidOperationException(problem);
    }

    private static string? FindProblem()
    {
        const string fix = "Run `bash scripts/setup.sh` from the repository root (it runs `npm ci` in tests/oracle), " +
                           "or `cd tests/oracle && npm ci`. The differential tests compare the engine with graphql-js " +
                           GraphqlJsVersion + " and cannot run without it.";
        var package = Path.Combine(OracleDirectory, "node_modules", "graphql", "package.json");
        if (!File.Exists(package)) return $"graphql-js is not installed: {package} is missing. {fix}";
        using (var json = JsonDocument.Parse(File.ReadAllText(package)))
        {
            var version = json.RootElement.GetProperty("version").GetString();
            if (version != GraphqlJsVersion)
                return $"tests/oracle has graphql {version}, but the differential tests need exactly {GraphqlJsVersion}. {fix}";
        }
        try
        {
            var output = NodeProcess.Run(["--version"], []);
            if (output.Count == 0 || !output[0].StartsWith('v')) return $"`{NodeExecutable} --version` printed nothing recognisable.";
        }
        catch (Exception exception)
        {
            return $"Node.js could not be started ({NodeExecutable}): {exception.Message}. Install Node.js 20 or later " +
                   "(graphql-js 17 needs a recent node) or point NODE_BINARY at one. " + fix;
        }
        return null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Partnership.sln")) &&
                Directory.Exists(Path.Combine(directory.FullName, "tests", "oracle")))
                return directory.FullName;
        }
        throw new InvalidOperationException(
            $"The repository root (with Partnership.sln and tests/oracle) was not found above {AppContext.BaseDirectory}.");
    }
}
