using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// Why can I see this (<c>access</c>, <c>sharingExplanation</c>): every grant listed is the caller's own organisation's — its route
/// holds for the caller by the oracle — and opens a category the oracle shows; every category the oracle shows of the child is listed.
/// <c>sharingExplanation</c> naming an organisation is refused (<c>FORBIDDEN</c>) to everyone but social care.
/// </summary>
internal sealed partial class LeakChecker
{
    private void Access(JsonObject o, Person c, Sel s, string path, LeakCaller caller)
    {
        var p = $"{path}.{s.Key}";
        if (o[s.Key] is not JsonArray entries) { _p.Mismatches.Add($"{p}: {Short(o[s.Key])} ({ErrorCodeAt(p) ?? "no error"})"); return; }
        CountRow("access");
        var listed = new HashSet<InformationCategory>();
        foreach (var entry in entries.OfType<JsonObject>())
        {
            var category = Enum.GetValues<InformationCategory>().Single(x => LeakGenerator.Const(x) == entry["category"]!.GetValue<string>());
            var basis = entry["basis"]!.GetValue<string>();
            listed.Add(category);
            if (!RouteHolds(c, caller, basis, category, entry["restsOn"]?.GetValue<string>()))
                _p.Leaks.Add($"{p}: {category} by {basis}, a route the oracle does not give {caller.Name} ({Short(entry)})");
            else if (!CategoryShown(c, category, caller))
                _p.Leaks.Add($"{p}: {category} by {basis}, a category the oracle hides from {caller.Name}");
        }
        foreach (var category in Enum.GetValues<InformationCategory>())
            if (caller == view.Caller && !listed.Contains(category) && CategoryShown(c, category, caller) && category is not (MeetingSchedule or MeetingRecord or AgencyContributions))
                _p.Mismatches.Add($"{p}: {category} not listed, which the oracle shows");
    }

    /// <summary>The route a listed basis names holds for this caller (and, for a consent, the one it names gave a consent naming it).</summary>
    private bool RouteHolds(Person c, LeakCaller caller, string basis, InformationCategory category, string? restsOn)
    {
        var meetings = World.MeetingsOfChild[c.Id].Select(m => World.Meetings[m]).ToList();
        return basis switch
        {
            "ALL_OF_COUNCIL" => caller.Agency == Agency.SocialCare && caller.Councils.Contains(World.CouncilCode(c.LocalAuthorityId)),
            "CASE_HOLDING_HUB" => c.CaseHoldingHubId is { } hub && hub == caller.OrganisationId,
            "STATUTORY" => oracle.Statutory(c, caller),
            "VIRTUAL_SCHOOL" => oracle.VirtualSchool(c, caller),
            "OWN_PUPILS" => oracle.OwnPupil(c, caller),
            "OWN_CASELOAD" => oracle.OnHealthVisitingCaseload(c, caller),
            "OWN_PATIENTS" => oracle.RegisteredWithGp(c, caller),
            "LINKED_HOUSEHOLD" => oracle.LinkedByCaller(c, caller),
            "NHS_LOOKUP" => caller == view.Caller && oracle.LookedUp(c, view),
            "CONSENT" => oracle.Consent(c, caller, category) && (restsOn is null || World.ConsentsOf[c.Id].Any(k => oracle.ConsentCurrent(k.Consent)
                && restsOn.StartsWith($"consent given by {k.Consent.GivenByName} (", StringComparison.Ordinal))),
            // The caller's own grant; an explanation stands for any practitioner of the organisation.
            "EMERGENCY" => caller == view.Caller ? oracle.Emergency(c, caller)
                : World.GrantsOf[c.Id].Any(g => g.Agency == caller.Agency && g.OrganisationId == caller.OrganisationId && g.GrantedAt <= LeakWorld.Now
                    && g.ExpiresAt > LeakWorld.Now && g.RevokedAt is null),
            "INVITED" or "OWN_CONTRIBUTION" => meetings.Any(m => oracle.Invited(m, caller)),
            "ATTENDED" or "SHARED_AT_MEETING" => meetings.Any(m => oracle.Attended(m, caller)),
            "INVITED_WHILE_STATUTORY" => meetings.Any(m => oracle.Invited(m, caller) && World.ChildrenOfMeeting[m.Id].Any(k => oracle.UnderStatutorySafeguarding(World.People[k]))),
            _ => false,
        };
    }

    /// <summary>The oracle shows the category of the child to the caller (a meeting category: on some meeting of the child).</summary>
    private bool CategoryShown(Person c, InformationCategory category, LeakCaller caller)
    {
        var v = caller == view.Caller ? view : RequestView.Plain(caller);
        var meetings = World.MeetingsOfChild[c.Id].Select(m => World.Meetings[m]);
        return category switch
        {
            ProtectionStatus => oracle.Status(c, v) > StatusLevel.None,
            // Education's plan detail under S ("actions assigned to the school"): the cell grants it, the oracle reads it as nothing
            // a school can observe (plan rows need the full protection status; README, "Readings"). Listed, never shown.
            PlanDetail when caller.Agency == Agency.Education => oracle.Sees(c, v, PlanDetail) || oracle.Statutory(c, caller),
            // Social care sees every meeting of its councils' children, whether or not the child has one yet.
            MeetingSchedule or MeetingRecord or AgencyContributions when caller.Agency == Agency.SocialCare => oracle.Sees(c, v, Identity),
            MeetingSchedule or MeetingRecord => meetings.Any(m => oracle.MeetingCategory(m, v, category)),
            AgencyContributions => meetings.Any(m => oracle.MeetingCategory(m, v, MeetingSchedule)),
            _ => oracle.Sees(c, v, category),
        };
    }

    private void Explanation(JsonNode? value, Sel root, string path)
    {
        var named = root.Args.GetValueOrDefault("organisation") as string;
        var key = Key((string)root.Args["childId"]!);
        var child = key is { } k && World.People.TryGetValue(k, out var c) && c.Kind == PersonKind.Child && oracle.ChildVisible(c, view) ? c : null;
        if (named is not null && view.Caller.Agency != Agency.SocialCare)
        {
            CountRow("sharingExplanation refused");
            if (value is not null) _p.Leaks.Add($"{path}: {Short(value)} (another organisation's share, explained to {view.Caller.Name})");
            else if (ErrorCodeAt(path) != "FORBIDDEN") _p.Mismatches.Add($"{path}: null with {ErrorCodeAt(path) ?? "no error"}, not FORBIDDEN");
            return;
        }
        if (child is null)
        {
            if (value is not null) _p.Leaks.Add($"{path}: {Short(value)} (a child the oracle hides)");
            return;
        }
        if (value is not JsonObject o) { _p.Mismatches.Add($"{path}: null for a child the oracle shows ({ErrorCodeAt(path) ?? "no error"})"); return; }
        CountRow("sharingExplanation");
        var target = named is null ? view.Caller : AsOrganisation(Guid.Parse(named));
        if (target is null) return; // an organisation the leak callers do not stand for: social care may ask, nothing to compare
        Access(new JsonObject { ["grants"] = o["grants"]!.DeepClone() }, child, new Sel("grants", "grants"), path, target);
    }

    /// <summary>A caller standing for the organisation (the explanation's subject), in the asking caller's councils.</summary>
    private LeakCaller? AsOrganisation(Guid id) =>
        World.Organisations.TryGetValue(id, out var org) && org.Agency != Agency.SocialCare
            ? new LeakCaller($"explained {org.Name}", org.Agency, org.Id, $"explanation:{org.Id:N}", [], view.Caller.Councils)
            : null;
}
