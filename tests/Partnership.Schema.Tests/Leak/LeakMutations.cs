using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The mutating part of the leak test, on a fresh database of its own: seeded steps of recording and withdrawing consent,
/// emergency access requests, and reads of <c>accessLog</c> and <c>emergencyAccessReviews</c> — valid ones, ones by agencies
/// that may not call them, and invalid input. Each accepted change is mirrored into the run's own world (never read back
/// from the hub's policy), and the affected agencies then probe the child: what they see must be what the oracle over the
/// changed world shows (a withdrawal stops consent-route access on the next request and leaves statutory access). A
/// rejected change must leave the consent, scope, grant and sharing-decision rows as they were.
/// </summary>
internal sealed partial class LeakMutationRun(LeakWorld world, HubHost host, int seed)
{
    private readonly Random _rng = new(seed);
    private readonly LeakSecrets _secrets = new(world);
    private Oracle _oracle = new(world, LeakSettings.Readings);
    private LeakRunner _runner = null!;

    public LeakReport Report { get; } = new();
    public List<string> Failures { get; } = [];
    public Dictionary<string, int> Steps { get; } = [];

    private LeakCaller Social => LeakCaller.For(world, Agency.SocialCare)[0];
    private LeakCaller OtherCouncilSocial => LeakCaller.For(world, Agency.SocialCare)[2];
    private static readonly Agency[] Partners = [Agency.Police, Agency.Health, Agency.Education, Agency.Housing];

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    public async Task RunAsync(int steps)
    {
        _runner = new LeakRunner(world, _oracle, host);
        for (var i = 0; i < steps; i++)
        {
            var kind = _rng.Next(10) switch
            {
                < 3 => await RecordConsentAsync(),
                < 5 => await WithdrawConsentAsync(),
                < 8 => await RequestEmergencyAccessAsync(),
                8 => await AccessLogAsync(),
                _ => await ReviewsAsync(),
            };
            Steps[kind] = Steps.GetValueOrDefault(kind) + 1;
        }
        // After all the changes: generated requests of every agency over the changed world.
        foreach (var agency in Partners.Prepend(Agency.SocialCare))
        {
            var r = await _runner.RunAsync(agency, 5, seed + (int)agency);
            Merge(r);
        }
    }

    // ---- consent ------------------------------------------------------------------------------------------------------

    private async Task<string> RecordConsentAsync()
    {
        // A consent belongs to an open early-help or child-in-need plan: mostly such a child, now and then one without.
        var council = world.Children.Where(c => Social.Councils.Contains(world.CouncilCode(c.LocalAuthorityId))).ToList();
        var involved = council.Where(c => Involvement(c) is not null).ToList();
        var child = involved.Count > 0 && _rng.Next(6) != 0 ? Pick(involved) : Pick(council);
        // Recipients are the leak callers' organisations, so the consent opens something one of them can see. Mostly scopes a
        // consent can open; now and then one it cannot (the whole consent is then refused).
        var categories = Enum.GetValues<InformationCategory>();
        var scopes = Enumerable.Range(0, 1 + _rng.Next(3)).Select(_ => (Caller: Pick(LeakCaller.For(world, Pick(Partners)).Where(c => c.OrganisationId is not null).ToList()), Category: Pick(categories)))
            .Where(s => _oracle.Consentable(s.Caller.Agency, s.Category) || _rng.Next(4) == 0).DistinctBy(s => (s.Caller.OrganisationId, s.Category)).ToList();
        if (scopes.Count == 0) scopes.Add((LeakCaller.For(world, Agency.Police)[0], InformationCategory.Identity));
        // The undecided cell: housing's protection status by consent (refused by the hub; strict expects it recorded).
        if (_rng.Next(8) == 0) scopes.Add((LeakCaller.For(world, Agency.Housing)[0], InformationCategory.ProtectionStatus));
        scopes = scopes.DistinctBy(s => (s.Caller.OrganisationId, s.Category)).ToList();
        var caller = Social;
        var name = "Leak Test Parent";
        var childId = GlobalId.Encode("Child", child.Id);
        var agencyWide = false;
        var variant = _rng.Next(9);
        string? expected = scopes.All(s => _oracle.Consentable(s.Caller.Agency, s.Category)) ? null : "CONSENT_NOT_ALLOWED";
        if (expected is null)
        {
            switch (variant)
            {
                case 0: caller = Pick(Partners.Select(a => LeakCaller.For(world, a)[0]).ToList()); expected = "FORBIDDEN"; break;
                case 1: name = "   "; expected = "INVALID_NAME"; break;
                case 2: caller = OtherCouncilSocial; expected = "NOT_FOUND"; break;
                case 3: childId = "not-an-id"; expected = "NOT_FOUND"; break;
                case 4: agencyWide = true; expected = "CONSENT_RECIPIENT_REQUIRED"; break;
            }
            if (expected is null && Involvement(child) is null) expected = "NO_INVOLVEMENT";
        }
        var input = new Dictionary<string, object?>
        {
            ["childId"] = childId, ["givenByName"] = name, ["relationship"] = "MOTHER",
            ["scopes"] = scopes.Select((s, i) => (object?)new Dictionary<string, object?>
            {
                // An agency-wide scope (no organisation) is not a valid consent (domain.md).
                ["organisation"] = agencyWide && i == 0 ? null : s.Caller.OrganisationId!.Value.ToString(),
                ["agency"] = LeakGenerator.Const(s.Caller.Agency), ["category"] = LeakGenerator.Const(s.Category),
            }).ToList(),
        };
        var (payload, ok) = await MutateAsync(caller, "recordConsent", "RecordConsentInput", "consent { id }", input, expected);
        if (ok && expected is null)
        {
            var id = Key(payload?["consent"]?["id"]?.GetValue<string>());
            if (id is null) { Failures.Add($"recordConsent: no consent id in {payload?.ToJsonString()}"); return "recordConsent"; }
            world.AddConsent(new ConsentRecord
            {
                Id = id.Value, ChildId = child.Id, GivenByName = name, Relationship = ConsentRelationship.Mother, GivenAt = LeakWorld.Now,
                InvolvementPlanId = Involvement(child)!.Id
            }, scopes.Select(s => (s.Caller.OrganisationId!.Value, s.Caller.Agency, s.Category)));
            await ChangedAsync(child, scopes.Select(s => s.Caller.Agency));
        }
        return expected is null ? "recordConsent" : $"recordConsent rejected ({expected})";
    }

    /// <summary>The plan a consent recorded now belongs to: the child's latest open early-help or child-in-need plan, as the hub picks it.</summary>
    private Plan? Involvement(Person child) => world.PlansOf[child.Id]
        .Where(p => p.Kind is PlanKind.EarlyHelp or PlanKind.ChildInNeed && p.IsOpenOn(world.Today)).OrderByDescending(p => p.StartDate).FirstOrDefault();

    private async Task<string> WithdrawConsentAsync()
    {
        var council = world.Set.Consents.Where(k => Social.Councils.Contains(world.CouncilCode(world.People[k.ChildId].LocalAuthorityId))).ToList();
        var current = council.Where(k => k.WithdrawnAt is null).ToList();
        var withdrawn = council.Where(k => k.WithdrawnAt is not null).ToList();
        // Prefer consents whose child is also under statutory safeguarding now and then: that access must survive the withdrawal.
        var statutory = current.Where(k => _oracle.UnderStatutorySafeguarding(world.People[k.ChildId])).ToList();
        var consent = statutory.Count > 0 && _rng.Next(2) == 0 ? Pick(statutory) : current.Count > 0 ? Pick(current) : null;
        var caller = Social;
        string? expected = null;
        switch (_rng.Next(6))
        {
            case 0 when withdrawn.Count > 0: consent = Pick(withdrawn); expected = "ALREADY_WITHDRAWN"; break;
            case 1: caller = Pick(Partners.Select(a => LeakCaller.For(world, a)[0]).ToList()); expected = "FORBIDDEN"; break;
            case 2: caller = OtherCouncilSocial; expected = "NOT_FOUND"; break;
        }
        var unknown = consent is null || _rng.Next(12) == 0;
        var id = GlobalId.Encode("Consent", unknown ? Guid.NewGuid() : consent!.Id);
        if (unknown && expected != "FORBIDDEN") expected = "NOT_FOUND";
        var input = new Dictionary<string, object?> { ["consentId"] = id, ["reason"] = "Family withdrew consent at the review." };
        var (_, ok) = await MutateAsync(caller, "withdrawConsent", "WithdrawConsentInput", "consent { id }", input, expected);
        if (ok && expected is null)
        {
            world.Withdraw(consent!, LeakWorld.Now);
            await ChangedAsync(world.People[consent!.ChildId], world.Set.ConsentScopes.Where(s => s.ConsentId == consent.Id).Select(s => s.Agency));
        }
        return expected is null ? "withdrawConsent" : $"withdrawConsent rejected ({expected})";
    }

    // ---- emergency access -----------------------------------------------------------------------------------------------

    private async Task<string> RequestEmergencyAccessAsync()
    {
        // Mostly the agencies with route 4; education and housing now and then (refused).
        var agency = _rng.Next(10) < 7 ? Pick([Agency.Police, Agency.Health]) : Pick([Agency.Education, Agency.Housing]);
        var callers = LeakCaller.For(world, agency);
        var caller = Pick(callers);
        var hidden = world.Children.Where(c => caller.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)) && !_oracle.ChildVisible(c, RequestView.Plain(caller))).ToList();
        var child = hidden.Count > 0 ? Pick(hidden) : Pick(world.Children);
        var input = new Dictionary<string, object?> { ["reason"] = "Child reported missing overnight; whereabouts and risks needed now." };
        if (child.NhsNumber is { } nhs && _rng.Next(2) == 0) input["nhsNumber"] = nhs.Value;
        else input["childId"] = GlobalId.Encode("Child", child.Id);
        string? expected = OracleReadingsAllow(caller) ? null : "FORBIDDEN";
        if (expected is null)
        {
            switch (_rng.Next(9))
            {
                case 0: input["reason"] = "urgent"; expected = "INVALID_REASON"; break;
                case 1: input.Remove("childId"); input["nhsNumber"] = "1234567890"; expected = "INVALID_NHS_NUMBER"; break;
                case 2: input["childId"] = GlobalId.Encode("Child", child.Id); input["nhsNumber"] = child.NhsNumber?.Value ?? "9434765919"; expected = "INVALID_INPUT"; break;
                case 3:
                    var away = world.Children.First(c => !caller.Councils.Contains(world.CouncilCode(c.LocalAuthorityId)));
                    input.Remove("nhsNumber"); input["childId"] = GlobalId.Encode("Child", away.Id); expected = "NOT_FOUND"; break;
            }
            // The hub's default cap: a practitioner is given at most this many emergency accesses in 24 hours.
            var today = world.Set.EmergencyAccessGrants.Count(g => g.Subject == caller.Subject && g.Agency == caller.Agency && g.GrantedAt > LeakWorld.Now.AddDays(-1));
            if (expected is null && today >= new Partnership.Schema.Policy.SharingOptions().EmergencyAccessPerPractitionerPerDay) expected = "EMERGENCY_ACCESS_LIMIT";
        }
        var (payload, ok) = await MutateAsync(caller, "requestEmergencyAccess", "RequestEmergencyAccessInput",
            "emergencyAccess { id childId agency subject grantedAt expiresAt }", input, expected);
        if (ok && expected is null)
        {
            var grant = payload?["emergencyAccess"];
            var id = Key(grant?["id"]?.GetValue<string>());
            var expires = grant?["expiresAt"]?.GetValue<string>() is { } e ? DateTimeOffset.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            if (id is null || expires != LeakWorld.Now.AddHours(24) || grant?["subject"]?.GetValue<string>() != caller.Subject
                || Key(grant?["childId"]?.GetValue<string>()) != child.Id)
            {
                Failures.Add($"requestEmergencyAccess by {caller}: expected a 24-hour grant to {caller.Subject} for {child.Id}, got {grant?.ToJsonString()}");
                return "requestEmergencyAccess";
            }
            world.AddGrant(new EmergencyAccessGrant
            {
                Id = id.Value, ChildId = child.Id, Agency = caller.Agency, OrganisationId = caller.OrganisationId, Subject = caller.Subject,
                Reason = (string)input["reason"]!, GrantedAt = LeakWorld.Now, ExpiresAt = expires.Value,
            });
            await ChangedAsync(child, [caller.Agency], only: caller);
            await AccessLoggedAsync(child, caller);
        }
        return expected is null ? $"requestEmergencyAccess ({agency})" : $"requestEmergencyAccess rejected ({expected})";
    }

    /// <summary>Police and health practitioners (not systems) may ask for emergency access (decided reading of route 4).</summary>
    private bool OracleReadingsAllow(LeakCaller caller) => !caller.IsSystem && _oracle.Readings.EmergencyCategories(caller.Agency).Count > 0;
}
