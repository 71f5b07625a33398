using System.Runtime.CompilerServices;
using System.Text;

namespace Partnership.Schema.Tests;

/// <summary>
/// Expected files kept in the repository (tests/Partnership.Schema.Tests/Golden). A mismatch fails with the first differing lines;
/// set PARTNERSHIP_UPDATE_GOLDEN=1 to re-record them (then review the diff in git).
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "PARTNERSHIP_UPDATE_GOLDEN";

    private static string ThisFile([CallerFilePath] string path = "") => path;

    public static string Directory() => Path.Combine(Path.GetDirectoryName(ThisFile())!, "Golden");

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));

    public static void AssertMatches(string name, string actual) => AssertFile(Path.Combine(Directory(), name), actual);

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="path"/> (or re-records it).</summary>
    public static void AssertFile(string path, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} does not exist; run the tests with {UpdateVariable}=1 to record it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail($"{path} differs from the output (re-record with {UpdateVariable}=1 if the change is intended):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first]) first++;
        var sb = new StringBuilder($"first difference at line {first + 1}:\n");
        for (int i = Math.Max(0, first - 2); i < Math.Min(Math.Max(e.Length, a.Length), first + 6); i++)
        {
            var el = i < e.Length ? e[i] : null;
            var al = i < a.Length ? a[i] : null;
            if (el == al) sb.Append("  ").AppendLine(el);
            else
            {
                if (el is not null) sb.Append("- ").AppendLine(el);
                if (al is not null) sb.Append("+ ").AppendLine(al);
            }
        }
        return sb.ToString();
    }
}
