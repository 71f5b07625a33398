using System.Globalization;
using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakChecker
{
    /// <summary>
    /// The meeting change feed: every change is about a meeting the oracle shows (the world's meetings change only through the
    /// feed's start, so each is SCHEDULED at its version; no invitation is withdrawn, so nothing is REVOKED); a first page that
    /// reaches the end names every meeting the oracle shows; the meetings listed are the page's, each checked as a row.
    /// </summary>
    private void MeetingChanges(JsonNode? value, Sel root, string path)
    {
        if (value is not JsonObject page) { _p.Mismatches.Add($"{path}: no page"); return; }
        var changesSel = root.Children.First(s => s.Field == "changes");
        var named = new HashSet<Guid>();
        var changes = (JsonArray)page[changesSel.Key]!;
        for (var i = 0; i < changes.Count; i++)
        {
            var o = (JsonObject)changes[i]!;
            var p = $"{path}.{changesSel.Key}.{i}";
            var id = o["meetingId"]!.GetValue<string>();
            var key = Key(id);
            if (key is not { } k || !World.Meetings.TryGetValue(k, out var m)) { _p.Mismatches.Add($"{p}: a meeting the world does not hold"); continue; }
            if (!oracle.MeetingVisible(m, view)) { _p.Leaks.Add($"{p}: a change to a meeting the oracle hides ({id})"); continue; }
            named.Add(k);
            CountRow("meetingChanges");
            var strategy = m.Kind == MeetingKind.StrategyDiscussion;
            if (id != GlobalId.Encode(strategy ? "StrategyMeeting" : "Conference", m.Id)) _p.Mismatches.Add($"{p}.meetingId: {id} under the wrong type");
            foreach (var s in changesSel.Children)
            {
                switch (s.Field)
                {
                    case "meetingId" or "cursor": break;
                    case "kind": Scalar(o, s, p, true, "SCHEDULED"); break;
                    case "meetingKind": Scalar(o, s, p, true, LeakGenerator.Const(m.Kind)); break;
                    case "at": Scalar(o, s, p, true, Instant(m.UpdatedAt)); break;
                    case "version": Scalar(o, s, p, true, m.Version.ToString(CultureInfo.InvariantCulture)); break;
                    default: Unchecked.Add($"MeetingChange.{s.Field}"); break;
                }
            }
        }
        var more = page[root.Children.First(s => s.Field == "hasNextPage").Key]!.GetValue<bool>();
        if (!more && !root.Args.ContainsKey("after"))
        {
            // Under-sharing too: the whole feed names exactly the meetings the oracle shows.
            var expected = World.Meetings.Values.Where(m => oracle.MeetingVisible(m, view)).Select(m => m.Id).ToHashSet();
            if (root.Args.GetValueOrDefault("first") is int first && first < expected.Count)
                _p.Mismatches.Add($"{path}.hasNextPage: false after {changes.Count} changes, the oracle shows {expected.Count} meetings");
            else if (!expected.SetEquals(named))
                _p.Mismatches.Add($"{path}: the feed names {named.Count} meetings, the oracle shows {expected.Count}");
        }
        foreach (var s in root.Children.Where(s => s.Field is "strategyMeetings" or "conferences"))
        {
            var conference = s.Field == "conferences";
            var rows = (JsonArray)page[s.Key]!;
            var listed = new HashSet<Guid>();
            for (var i = 0; i < rows.Count; i++)
            {
                var o = (JsonObject)rows[i]!;
                var p = $"{path}.{s.Key}.{i}";
                if (Key(o["id"]!.GetValue<string>()) is not { } k || !World.Meetings.TryGetValue(k, out var m)) { _p.Mismatches.Add($"{p}: a meeting the world does not hold"); continue; }
                if (!named.Contains(k)) { (oracle.MeetingVisible(m, view) ? _p.Mismatches : _p.Leaks).Add($"{p}: a meeting the page's changes do not name"); continue; }
                listed.Add(k);
                if (conference) Conference(o, m, p, s.Children); else Meeting(o, m, p, s.Children);
            }
            var missing = named.Count(k => (World.Meetings[k].Kind != MeetingKind.StrategyDiscussion) == conference && !listed.Contains(k));
            if (missing > 0) _p.Mismatches.Add($"{path}.{s.Key}: {missing} meetings of the page's changes missing");
        }
    }
}
