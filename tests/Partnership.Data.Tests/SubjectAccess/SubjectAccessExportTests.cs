using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Partnership.Data.Audit;
using Partnership.Data.Model;
using Partnership.Data.SubjectAccess;
using Partnership.Data.Synthetic;
using Partnership.Testing.Postgres;

namespace Partnership.Data.Tests.SubjectAccess;

/// <summary>
/// The export on the <c>test</c> world as of 2026-03-31, checked against the generated rows: the child with a confidential
/// address whose records mention the most other people (household members, siblings at the same meetings, a parent's consent).
/// </summary>
public abstract class SubjectAccessExportTests(SeededDatabase seeded) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("partnership-sar-").FullName;
    private static SyntheticDataSet Set => SeededDatabase.Set;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Lazy<Person> SubjectChild = new(() => Set.People
        .Where(p => p.Kind == PersonKind.Child && Set.Addresses.Any(a => a.PersonId == p.Id && a.IsConfidential))
        .OrderByDescending(p => (CoMembers(p.Id).Count > 0 ? 1 : 0) + (OtherMeetingChildren(p.Id).Count > 0 ? 1 : 0)
                                + (Set.Consents.Any(c => c.ChildId == p.Id && c.Relationship != ConsentRelationship.Self) ? 1 : 0))
        .ThenBy(p => p.Id).First());

    private static Person Child => SubjectChild.Value;

    private static List<Guid> CoMembers(Guid child)
    {
        var households = Set.HouseholdMembers.Where(m => m.PersonId == child).Select(m => m.HouseholdId).ToHashSet();
        return Set.HouseholdMembers.Where(m => households.Contains(m.HouseholdId) && m.PersonId != child).Select(m => m.PersonId).Distinct().ToList();
    }

    private static List<Guid> OtherMeetingChildren(Guid child)
    {
        var meetings = Set.MeetingChildren.Where(m => m.ChildId == child).Select(m => m.MeetingId).ToHashSet();
        return Set.MeetingChildren.Where(m => meetings.Contains(m.MeetingId) && m.ChildId != child).Select(m => m.ChildId).Distinct().ToList();
    }

    private async Task<(string Json, string Html, JsonElement Root, SubjectAccessExportResult Result)> ExportAsync(bool withholdAddress = false)
    {
        var outDir = Path.Combine(_dir, $"out-{Guid.NewGuid():N}");
        await using var db = seeded.Database.CreateDbContext();
        var result = await new SubjectAccessExporter(db, new FakeTimeProvider(Now)).ExportAsync(Child.Id, outDir, "dpo", withholdAddress);
        var json = await File.ReadAllTextAsync(Path.Combine(outDir, SubjectAccessExporter.JsonFile));
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, SubjectAccessExporter.HtmlFile));
        return (json, html, JsonDocument.Parse(json).RootElement.Clone(), result);
    }

    private static JsonElement Section(JsonElement root, string key) => root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == key);

    private static List<JsonElement> Records(JsonElement root, string key) => Section(root, key).GetProperty("records").EnumerateArray().ToList();

    [Fact]
    public async Task Export_ChildWithConfidentialAddress_HoldsEveryRecordOfTheChildAndTheAddress()
    {
        var (_, html, root, _) = await ExportAsync();

        var person = Assert.Single(Records(root, "child")).GetProperty("fields");
        Assert.Equal(Child.GivenName, person.GetProperty("GivenName").GetString());
        Assert.Equal(Child.NhsNumber?.ToString(), person.GetProperty("NhsNumber").GetString());
        Assert.Equal(Set.Addresses.Count(a => a.PersonId == Child.Id), Records(root, "addresses").Count);
        Assert.Equal(Set.Plans.Count(p => p.ChildId == Child.Id), Records(root, "plans").Count);
        Assert.Equal(Set.Referrals.Count(r => r.ChildId == Child.Id), Records(root, "referrals").Count);
        Assert.Equal(Set.MeetingChildren.Count(m => m.ChildId == Child.Id), Records(root, "meetings").Count);
        Assert.Equal(Set.Consents.Count(c => c.ChildId == Child.Id), Records(root, "consents").Count);

        // The confidential address is the child's own data: in the export, in full, and marked in the printed report.
        var confidential = Set.Addresses.Single(a => a.PersonId == Child.Id && a.IsConfidential);
        var exported = Records(root, "addresses").Single(r => r.GetProperty("id").GetString() == confidential.Id.ToString("D")).GetProperty("fields");
        Assert.Equal(confidential.Postcode, exported.GetProperty("Postcode").GetString());
        Assert.Equal(confidential.Line1, exported.GetProperty("Line1").GetString());
        Assert.True(exported.GetProperty("IsConfidential").GetBoolean());
        Assert.False(root.GetProperty("confidentialAddressWithheld").GetBoolean());
        Assert.Contains(System.Net.WebUtility.HtmlEncode(confidential.Postcode), html);
        Assert.Contains("CONFIDENTIAL", html);
    }

    [Fact]
    public async Task Export_EveryRecord_HasEveryColumnOfItsEntity()
    {
        var (_, _, root, _) = await ExportAsync();
        await using var db = seeded.Database.CreateDbContext();
        var byName = db.Model.GetEntityTypes().ToDictionary(t => t.ClrType.Name);

        var checkedRecords = 0;
        foreach (var record in root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("records").EnumerateArray()))
        {
            var entity = byName[record.GetProperty("entity").GetString()!];
            var fields = record.GetProperty("fields").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
            Assert.Equal(entity.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal), fields);
            checkedRecords++;
        }
        Assert.True(checkedRecords > 20, $"only {checkedRecords} records exported");
    }

    [Fact]
    public async Task Export_OtherChildrenAndFamilyMembers_WithheldAndListedInBothOutputs()
    {
        var others = CoMembers(Child.Id).Concat(OtherMeetingChildren(Child.Id)).Append(Child.MotherId ?? Child.Id).Where(id => id != Child.Id).Distinct().ToList();
        Assert.NotEmpty(CoMembers(Child.Id));
        Assert.NotEmpty(OtherMeetingChildren(Child.Id));

        var (json, html, root, result) = await ExportAsync();

        foreach (var other in Set.People.Where(p => others.Contains(p.Id)))
        {
            Assert.DoesNotContain(other.Id.ToString("D"), json);
            Assert.DoesNotContain(other.Id.ToString("D"), html);
            if (other.GivenName is not null && other.FamilyName is not null && other.GivenName != Child.GivenName)
            {
                Assert.DoesNotContain($"{other.GivenName} {other.FamilyName}", json);
                Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode($"{other.GivenName} {other.FamilyName}"), html);
            }
            if (other.NhsNumber is { } nhs) Assert.DoesNotContain(nhs.ToString(), json);
        }
        var redactions = root.GetProperty("redactions").EnumerateArray()
            .Select(r => (Section: r.GetProperty("section").GetString(), Field: r.GetProperty("field").GetString(), Reason: r.GetProperty("reason").GetString()!)).ToList();
        Assert.Equal(result.Redactions, redactions.Count);
        Assert.Contains(redactions, r => r is { Section: "householdMembers", Field: "PersonId" } && r.Reason == SarRedactor.OtherPerson);
        Assert.Contains(redactions, r => r is { Section: "meetingChildren", Field: "ChildId" } && r.Reason == SarRedactor.OtherChild);
        // The child's own rows are never withheld: every household membership of the child keeps its person id.
        Assert.All(Records(root, "householdMembers").Where(r => r.GetProperty("withheld").GetArrayLength() == 0),
            r => Assert.Equal(Child.Id.ToString("D"), r.GetProperty("fields").GetProperty("PersonId").GetString()));
        Assert.Equal(CoMembers(Child.Id).Count, Records(root, "householdMembers").Count(r => r.GetProperty("withheld").GetArrayLength() > 0));
        Assert.Contains("What was withheld", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SarRedactor.OtherChild), html);
    }

    [Fact]
    public async Task Export_WithholdConfidentialAddress_AddressLeftOutAndListed()
    {
        var (json, html, root, _) = await ExportAsync(withholdAddress: true);

        var confidential = Set.Addresses.Single(a => a.PersonId == Child.Id && a.IsConfidential);
        Assert.DoesNotContain(confidential.Postcode, json);
        Assert.DoesNotContain(confidential.Line1, json);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(confidential.Postcode), html);
        Assert.True(root.GetProperty("confidentialAddressWithheld").GetBoolean());
        Assert.Contains(root.GetProperty("redactions").EnumerateArray(), r => r.GetProperty("recordId").GetString() == confidential.Id.ToString("D")
            && r.GetProperty("field").GetString() == "Postcode" && r.GetProperty("reason").GetString() == SarRedactor.ConfidentialAddress);
        // The home address before the move is not confidential and stays.
        var home = Set.Addresses.First(a => a.PersonId == Child.Id && !a.IsConfidential);
        Assert.Contains(home.Postcode, json);
    }

    [Fact]
    public async Task Export_EveryAccessToTheChild_ListedWithWhoOrganisationPurposeAndRoute_AndTheExportIsAudited()
    {
        var officer = Set.Practitioners.First(p => p.Agency == Agency.Police && p.Subject is not null && p.OrganisationId is not null);
        var otherChild = Set.People.First(p => p.Kind == PersonKind.Child && p.Id != Child.Id);
        long viewed;
        await using (var db = seeded.Database.CreateDbContext())
        {
            var entry = await AuditChain.AppendAsync(db, new AuditRecord(Now.AddDays(-1), officer.Subject!, Agency.Police, officer.OrganisationId,
                "query StrategyMeetings", "Section 47 enquiry",
                [new AuditAccess(Child.Id, InformationCategory.Identity, SharingRoute.StatutorySafeguarding),
                 new AuditAccess(otherChild.Id, InformationCategory.Contact, SharingRoute.Consent)]));
            viewed = entry.Sequence;
        }

        var (json, html, root, result) = await ExportAsync();

        var accesses = root.GetProperty("accesses").EnumerateArray().ToList();
        var view = accesses.Single(a => a.GetProperty("sequence").GetInt64() == viewed);
        Assert.Equal($"{officer.GivenName} {officer.FamilyName}", view.GetProperty("practitioner").GetString());
        Assert.Equal(Set.Organisations.Single(o => o.Id == officer.OrganisationId).Name, view.GetProperty("organisation").GetString());
        Assert.Equal("Section 47 enquiry", view.GetProperty("purpose").GetString());
        Assert.Equal("2026-04-01T10:00:00Z", view.GetProperty("occurredAt").GetString());
        var item = Assert.Single(view.GetProperty("items").EnumerateArray()); // the other child's item in the same entry is not shown
        Assert.Equal("Identity", item.GetProperty("category").GetString());
        Assert.Equal("StatutorySafeguarding", item.GetProperty("route").GetString());
        Assert.DoesNotContain(otherChild.Id.ToString("D"), json);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(officer.FamilyName), html);

        // The export is the last access and the chain's newest entry; the chain still verifies.
        await using (var db = seeded.Database.CreateDbContext())
        {
            var last = await db.AccessAuditEntries.Include(e => e.Items).OrderByDescending(e => e.Sequence).FirstAsync();
            Assert.Equal(result.AuditSequence, last.Sequence);
            Assert.Equal(SubjectAccessExporter.Operation, last.Operation);
            Assert.Equal("operator:dpo", last.Subject);
            Assert.All(last.Items, i => Assert.Equal(Child.Id, i.ChildId));
            Assert.Contains(last.Items, i => i.Category == InformationCategory.ConfidentialAddress);
            Assert.Equal(last.Hash, root.GetProperty("audit").GetProperty("hash").GetString());
            Assert.Equal(last.Sequence, accesses[^1].GetProperty("sequence").GetInt64());
            Assert.True((await AuditChain.VerifyAsync(db)).IsIntact);
        }
    }

    [Fact]
    public async Task Export_Html_IsSelfContainedAndPrintable()
    {
        var (_, html, _, _) = await ExportAsync();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("@media print", html);
        Assert.Contains("@page", html);
        foreach (var external in new[] { "http://", "https://", "<script", "<link", "src=", "url(", "@import" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Child.FamilyName!), html);
        // An id that names an organisation is shown with the organisation's name, for a reader who cannot look ids up.
        var hub = Set.Organisations.Single(o => o.Id == Child.CaseHoldingHubId);
        Assert.Contains($"{hub.Id:D} <small>({System.Net.WebUtility.HtmlEncode(hub.Name)})</small>", html);
    }

    [Fact]
    public async Task Export_UnknownOrAdultId_RefusedAndNothingWrittenOrAudited()
    {
        var adult = Set.People.First(p => p.Kind == PersonKind.Adult);
        await using var db = seeded.Database.CreateDbContext();
        var before = await db.AccessAuditEntries.CountAsync();
        foreach (var id in new[] { Guid.NewGuid(), adult.Id })
        {
            var outDir = Path.Combine(_dir, "refused");
            var e = await Assert.ThrowsAsync<ArgumentException>(() => new SubjectAccessExporter(db, TimeProvider.System).ExportAsync(id, outDir, "dpo", false));
            Assert.DoesNotContain(id.ToString("D"), e.Message);
            Assert.False(Directory.Exists(outDir));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
        Assert.Equal(before, await db.AccessAuditEntries.CountAsync());
    }

    [Fact]
    public void Collector_EveryEntityOfTheModel_IsExported()
    {
        // A new table must be decided for: the export promises everything the hub holds about a child.
        using var db = seeded.Database.CreateDbContext();
        var model = db.Model.GetEntityTypes().Select(t => t.ClrType).ToHashSet();
        Assert.Empty(model.Except(SubjectAccessCollector.Exported).Select(t => t.Name));
    }
}

public sealed class SqliteSubjectAccessExportTests(SqliteSubjectAccessExportTests.Seeded db) : SubjectAccessExportTests(db), IClassFixture<SqliteSubjectAccessExportTests.Seeded>
{
    // Its own database: the exports append to the audit chain.
    public sealed class Seeded : SeededDatabase
    {
        protected override Task<TestDatabase> CreateAsync() => TestDatabase.CreateAsync(DataProvider.Sqlite);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSubjectAccessExportTests(PostgresSubjectAccessExportTests.Seeded db) : SubjectAccessExportTests(db), IClassFixture<PostgresSubjectAccessExportTests.Seeded>
{
    public sealed class Seeded(PostgresFixture pg) : SeededDatabase
    {
        protected override Task<TestDatabase> CreateAsync() => TestDatabase.CreateAsync(DataProvider.Postgres, pg);
    }
}
