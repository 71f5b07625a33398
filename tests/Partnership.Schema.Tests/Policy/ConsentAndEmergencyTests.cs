using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>Recording and withdrawing consent, and emergency access: each test on its own seeded database.</summary>
public sealed class ConsentAndEmergencyTests : IAsyncLifetime
{
    private HubHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HubHost.SqliteAsync(o => o.EmergencyAccessDuration = TimeSpan.FromHours(12));
        await using var db = _host.NewContext();
        await SeedAsync(db);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<List<string>> PoliceSeesAsync()
    {
        var r = await _host.RunAsync(PoliceOfficer, "{ children { nodes { firstName } } }");
        r.AssertNoErrors();
        return r.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()).Order().ToList();
    }

    private const string Record = @"mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id givenByName relationship endsOn involvement { kind } scopes { agency organisation category } } errors { code message field } } }";

    [Fact]
    public async Task RecordConsent_ForPoliceIdentity_NinaAppearsOnTheNextRequest()
    {
        Assert.DoesNotContain("Nina", await PoliceSeesAsync());
        var r = await _host.RunAsync(SocialWorker, Record, new
        {
            input = new
            {
                childId = Id(CinNoConsent), givenByName = "Nora Noconsent", relationship = "MOTHER",
                scopes = new[] { new { organisation = PoliceArea.ToString(), category = "IDENTITY" } }
            }
        });
        r.AssertNoErrors();
        Assert.Empty(r.At("recordConsent.errors")!.AsArray());
        Assert.Equal("MOTHER", r.At("recordConsent.consent.relationship")!.GetValue<string>());
        Assert.Equal("Slough LPA", r.At("recordConsent.consent.scopes.0.organisation")!.GetValue<string>());
        Assert.Equal("CHILD_IN_NEED", r.At("recordConsent.consent.involvement.kind")!.GetValue<string>());
        Assert.Contains("Nina", await PoliceSeesAsync());
        await using var db = _host.NewContext();
        var decision = await db.SharingDecisions.SingleAsync(d => d.ChildId == CinNoConsent);
        Assert.True(decision.Shared);
        Assert.Equal(PoliceArea, decision.RecipientOrganisationId);
        Assert.Equal(SharingRoute.Consent, decision.Route);
        Assert.Equal("sw-1", decision.DecidedBy);
    }

    [Fact]
    public async Task RecordConsent_ToOpenANeverCategoryOrByAnotherAgency_ChangesNothing()
    {
        var input = new
        {
            childId = Id(CinNoConsent), givenByName = "Nora", relationship = "MOTHER",
            scopes = new[] { new { organisation = PoliceArea.ToString(), category = "IDENTITY" }, new { organisation = HousingTeam.ToString(), category = "PLAN_DETAIL" } }
        };
        var r = await _host.RunAsync(SocialWorker, Record, new { input });
        r.AssertNoErrors();
        Assert.Null(r.At("recordConsent.consent"));
        Assert.Equal("CONSENT_NOT_ALLOWED", r.At("recordConsent.errors.0.code")!.GetValue<string>());
        var police = await _host.RunAsync(PoliceOfficer, Record, new { input });
        Assert.Equal("FORBIDDEN", police.At("recordConsent.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(3, await db.Consents.CountAsync());
        Assert.Equal(0, await db.SharingDecisions.CountAsync());
    }

    [Theory]
    [InlineData("EDUCATION", null, "CONSENT_RECIPIENT_REQUIRED")]   // "any school" is not a valid consent
    [InlineData("HEALTH", "", "CONSENT_RECIPIENT_REQUIRED")]        // nor "any health body"
    [InlineData(null, "no-such-organisation", "UNKNOWN_ORGANISATION")]
    [InlineData("POLICE", "100001", "AGENCY_MISMATCH")]             // a school's URN named as police
    public async Task RecordConsent_WithoutAKnownRecipientOrganisation_RefusedAndNothingStored(string? agency, string? organisation, string code)
    {
        var r = await _host.RunAsync(SocialWorker, Record, new
        {
            input = new
            {
                childId = Id(CinNoConsent), givenByName = "Nora Noconsent", relationship = "MOTHER",
                scopes = new[] { new { agency, organisation, category = "IDENTITY" } }
            }
        });
        r.AssertNoErrors();
        Assert.Null(r.At("recordConsent.consent"));
        Assert.Equal(code, r.At("recordConsent.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(3, await db.Consents.CountAsync());
        Assert.Equal(0, await db.SharingDecisions.CountAsync());
    }

    [Fact]
    public async Task RecordConsent_ToOneSchool_TheOtherSchoolStillSeesNothing()
    {
        // Nina is on Upton Primary's roll; a consent to Cippenham Primary opens her to Cippenham only.
        var r = await _host.RunAsync(SocialWorker, Record, new
        {
            input = new
            {
                childId = Id(CinNoConsent), givenByName = "Nora Noconsent", relationship = "MOTHER",
                scopes = new[] { new { organisation = "100002", category = "IDENTITY" } }
            }
        });
        r.AssertNoErrors();
        Assert.Empty(r.At("recordConsent.errors")!.AsArray());
        var cippenham = await _host.RunAsync(OtherSchoolDsl, "{ children { nodes { firstName } } }");
        Assert.Contains("Nina", cippenham.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()));
        var health = await _host.RunAsync(HealthVisitor, "{ children { nodes { firstName } } }");
        Assert.DoesNotContain("Nina", health.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RecordConsent_ChildWithoutAnOpenEarlyHelpOrChildInNeedPlan_NoInvolvementAndNothingStored()
    {
        // Harry's early help ended today: there is no involvement left for a consent to belong to.
        var r = await _host.RunAsync(SocialWorker, Record, new
        {
            input = new
            {
                childId = Id(HouseholdChild), givenByName = "Helen Household", relationship = "MOTHER",
                scopes = new[] { new { organisation = PoliceArea.ToString(), category = "IDENTITY" } }
            }
        });
        r.AssertNoErrors();
        Assert.Null(r.At("recordConsent.consent"));
        Assert.Equal("NO_INVOLVEMENT", r.At("recordConsent.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(3, await db.Consents.CountAsync());
    }

    [Fact]
    public async Task RecordConsent_EndDateStated_SharingStopsOnThatDay()
    {
        var r = await _host.RunAsync(SocialWorker, Record, new
        {
            input = new
            {
                childId = Id(CinNoConsent), givenByName = "Nora Noconsent", relationship = "MOTHER",
                endsOn = "2026-04-02", scopes = new[] { new { organisation = PoliceArea.ToString(), category = "IDENTITY" } }
            }
        });
        r.AssertNoErrors();
        Assert.Equal("2026-04-02", r.At("recordConsent.consent.endsOn")!.GetValue<string>());
        Assert.Contains("Nina", await PoliceSeesAsync());
        _host.Clock.SetUtcNow(HubHost.Now.AddDays(2));
        Assert.DoesNotContain("Nina", await PoliceSeesAsync());
    }

    [Fact]
    public async Task WithdrawConsent_ConsentRouteStopsOnTheNextRequest_StatutoryDoesNot()
    {
        Assert.Contains("Connie", await PoliceSeesAsync());
        var consentId = Partnership.Schema.Data.Paging.GlobalId.Encode("Consent", new Guid("00000000-0000-0000-0000-000000000901"));
        var r = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { withdrawConsent(input: { consentId: $id, reason: \"mother asked\" }) { consent { withdrawnAt } errors { code } } }", new { id = consentId });
        r.AssertNoErrors();
        Assert.NotNull(r.At("withdrawConsent.consent.withdrawnAt"));
        var after = await PoliceSeesAsync();
        Assert.DoesNotContain("Connie", after);
        Assert.Equal(["Casey", "Liam", "Sam"], after);
        var again = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { errors { code } } }", new { id = consentId });
        Assert.Equal("ALREADY_WITHDRAWN", again.At("withdrawConsent.errors.0.code")!.GetValue<string>());
    }

    private const string Emergency = @"mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) {
        emergencyAccess { id expiresAt reason } child { firstName confidentialAddress { line1 } protectionStatus { lookedAfter { start } } } errors { code message } } }";

    [Fact]
    public async Task RequestEmergencyAccess_PoliceForLiam_SeesTheConfidentialAddressUntilItExpires()
    {
        Assert.DoesNotContain("Emma", await PoliceSeesAsync());
        var r = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { nhsNumber = Nhs(6).Value, reason = "reported missing, risk to life" } });
        r.AssertNoErrors();
        Assert.Empty(r.At("requestEmergencyAccess.errors")!.AsArray());
        Assert.Equal("6 High Street", r.At("requestEmergencyAccess.child.confidentialAddress.line1")!.GetValue<string>());
        Assert.Equal("2026-03-31T22:00:00+00:00", r.At("requestEmergencyAccess.emergencyAccess.expiresAt")!.GetValue<string>());

        await using (var db = _host.NewContext())
        {
            Assert.Equal(NotificationKind.EmergencyAccessGranted, (await db.Notifications.SingleAsync(n => n.Kind == NotificationKind.EmergencyAccessGranted)).Kind);
            var decisions = await db.SharingDecisions.Where(d => d.ChildId == LookedAfter).ToListAsync();
            Assert.Equal(4, decisions.Count);
            Assert.All(decisions, d => Assert.Equal(SharingRoute.EmergencyAccess, d.Route));
        }
        var review = await _host.RunAsync(SocialWorker, "{ emergencyAccessReviews { childId reason subject } }");
        review.AssertNoErrors();
        Assert.Contains(review.At("emergencyAccessReviews")!.AsArray(), g => g!["childId"]!.GetValue<string>() == Id(LookedAfter));

        _host.Clock.SetUtcNow(HubHost.Now.AddHours(13));
        var later = await _host.RunAsync(PoliceOfficer, "query($id: ID!) { child(id: $id) { confidentialAddress { line1 } } }", new { id = Id(LookedAfter) });
        Assert.Equal(["child.confidentialAddress"], later.ErrorPaths("NOT_AUTHORIZED"));
    }

    [Fact]
    public async Task RequestEmergencyAccess_TwentyAliasesInOneRequest_OneGrant()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 20).Select(i =>
            $"a{i}: requestEmergencyAccess(input: {{ childId: \"{Id(i % 2 == 0 ? CinNoConsent : ConsentWithdrawn)}\", reason: \"reported missing, risk to life\" }}) {{ errors {{ code }} }}"));
        var r = await _host.RunAsync(PoliceOfficer, "mutation { " + aliases + " }");
        r.AssertNoErrors();
        Assert.Empty(r.At("a0.errors")!.AsArray());
        Assert.All(Enumerable.Range(1, 19), i => Assert.Equal("EMERGENCY_ACCESS_LIMIT", r.At($"a{i}.errors.0.code")!.GetValue<string>()));
        await using var db = _host.NewContext();
        Assert.Equal(1, await db.EmergencyAccessGrants.CountAsync(g => g.Subject == PoliceOfficer.Subject));
    }

    [Fact]
    public async Task RequestEmergencyAccess_BeyondTheDailyLimit_RefusedAndTheCaseHolderTold()
    {
        // pc-1 asks for five children, one request each: the sixth in 24 hours is refused and its case-holding hub notified.
        Guid[] children = [CinNoConsent, ConsentWithdrawn, HouseholdChild, EmergencyChild, CinConsent];
        foreach (var child in children)
        {
            var ok = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { childId = Id(child), reason = "reported missing, risk to life" } });
            Assert.Empty(ok.At("requestEmergencyAccess.errors")!.AsArray());
        }
        var refused = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { childId = Id(LookedAfter), reason = "reported missing, risk to life" } });
        Assert.Equal("EMERGENCY_ACCESS_LIMIT", refused.At("requestEmergencyAccess.errors.0.code")!.GetValue<string>());
        Assert.Null(refused.At("requestEmergencyAccess.child"));
        await using var db = _host.NewContext();
        Assert.False(await db.EmergencyAccessGrants.AnyAsync(g => g.ChildId == LookedAfter));
        Assert.True(await db.Notifications.AnyAsync(n => n.ChildId == LookedAfter && n.Kind == NotificationKind.EmergencyAccessRefused && n.RecipientHubId == HubA));
        _host.Clock.SetUtcNow(HubHost.Now.AddHours(25));
        var nextDay = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { childId = Id(LookedAfter), reason = "reported missing, risk to life" } });
        Assert.Empty(nextDay.At("requestEmergencyAccess.errors")!.AsArray());
    }

    [Fact]
    public async Task EmergencyGrant_SameSubjectUnderAnotherAgency_OpensNothing()
    {
        // Emma's grant is to pc-emergency acting for the police; a health token carrying the same subject gets nothing from it.
        var health = new TestCaller("HEALTH", "pc-emergency", ["871"], "HV-SLOUGH", ["HealthVisitor"]);
        var r = await _host.RunAsync(health, "{ children { nodes { firstName } } }");
        r.AssertNoErrors();
        Assert.DoesNotContain("Emma", r.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()));
        var police = await _host.RunAsync(PoliceWithEmergency, "{ children { nodes { firstName } } }");
        Assert.Contains("Emma", police.At("children.nodes")!.AsArray().Select(n => n!["firstName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RequestEmergencyAccess_WithoutAReasonOrForAnotherCouncil_ChangesNothing()
    {
        var shortReason = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { childId = Id(CinNoConsent), reason = "now" } });
        Assert.Equal("INVALID_REASON", shortReason.At("requestEmergencyAccess.errors.0.code")!.GetValue<string>());
        var otherCouncil = await _host.RunAsync(PoliceOfficer, Emergency, new { input = new { childId = Id(OtherCouncil), reason = "a long enough reason" } });
        Assert.Equal("NOT_FOUND", otherCouncil.At("requestEmergencyAccess.errors.0.code")!.GetValue<string>());
        var housing = await _host.RunAsync(HousingOfficer, Emergency, new { input = new { childId = Id(HouseholdChild), reason = "a long enough reason" } });
        Assert.Equal("FORBIDDEN", housing.At("requestEmergencyAccess.errors.0.code")!.GetValue<string>());
        await using var db = _host.NewContext();
        Assert.Equal(1, await db.EmergencyAccessGrants.CountAsync());
    }

    [Fact]
    public async Task ReviewEmergencyAccess_Revoke_StopsTheAccessAtOnce()
    {
        var grantId = Partnership.Schema.Data.Paging.GlobalId.Encode("EmergencyAccess", new Guid("00000000-0000-0000-0000-000000000990"));
        var r = await _host.RunAsync(SocialWorker, "mutation($id: ID!) { reviewEmergencyAccess(input: { id: $id, outcome: \"not justified\", revoke: true }) { emergencyAccess { reviewedBy revokedAt } errors { code } } }", new { id = grantId });
        r.AssertNoErrors();
        Assert.Equal("sw-1", r.At("reviewEmergencyAccess.emergencyAccess.reviewedBy")!.GetValue<string>());
        var police = await _host.RunAsync(PoliceWithEmergency, "query($id: ID!) { child(id: $id) { firstName } }", new { id = Id(EmergencyChild) });
        police.AssertNoErrors();
        Assert.Null(police.At("child"));
    }
}
