using System.Runtime.CompilerServices;
using System.Text;
using Snapshooter;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace Partnership.Schema.Tests;

/// <summary>
/// Snapshot tests through Snapshooter. A snapshot is the plain text of the output (SQL, SDL, Markdown: Snapshooter keeps a
/// string as it is, not as JSON) in the <c>__snapshots__</c> folder beside the test; a difference fails the test and
/// Snapshooter writes the new output to <c>__snapshots__/__mismatch__</c> (git-ignored) for diffing.
/// <para>
/// Re-recording: <c>PARTNERSHIP_UPDATE_GOLDEN=1</c> deletes each snapshot before it is matched, so Snapshooter writes it
/// anew; review the diff in git. A missing snapshot is recorded by Snapshooter on a developer's machine, but under CI
/// (<c>CI</c> set and not false) Snapshooter's strict mode (<c>SNAPSHOOTER_STRICT_MODE</c>) is switched on, so a missing
/// snapshot fails instead of being created in the clone and passing; re-recording under CI is refused for the same reason.
/// </para>
/// </summary>
internal static class Snapshots
{
    public const string UpdateVariable = "PARTNERSHIP_UPDATE_GOLDEN";
    private const string StrictModeVariable = "SNAPSHOOTER_STRICT_MODE";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    static Snapshots()
    {
        if (IsCi && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(StrictModeVariable)))
            Environment.SetEnvironmentVariable(StrictModeVariable, "true");
    }

    private static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0"
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static string ThisFile([CallerFilePath] string path = "") => path;

    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", ".."));

    /// <summary>Matches <paramref name="actual"/> with the snapshot <c>__snapshots__/{name}.snap</c> beside the calling test.</summary>
    /// <remarks>Call it from the test method itself (or a synchronous helper it calls): Snapshooter finds the folder from the stack.</remarks>
    public static void Match(string actual, string name) => Match(actual, Snapshot.FullName(name));

    /// <summary>
    /// Matches a published document kept as a snapshot under the repository: <c>{folder}/__snapshots__/{fileName}</c>
    /// (the file name as given, so a Markdown document stays <c>.md</c>).
    /// </summary>
    public static void MatchPublished(string actual, string folder, string fileName) =>
        Match(actual, new SnapshotFullName(fileName, Path.Combine(RepositoryRoot(), folder)));

    private static void Match(string actual, SnapshotFullName fullName)
    {
        var folder = Path.Combine(fullName.FolderPath, FileNames.SnapshotFolderName);
        var path = Path.Combine(folder, fullName.Filename);
        var mismatch = Path.Combine(folder, FileNames.MismatchFolderName, fullName.Filename);
        if (Update)
        {
            if (IsCi) Assert.Fail($"{UpdateVariable}=1 is refused under CI: re-record the snapshots locally and commit them.");
            File.Delete(path);
        }
        var existed = File.Exists(path);
        try
        {
            Snapshot.Match(actual.Replace("\r\n", "\n"), fullName);
        }
        catch (SnapshotNotFoundException)
        {
            Assert.Fail($"{Relative(path)} does not exist, and under CI a missing snapshot fails rather than being recorded. "
                + $"Run the test locally (it records the snapshot; or set {UpdateVariable}=1), review the file and commit it.");
        }
        catch (XunitException e) when (existed)
        {
            throw new XunitException($"{Relative(path)} differs from the output; the output is in {Relative(mismatch)} "
                + $"(compare: git diff --no-index {Relative(path)} {Relative(mismatch)}). If the change is intended, re-record with "
                + $"{UpdateVariable}=1 and review the diff in git.\n{e.Message}");
        }
        // Snapshooter writes new snapshots with a byte-order mark; the recorded files are plain UTF-8, like the rest of the repository.
        if (!existed && File.Exists(path)) File.WriteAllText(path, File.ReadAllText(path, Encoding.UTF8), Utf8NoBom);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot(), path);
}
