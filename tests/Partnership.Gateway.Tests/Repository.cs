namespace Partnership.Gateway.Tests;

internal static class Repository
{
    /// <summary>The repository root (the folder with Partnership.sln), found upwards from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Partnership.sln"))) return dir.FullName;
            throw new InvalidOperationException("Partnership.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Where tests leave artifacts (screenshots): tests/Partnership.Gateway.Tests/TestResults, git-ignored.</summary>
    public static string ArtifactsDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("PARTNERSHIP_TEST_ARTIFACTS")
                      ?? Path.Combine(Root, "tests", "Partnership.Gateway.Tests", "TestResults");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
