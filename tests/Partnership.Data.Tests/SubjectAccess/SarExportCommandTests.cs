using System.Text;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Cli;
using Partnership.Data.Model;
using Partnership.Data.SubjectAccess;

namespace Partnership.Data.Tests.SubjectAccess;

/// <summary>A SQLite database loaded through <c>data load</c> once for the command-line tests.</summary>
public sealed class LoadedHub : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("partnership-sar-cli-").FullName;
    public string Connection => $"Data Source={Path.Combine(Directory, "hub.db")};Pooling=False";

    public async Task InitializeAsync()
    {
        var code = await DataCommands.RunAsync(["load", "--provider", "Sqlite", "--connection", Connection, "--preset", "test", "--as-of", "2026-03-31"],
            TextWriter.Null, TextWriter.Null);
        if (code != 0) throw new InvalidOperationException($"data load exited {code}");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class SarExportCommandTests(LoadedHub hub) : IClassFixture<LoadedHub>
{
    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await DataCommands.RunAsync(["sar-export", "--provider", "Sqlite", "--connection", hub.Connection, .. args], o, e);
        return (code, o.ToString(), e.ToString());
    }

    private PartnershipDbContext Db() => new(new DbContextOptionsBuilder<PartnershipDbContext>().UseSqlite(hub.Connection).Options);

    private async Task<Person> ChildWithConfidentialAddress()
    {
        await using var db = Db();
        var id = await db.Addresses.Where(a => a.IsConfidential).OrderBy(a => a.PersonId).Select(a => a.PersonId).FirstAsync();
        return await db.People.SingleAsync(p => p.Id == id);
    }

    private string NewOut() => Path.Combine(hub.Directory, $"sar-{Guid.NewGuid():N}");

    private List<string> Leftovers() => System.IO.Directory.EnumerateDirectories(hub.Directory, ".sar-export-*").ToList();

    [Fact]
    public async Task SarExport_GraphQLIdOfChild_WritesBothFilesAndVerifyAuditStillPasses()
    {
        var child = await ChildWithConfidentialAddress();
        var globalId = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Child:{child.Id:D}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var outDir = NewOut();

        var run = await Run("--child", globalId, "--out", outDir, "--operator", "dpo@slough");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Err);
        Assert.Contains("recorded as audit entry", run.Out);
        Assert.Equal([SubjectAccessExporter.HtmlFile, SubjectAccessExporter.JsonFile],
            System.IO.Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(child.GivenName!, run.Out);
        Assert.DoesNotContain(child.FamilyName!, run.Out);
        Assert.Empty(Leftovers());

        var verify = await DataCommands.RunAsync(["verify-audit", "--provider", "Sqlite", "--connection", hub.Connection], new StringWriter(), new StringWriter());
        Assert.Equal(0, verify);
    }

    [Fact]
    public async Task SarExport_EmptyExistingOutDirectory_IsUsed()
    {
        var child = await ChildWithConfidentialAddress();
        var outDir = System.IO.Directory.CreateDirectory(NewOut()).FullName;

        Assert.Equal(0, (await Run("--child", child.Id.ToString(), "--out", outDir)).Code);
        Assert.True(File.Exists(Path.Combine(outDir, SubjectAccessExporter.JsonFile)));
    }

    [Fact]
    public async Task SarExport_UnknownOrMalformedChild_Exit2WithMessageNothingWritten()
    {
        var outDir = NewOut();
        var unknown = Guid.NewGuid().ToString();

        var missing = await Run("--child", unknown, "--out", outDir);
        Assert.Equal(2, missing.Code);
        Assert.Contains("No child has the id given to --child", missing.Err);
        Assert.DoesNotContain(unknown, missing.Err);

        var malformed = await Run("--child", "not-an-id", "--out", outDir);
        Assert.Equal(2, malformed.Code);
        Assert.Contains("--child must be a child's hub id", malformed.Err);
        Assert.DoesNotContain("not-an-id", malformed.Err);

        var otherType = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Plan:{Guid.NewGuid():D}")).TrimEnd('=');
        Assert.Equal(2, (await Run("--child", otherType, "--out", outDir)).Code);

        var required = await Run("--out", outDir);
        Assert.Equal(2, required.Code);
        Assert.Contains("--child is required", required.Err);

        Assert.False(System.IO.Directory.Exists(outDir));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public async Task SarExport_NonEmptyOrUnwritableOut_ClearErrorNothingWrittenNothingAudited()
    {
        var child = await ChildWithConfidentialAddress();
        long before;
        await using (var db = Db()) before = await db.AccessAuditEntries.LongCountAsync();

        var full = System.IO.Directory.CreateDirectory(NewOut()).FullName;
        await File.WriteAllTextAsync(Path.Combine(full, "keep.txt"), "operator's file");
        var nonEmpty = await Run("--child", child.Id.ToString(), "--out", full);
        Assert.Equal(2, nonEmpty.Code);
        Assert.Contains("--out is not empty", nonEmpty.Err);
        Assert.Equal(["keep.txt"], System.IO.Directory.GetFiles(full).Select(Path.GetFileName));

        var file = Path.Combine(hub.Directory, "a-file.txt");
        await File.WriteAllTextAsync(file, "x");
        Assert.Equal(2, (await Run("--child", child.Id.ToString(), "--out", file)).Code);
        Assert.Equal(2, (await Run("--child", child.Id.ToString(), "--out", Path.Combine(file, "below"))).Code);

        // /proc refuses new directories even to root: the one place a test can count on an unwritable parent.
        var unwritable = await Run("--child", child.Id.ToString(), "--out", "/proc/partnership-sar-test");
        Assert.Equal(1, unwritable.Code);
        Assert.Contains("Cannot write to --out's parent directory", unwritable.Err);

        foreach (var err in new[] { nonEmpty.Err, unwritable.Err })
        {
            Assert.DoesNotContain(child.GivenName!, err);
            Assert.DoesNotContain(child.Id.ToString(), err);
        }
        Assert.Empty(Leftovers());
        await using (var db = Db()) Assert.Equal(before, await db.AccessAuditEntries.LongCountAsync());
    }

    [Fact]
    public async Task Run_Help_ListsSarExport()
    {
        var o = new StringWriter();
        Assert.Equal(2, await DataCommands.RunAsync([], o, new StringWriter()));
        Assert.Contains("sar-export", o.ToString());
    }
}
