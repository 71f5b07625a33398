using System.Buffers.Text;
using System.Text;
using Partnership.Data.Audit;
using Partnership.Data.Model;

namespace Partnership.Data.SubjectAccess;

/// <summary>What one export wrote: where, how much, and the audit entry that records it.</summary>
public sealed record SubjectAccessExportResult(string Directory, int Records, int Accesses, int Redactions, long AuditSequence);

/// <summary>
/// Writes a child's subject access export (JSON and printable HTML) into a new or empty directory. The files are written into a
/// private temporary directory beside the target and moved into place only when both are complete, so a failure leaves nothing
/// behind. The export is itself an access to the child's data and is appended to the access audit before anything is written:
/// no copy can exist that the audit does not show.
/// </summary>
internal sealed class SubjectAccessExporter(PartnershipDbContext db, TimeProvider time)
{
    public const string JsonFile = "subject-access.json", HtmlFile = "subject-access.html";
    public const string Operation = "data sar-export";
    public const string Purpose = "Subject access request (UK GDPR Article 15)";

    public async Task<SubjectAccessExportResult> ExportAsync(Guid childId, string outDirectory, string operatorName, bool withholdConfidentialAddress,
        CancellationToken ct = default)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDirectory));
        var temp = CreateTemporaryBeside(target);
        try
        {
            var content = await new SubjectAccessCollector(db).CollectAsync(childId, withholdConfidentialAddress, ct)
                ?? throw new ArgumentException("No child has the id given to --child.");
            // Nothing the export read is to be saved: the audit append is the only write.
            db.ChangeTracker.Clear();
            // The controller answering for its own record: social care's council, no sharing organisation, every category read.
            var items = content.Categories.Select(c => new AuditAccess(childId, c, SharingRoute.OwnRecord)).ToList();
            var entry = await AuditChain.AppendAsync(db,
                new AuditRecord(time.GetUtcNow(), $"operator:{operatorName}", Agency.SocialCare, null, Operation, Purpose, items), ct);
            var own = new SarAccess(entry.Sequence, entry.OccurredAt, entry.Subject, null, entry.Agency, null, entry.Operation, entry.Purpose,
                items.Select(i => (i.Category, i.Route)).ToList());
            var doc = new SarDocument(childId, entry.OccurredAt, entry.Sequence, entry.Hash, content.ConfidentialAddressWithheld,
                content.Sections, [.. content.Accesses, own], content.Redactions);

            await File.WriteAllBytesAsync(Path.Combine(temp, JsonFile), SubjectAccessJson.Write(doc), ct);
            await File.WriteAllBytesAsync(Path.Combine(temp, HtmlFile), SubjectAccessHtml.Write(doc), ct);
            if (Directory.Exists(target)) Directory.Delete(target); // empty, checked above; Move needs the name free
            Directory.Move(temp, target);
            return new SubjectAccessExportResult(target, doc.Sections.Sum(s => s.Records.Count), doc.Accesses.Count, doc.Redactions.Count, entry.Sequence);
        }
        catch
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            throw;
        }
    }

    /// <summary>Checks the target (new or empty directory, parent present) and creates the private temporary directory beside it.</summary>
    private static string CreateTemporaryBeside(string target)
    {
        // The messages never repeat the path: an operator may have named the directory after the child.
        if (File.Exists(target)) throw new ArgumentException("--out names a file; give a new or empty directory.");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new ArgumentException("--out is not empty; give a new or empty directory (nothing was written).");
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent)) throw new ArgumentException("--out's parent directory does not exist.");
        var temp = Path.Combine(parent, $".sar-export-{Guid.NewGuid():N}.partial");
        try
        {
            // Owner-only: the directory (moved into place) holds a child's whole record.
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(temp);
            else Directory.CreateDirectory(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return temp;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new IOException("Cannot write to --out's parent directory (nothing was written).", e);
        }
    }

    /// <summary>
    /// A child's hub id as the operator has it: the bare GUID, or the GraphQL global id of a Child (base64url of "Child:&lt;guid&gt;"),
    /// which is what a client sees as <c>children { nodes { id } }</c>.
    /// </summary>
    public static bool TryParseChildId(string? text, out Guid id)
    {
        id = Guid.Empty;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (Guid.TryParse(text.Trim(), out id)) return true;
        Span<byte> bytes = stackalloc byte[128];
        if (text.Length > 160 || Base64Url.DecodeFromChars(text.Trim(), bytes, out _, out var written) != System.Buffers.OperationStatus.Done) return false;
        var decoded = Encoding.UTF8.GetString(bytes[..written]);
        return decoded.StartsWith("Child:", StringComparison.Ordinal) && Guid.TryParse(decoded["Child:".Length..], out id);
    }
}
