using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The hub's inbox (<c>notifications</c>): only a children's social care caller, and only the notices addressed to the
/// organisation its token names about children of its councils. A notice the generated world holds is compared with the
/// data; a notice the hub wrote during the run (a partner viewed a child: CP-IS parity) goes to the child's case-holding hub.
/// </summary>
internal sealed partial class LeakChecker
{
    private bool NotificationsForbidden => view.Caller.Agency != Agency.SocialCare || view.Caller.OrganisationId is null;

    /// <summary>Before the data is looked at: a caller that is no social care hub must get FORBIDDEN (and no inbox).</summary>
    private void NotificationsRefusal(JsonArray errors, JsonObject? data)
    {
        foreach (var root in query.Roots.Where(r => r.Field == "notifications"))
        {
            var first = root.Args.GetValueOrDefault("first") as int? ?? 25;
            var codes = errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList();
            if (NotificationsForbidden)
            {
                if (codes.Contains("FORBIDDEN")) CountRow("notifications refused");
                if (data?[root.Key] is JsonArray { Count: > 0 } list) _p.Leaks.Add($"{root.Key}: {Short(list)} (an inbox for a caller that is no social care hub)");
                if (!codes.Contains("FORBIDDEN") && !(first is < 1 or > 100 && codes.Contains("PAGINATION_MAX_ITEMS")))
                    _p.Mismatches.Add($"{root.Key}: no FORBIDDEN error for a {view.Caller.Agency} caller ({string.Join(",", codes)})");
            }
            else if (first is < 1 or > 100)
            {
                if (!codes.Contains("PAGINATION_MAX_ITEMS")) _p.Mismatches.Add($"{root.Key}: first {first} accepted ({string.Join(",", codes)})");
            }
            else if (data is null) _p.Mismatches.Add($"{root.Key}: refused for the hub ({string.Join(",", codes)})");
        }
    }

    private void Notifications(JsonNode? value, Sel root, string path)
    {
        if (value is null) return; // the refusal was checked before
        if (NotificationsForbidden) return;
        var hub = view.Caller.OrganisationId!.Value;
        var unreadOnly = root.Args.GetValueOrDefault("unreadOnly") as bool? ?? true;
        var first = root.Args.GetValueOrDefault("first") as int? ?? 25;
        var items = (JsonArray)value;
        if (items.Count > first) _p.Mismatches.Add($"{path}: {items.Count} notices, first was {first}");
        var world = World.Set.Notifications.ToDictionary(n => n.Id);
        var seen = new HashSet<Guid>();
        DateTimeOffset? previous = null;
        for (int i = 0; i < items.Count; i++)
        {
            var o = (JsonObject)items[i]!;
            var p = $"{path}.{i}";
            var id = o["id"]?.GetValue<string>() ?? "";
            var key = GlobalId.Decode(id) is ("Notification", var k) && Guid.TryParse(k, out var g) ? g : (Guid?)null;
            if (key is null) { _p.Mismatches.Add($"{p}.id: {id} is no notification id"); continue; }
            seen.Add(key.Value);
            CountRow(world.ContainsKey(key.Value) ? "notification" : "notification written in the run");
            if (world.TryGetValue(key.Value, out var n))
            {
                var child = World.People[n.ChildId];
                if (n.RecipientHubId != hub || !InCallerCouncils(child))
                {
                    _p.Leaks.Add($"{p}: {Short(o)} (a notice to another hub or about a child of another council)");
                    continue;
                }
                foreach (var s in root.Children)
                {
                    switch (s.Field)
                    {
                        case "kind": Scalar(o, s, p, true, LeakGenerator.Const(n.Kind)); break;
                        case "childId": Scalar(o, s, p, true, GlobalId.Encode("Child", n.ChildId)); break;
                        case "triggeredByAgency": Scalar(o, s, p, true, LeakGenerator.Const(n.TriggeredByAgency)); break;
                        case "triggeredByOrganisation": Scalar(o, s, p, true, n.TriggeredByOrganisationId is { } org ? World.Organisations[org].Name : null); break;
                        case "message": Scalar(o, s, p, true, n.Message); break;
                        case "createdAt": Scalar(o, s, p, true, Instant(n.CreatedAt)); break;
                    }
                }
                if (unreadOnly && n.ReadAt is not null) _p.Mismatches.Add($"{p}: a notice read in the data, asked unread only");
            }
            else
            {
                // Written by the hub during the run: it must be about a child of the caller's councils whose case the caller's hub holds.
                var childId = o["childId"]?.GetValue<string>();
                var child = childId is null ? null : Key(childId) is { } c && World.People.TryGetValue(c, out var person) ? person : null;
                if (childId is not null && (child is null || child.CaseHoldingHubId != hub || !InCallerCouncils(child)))
                    _p.Leaks.Add($"{p}: {Short(o)} (a notice the hub wrote about a child whose case this hub does not hold)");
            }
            if (o["createdAt"]?.GetValue<string>() is { } at && DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when))
            {
                if (previous is { } before && when > before) _p.Mismatches.Add($"{p}.createdAt: not newest first");
                previous = when;
            }
        }
        // Fewer than asked: every notice of the world addressed to this hub (unread, when asked so) is there.
        if (items.Count < first)
        {
            var missing = World.Set.Notifications.Count(n => n.RecipientHubId == hub && InCallerCouncils(World.People[n.ChildId])
                                                            && (!unreadOnly || n.ReadAt is null) && !seen.Contains(n.Id));
            if (missing > 0) _p.Mismatches.Add($"{path}: {missing} notice(s) to this hub missing");
        }
    }

    /// <summary>
    /// <c>markNotificationsRead</c> with at least one id that is not a notice to the caller's hub: a caller that is no social
    /// care hub is refused (FORBIDDEN); a hub gets NOT_FOUND at every such id and nothing marked (all or none), so no notice
    /// of another hub is returned or changed. The run's later <c>notifications(unreadOnly: true)</c> find its own still unread.
    /// </summary>
    private void MarkRead(JsonNode? value, Sel root, string path)
    {
        if (value is not JsonObject payload) { _p.Mismatches.Add($"{path}: null payload"); return; }
        var ids = (List<object?>)((Dictionary<string, object?>)root.Args["input"]!)["ids"]!;
        var notices = (payload["notifications"] as JsonArray) ?? [];
        var errors = (payload["errors"] as JsonArray) ?? [];
        foreach (var e in errors)
        {
            var message = e?["message"]?.GetValue<string>() ?? "";
            foreach (var secret in secrets.In(message))
                if (!query.Text.Contains(secret, StringComparison.Ordinal)) _p.Leaks.Add($"{path}: user error carries data the request did not name: \"{secret}\" in \"{message}\"");
        }
        if (notices.Count > 0) _p.Leaks.Add($"{path}.notifications: {Short(notices)} (marked read although an id was not the hub's: all or none)");
        var codes = errors.Select(e => e?["code"]?.GetValue<string>()).ToList();
        if (NotificationsForbidden)
        {
            if (!codes.Contains("FORBIDDEN")) _p.Mismatches.Add($"{path}: no FORBIDDEN for a {view.Caller.Agency} caller ({string.Join(",", codes)})");
            CountRow("markNotificationsRead refused");
            return;
        }
        var hub = view.Caller.OrganisationId!.Value;
        var foreign = new List<int>();
        for (int i = 0; i < ids.Count; i++)
        {
            Guid? key;
            try { key = GlobalId.Decode((string)ids[i]!) is ("Notification", var k) && Guid.TryParse(k, out var g) ? g : null; }
            catch (Exception) { key = null; }
            var n = key is { } x ? World.Set.Notifications.FirstOrDefault(w => w.Id == x) : null;
            if (n is null || n.RecipientHubId != hub || !InCallerCouncils(World.People[n.ChildId])) foreign.Add(i);
        }
        var notFound = errors.Where(e => e?["code"]?.GetValue<string>() == "NOT_FOUND")
            .Select(e => (e?["field"] as JsonArray)?.LastOrDefault()?.ToString()).ToHashSet();
        foreach (var i in foreign)
            if (!notFound.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))) _p.Mismatches.Add($"{path}: no NOT_FOUND at ids.{i}");
        if (notFound.Count > foreign.Count) _p.Mismatches.Add($"{path}: NOT_FOUND at an id of the hub's own notice ({string.Join(",", notFound)})");
        CountRow("markNotificationsRead all-or-none");
    }

    private bool InCallerCouncils(Person child) => view.Caller.Councils.Contains(World.CouncilCode(child.LocalAuthorityId));
}
