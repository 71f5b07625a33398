using Microsoft.EntityFrameworkCore;
using Partnership.Data.Audit;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Audit;

/// <summary>The access audit: what is recorded, before the response, hash-chained; notifications and the access log.</summary>
public sealed class AccessAuditTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync();
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<AccessAuditEntry> LastEntryAsync()
    {
        await using var db = _host.NewContext();
        return await db.AccessAuditEntries.Include(e => e.Items).OrderByDescending(e => e.Sequence).FirstAsync();
    }

    [Fact]
    public async Task Children_Police_RecordsWhoWhatWhichChildrenCategoriesRoutesAndPurpose()
    {
        var r = await _host.RunAsync(PoliceOfficer, "query Screening { children { nodes { firstName address { line1 } } } }");
        Assert.Equal(["children.nodes.2.address"], r.ErrorPaths("NOT_AUTHORIZED")); // Connie's: not recorded, not returned
        var entry = await LastEntryAsync();
        Assert.Equal("pc-1", entry.Subject);
        Assert.Equal(Agency.Police, entry.Agency);
        Assert.Equal(PoliceArea, entry.OrganisationId);
        Assert.Equal("query Screening: children", entry.Operation);
        Assert.Equal("strategy discussion and section 47 enquiry", entry.Purpose);
        Assert.Equal(HubHost.Now, entry.OccurredAt);
        var items = entry.Items.Select(i => (Names[i.ChildId], i.Category, i.Route)).OrderBy(i => i.Item1).ThenBy(i => i.Category).ToList();
        Assert.Equal([
            ("Casey", InformationCategory.Identity, SharingRoute.StatutorySafeguarding),
            ("Casey", InformationCategory.Contact, SharingRoute.StatutorySafeguarding),
            ("Connie", InformationCategory.Identity, SharingRoute.Consent),
            ("Liam", InformationCategory.Identity, SharingRoute.StatutorySafeguarding),
            ("Sam", InformationCategory.Identity, SharingRoute.StatutorySafeguarding),
            ("Sam", InformationCategory.Contact, SharingRoute.StatutorySafeguarding),
        ], items);
    }

    [Fact]
    public async Task Child_EmergencyAccess_IsRecordedAsTheRoute()
    {
        var r = await _host.RunAsync(PoliceWithEmergency, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(EmergencyChild) });
        r.AssertNoErrors();
        var item = Assert.Single((await LastEntryAsync()).Items);
        Assert.Equal((EmergencyChild, InformationCategory.Identity, SharingRoute.EmergencyAccess), (item.ChildId, item.Category, item.Route));
    }

    [Fact]
    public async Task Request_PurposeFromTheExtension_IsRecorded_AndABadOneRefusesTheRequest()
    {
        var r = await _host.RunAsync(SocialWorker, "{ children(first: 1) { nodes { firstName } } }", extensions: new Dictionary<string, object?> { ["purpose"] = "core group preparation" });
        r.AssertNoErrors();
        var entry = await LastEntryAsync();
        Assert.Equal("core group preparation", entry.Purpose);
        Assert.All(entry.Items, i => Assert.Equal(SharingRoute.OwnRecord, i.Route));

        var bad = await _host.RunAsync(SocialWorker, "{ children(first: 1) { nodes { firstName } } }", extensions: new Dictionary<string, object?> { ["purpose"] = new string('x', 201) });
        Assert.Equal(["INVALID_PURPOSE"], bad.ErrorCodes);
        Assert.False(bad.Json.ContainsKey("data"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script> review")]
    [InlineData("core group \u202Eweivre\u202C preparation")] // right-to-left override: reads as another purpose
    [InlineData("core\u200Bgroup")] // zero-width space
    [InlineData("core group\u0007")]
    public async Task Request_PurposeWithMarkupOrFormattingCharacters_RefusedAndNothingRecorded(string escaped)
    {
        var purpose = System.Text.RegularExpressions.Regex.Unescape(escaped);
        await using (var db = _host.NewContext()) await db.AccessAuditEntries.ExecuteDeleteAsync();

        var bad = await _host.RunAsync(SocialWorker, "{ children(first: 1) { nodes { firstName } } }", extensions: new Dictionary<string, object?> { ["purpose"] = purpose });

        Assert.Equal(["INVALID_PURPOSE"], bad.ErrorCodes);
        Assert.False(bad.Json.ContainsKey("data"));
        await using var check = _host.NewContext();
        Assert.Equal(0, await check.AccessAuditEntries.CountAsync());
    }

    [Fact]
    public async Task Request_WithoutChildData_WritesNoEntry()
    {
        await _host.RunAsync(HousingOfficer, "{ me { agency } strategyMeetings { totalCount nodes { id } } }");
        await using var db = _host.NewContext();
        Assert.Equal(0, await db.AccessAuditEntries.CountAsync());
    }

    [Fact]
    public async Task Request_AuditCannotBeWritten_FailsWithoutData()
    {
        await using (var db = _host.NewContext())
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse BEFORE INSERT ON \"AccessAuditEntries\" BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        var r = await _host.RunAsync(PoliceOfficer, "{ children { nodes { firstName } } }");
        Assert.Equal(["AUDIT_FAILED"], r.ErrorCodes);
        Assert.False(r.Json.ContainsKey("data"));
    }

    [Fact]
    public async Task Chain_HubEntriesVerify_AndAnAlteredEntryIsFound()
    {
        await _host.RunAsync(PoliceOfficer, "{ children { nodes { firstName } } }");
        await _host.RunAsync(HealthVisitor, "{ children { nodes { firstName } } }");
        await _host.RunAsync(SocialWorker, "{ children { nodes { firstName } } }");
        await using var db = _host.NewContext();
        var intact = await AuditChain.VerifyAsync(db);
        Assert.True(intact.IsIntact);
        Assert.Equal(3, intact.EntriesChecked);
        // Someone with database rights drops the append-only guard and rewrites the purpose of entry 2.
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"TR_AccessAuditEntries_NoUpdate\"");
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AccessAuditEntries\" SET \"Purpose\" = 'curiosity' WHERE \"Sequence\" = 2");
        var broken = await AuditChain.VerifyAsync(db);
        Assert.Equal(2, broken.FirstBrokenSequence);
    }

    [Fact]
    public async Task Notifications_PoliceViewsProtectionStatus_CaseHoldingHubIsTold_SilentRoleIsNot()
    {
        var r = await _host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { protectionStatus { childProtectionPlan { start } } } }", new { id = Id(CpChild) });
        r.AssertNoErrors();
        await using (var db = _host.NewContext())
        {
            var n = await db.Notifications.SingleAsync();
            Assert.Equal((CpChild, HubA, NotificationKind.ProtectionStatusViewed, Agency.Police), (n.ChildId, n.RecipientHubId, n.Kind, n.TriggeredByAgency));
            Assert.Equal((await LastEntryAsync()).Sequence, n.AuditSequence);
        }
        var mash = PoliceOfficer with { Subject = "mash-1", Roles = ["MashOfficer"] };
        await _host.RunAsync(mash, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(CpChild) });
        await _host.RunAsync(SocialWorker, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(CpChild) });
        await using (var db = _host.NewContext())
        {
            Assert.Equal(1, await db.Notifications.CountAsync());
            Assert.Equal(3, await db.AccessAuditEntries.CountAsync());
        }
    }

    [Fact]
    public async Task AccessLog_SocialCareSeesWhoViewed_OthersAreRefused()
    {
        await _host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(CpChild) }, new Dictionary<string, object?> { ["purpose"] = "joint visit" });
        var log = await _host.RunAsync(SocialWorker, "query($id: ID!) { accessLog(childId: $id) { agency organisation subject purpose items { category route } } }", new { id = Id(CpChild) });
        log.AssertNoErrors();
        Assert.Equal("POLICE", log.At("accessLog.0.agency")!.GetValue<string>());
        Assert.Equal("Slough LPA", log.At("accessLog.0.organisation")!.GetValue<string>());
        Assert.Equal("joint visit", log.At("accessLog.0.purpose")!.GetValue<string>());
        Assert.Equal("STATUTORY_SAFEGUARDING", log.At("accessLog.0.items.0.route")!.GetValue<string>());
        var police = await _host.RunAsync(PoliceOfficer, "query($id: ID!) { accessLog(childId: $id) { agency } }", new { id = Id(CpChild) });
        Assert.Equal(["FORBIDDEN"], police.ErrorCodes);
        var otherCouncil = await _host.RunAsync(SocialWorker, "query($id: ID!) { accessLog(childId: $id) { agency } }", new { id = Id(OtherCouncil) });
        otherCouncil.AssertNoErrors();
        Assert.Null(otherCouncil.At("accessLog"));
    }
}
