using System.Globalization;
using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>What a check found. A leak is a value or row the oracle hides; a mismatch is the hub hiding (or erring on) what the oracle shows.</summary>
internal sealed class Problems
{
    public List<string> Leaks { get; } = [];
    public List<string> Mismatches { get; } = [];
    /// <summary>Paths where the oracle hides a field: a NOT_AUTHORIZED error is expected there.</summary>
    public HashSet<string> Hidden { get; } = [];
    public int Count => Leaks.Count + Mismatches.Count;

    public void Merge(Problems other)
    {
        Leaks.AddRange(other.Leaks);
        Mismatches.AddRange(other.Mismatches);
        Hidden.UnionWith(other.Hidden);
    }
}

/// <summary>
/// Checks one response against the oracle: every value, every row, counts and page flags, the errors' codes and paths, and
/// that no error message carries a value of the data the request did not itself contain.
/// </summary>
internal sealed partial class LeakChecker(Oracle oracle, RequestView view, LeakQuery query, JsonObject response, LeakSecrets secrets)
{
    private LeakWorld World => oracle.World;
    private readonly LeakExpect _expect = new(oracle, view);
    private Problems _p = new();
    private readonly HashSet<string> _rootErrorAllowed = [];

    /// <summary>Rows the oracle shows that this response returned and the checker compared, per root field or node type.</summary>
    public Dictionary<string, int> RowsChecked { get; } = new(StringComparer.Ordinal);

    private void CountRow(string kind) => RowsChecked[kind] = RowsChecked.GetValueOrDefault(kind) + 1;

    public Problems Check()
    {
        var errors = response["errors"] as JsonArray ?? [];
        var data = response["data"] as JsonObject;
        foreach (var e in errors)
        {
            var message = e?["message"]?.GetValue<string>() ?? "";
            foreach (var secret in secrets.In(message))
                if (!query.Text.Contains(secret, StringComparison.Ordinal) && !VariablesContain(secret))
                    _p.Leaks.Add($"error message carries data the request did not name: \"{secret}\" in \"{message}\"");
        }
        NotificationsRefusal(errors, data);
        if (data is null)
        {
            if (errors.Count == 0) _p.Mismatches.Add("no data and no errors");
            return _p; // a request error (validation, variables): nothing returned, nothing to leak
        }
        foreach (var root in query.Roots) Root(data, root);
        foreach (var e in errors)
        {
            var code = e?["extensions"]?["code"]?.GetValue<string>();
            var path = string.Join(".", (e?["path"] as JsonArray ?? []).Select(x => x!.ToString()));
            if (code == "FORBIDDEN" && query.Roots.Any(r => r.Field == "notifications") && NotificationsForbidden) continue;
            if (code == "FORBIDDEN" && query.Roots.Any(r => r.Field == "sharingExplanation" && r.Key == path && r.Args.ContainsKey("organisation"))
                && view.Caller.Agency != Agency.SocialCare) continue;
            if (code is not ("NOT_AUTHORIZED" or "INVALID_FILTER" or "INVALID_SORT" or "INVALID_ID" or "INVALID_NHS_NUMBER") && !(code ?? "").StartsWith("PAGINATION_", StringComparison.Ordinal))
                _p.Mismatches.Add($"error {code ?? "(no code)"} at {path}: {e?["message"]}");
            if (code == "NOT_AUTHORIZED" && !_p.Hidden.Contains(path) && !_rootErrorAllowed.Contains(path) && !UnderNull(data, e?["path"] as JsonArray))
                _p.Mismatches.Add($"NOT_AUTHORIZED at {path}, which the oracle shows ({e?["message"]})");
        }
        return _p;
    }

    /// <summary>Whether a parent of the error's path is null in the response (the error's own field cannot be told apart then).</summary>
    private static bool UnderNull(JsonObject data, JsonArray? path)
    {
        if (path is null) return false;
        JsonNode? node = data;
        for (int i = 0; i < path.Count - 1; i++)
        {
            var part = path[i]!;
            node = part.GetValueKind() == System.Text.Json.JsonValueKind.Number ? (node as JsonArray)?[part.GetValue<int>()] : (node as JsonObject)?[part.GetValue<string>()];
            if (node is null) return true;
        }
        return false;
    }

    private bool VariablesContain(string secret) => System.Text.Json.JsonSerializer.Serialize(query.Variables).Contains(secret, StringComparison.Ordinal);

    // The errors' paths, indexed once per response: a page of hidden fields has hundreds of errors, and every null field
    // asks whether an error sits at it or beneath it.
    private Dictionary<string, string?>? _errorCodes;
    private HashSet<string>? _errorParents;

    private Dictionary<string, string?> ErrorCodes
    {
        get
        {
            if (_errorCodes is not null) return _errorCodes;
            _errorCodes = new(StringComparer.Ordinal);
            _errorParents = new(StringComparer.Ordinal);
            foreach (var e in response["errors"] as JsonArray ?? [])
            {
                var path = string.Join(".", (e?["path"] as JsonArray ?? []).Select(x => x!.ToString()));
                _errorCodes.TryAdd(path, e?["extensions"]?["code"]?.GetValue<string>());
                for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1)) _errorParents.Add(path[..dot]);
            }
            return _errorCodes;
        }
    }

    private bool ErrorAt(string path) => ErrorCodes.ContainsKey(path);

    private string? ErrorCodeAt(string path) => ErrorCodes.GetValueOrDefault(path);

    /// <summary>Whether an error sits beneath <paramref name="path"/> (a hidden non-null field nulled its parent).</summary>
    private bool ErrorBeneath(string path) => ErrorCodes is not null && _errorParents!.Contains(path);

    // ---- roots ------------------------------------------------------------------------------------------------------------

    private void Root(JsonObject data, Sel root)
    {
        var value = data[root.Key];
        var path = root.Key;
        switch (root.Field)
        {
            case "children":
            case "strategyMeetings":
            case "conferences":
            {
                var args = root.Connection!;
                if (value is null)
                {
                    var code = ErrorCodeAt(path);
                    if (code is null) _p.Mismatches.Add($"{path}: null without an error");
                    else if (code == "NOT_AUTHORIZED")
                    {
                        if (TouchesHidden(root)) _rootErrorAllowed.Add(path);
                        else _p.Mismatches.Add($"{path}: NOT_AUTHORIZED for a filter or sort on fields the oracle shows on every visible row");
                    }
                    else if (code is not ("INVALID_FILTER" or "INVALID_SORT" or "PAGINATION_INVALID_CURSOR" or "PAGINATION_MAX_ITEMS" or "PAGINATION_MIN_ITEMS"))
                        _p.Mismatches.Add($"{path}: error {code}");
                    return;
                }
                if (root.Field == "children")
                {
                    var rows = _expect.Children(args, out var total, out var more);
                    Connection((JsonObject)value, root, rows, total, more, c => c.Id, (o, c, p) => Child(o, c, p, Sels(root, "Child")), path);
                }
                else if (root.Field == "conferences")
                {
                    var rows = _expect.Conferences(args, out var total, out var more);
                    Connection((JsonObject)value, root, rows, total, more, m => m.Id, (o, m, p) => Conference(o, m, p, Sels(root, "Conference")), path);
                }
                else
                {
                    var rows = _expect.Meetings(args, out var total, out var more);
                    Connection((JsonObject)value, root, rows, total, more, m => m.Id, (o, m, p) => Meeting(o, m, p, Sels(root, "StrategyMeeting")), path);
                }
                return;
            }
            case "child":
            {
                var key = Key((string)root.Args["id"]!);
                var child = key is { } k && World.People.TryGetValue(k, out var c) && c.Kind == PersonKind.Child && oracle.ChildVisible(c, view) ? c : null;
                Row(value, child, path, (o, c2) => Child(o, c2, path, root.Children));
                return;
            }
            case "node":
                NodeValue(value, (string)root.Args["id"]!, root, path);
                return;
            case "nodes":
            {
                var ids = (List<object?>)root.Args["ids"]!;
                if (value is not JsonArray arr) { _p.Mismatches.Add($"{path}: not a list"); return; }
                for (int i = 0; i < ids.Count; i++) NodeValue(arr[i], (string)ids[i]!, root, $"{path}.{i}");
                return;
            }
            case "notifications":
                Notifications(value, root, path);
                return;
            case "sharingDecisions":
                SharingDecisions(value, root, path);
                return;
            case "meetingChanges":
                MeetingChanges(value, root, path);
                return;
            case "sharingExplanation":
                Explanation(value, root, path);
                return;
            case "markNotificationsRead":
                MarkRead(value, root, path);
                return;
            case "protectionStatus":
            {
                var text = ((string)root.Args["nhsNumber"]!).Replace(" ", "");
                // The child with the number, else (CP-IS) the unborn child of the expectant mother with it (twins: the first by id).
                var child = World.ByNhsNumber.GetValueOrDefault(text) is { Kind: PersonKind.Child } c ? c
                    : World.ByNhsNumber.GetValueOrDefault(text) is { } mother
                        ? World.Children.Where(u => u.DateOfBirth is null && u.MotherId == mother.Id).OrderBy(u => u.Id.ToString(), StringComparer.OrdinalIgnoreCase).FirstOrDefault()
                        : null;
                var level = child is null ? StatusLevel.None : oracle.Status(child, view);
                if (value is null)
                {
                    if (level == StatusLevel.Full) _p.Mismatches.Add($"{path}: null for a child whose protection status the oracle shows");
                    return;
                }
                if (child is null || level == StatusLevel.None) { _p.Leaks.Add($"{path}: a protection status the oracle hides ({text})"); return; }
                Status((JsonObject)value, child, path, root.Children, level == StatusLevel.Full);
                return;
            }
        }
    }

    private static List<Sel> Sels(Sel connection, string type)
    {
        var list = new List<Sel>();
        foreach (var s in connection.Children)
        {
            if (s.Field == "nodes") list.AddRange(s.Children);
            if (s.Field == "edges") foreach (var e in s.Children) if (e.Field == "node") list.AddRange(e.Children);
        }
        return list;
    }

    private static Guid? Key(string id)
    {
        try { return Guid.TryParse(GlobalId.Decode(id).Key, out var g) ? g : null; }
        catch (Exception) { return null; }
    }

    private void NodeValue(JsonNode? value, string id, Sel root, string path)
    {
        string type;
        try { type = GlobalId.Decode(id).TypeName; } catch (Exception) { type = ""; }
        var key = Key(id);
        object? row = key is not { } k ? null : type switch
        {
            "Child" => World.People.TryGetValue(k, out var c) && c.Kind == PersonKind.Child && oracle.ChildVisible(c, view) ? c : null,
            "Plan" => World.Plans.TryGetValue(k, out var p) && oracle.PlanVisible(p, view) ? p : null,
            "StrategyMeeting" => World.Meetings.TryGetValue(k, out var m) && m.Kind == MeetingKind.StrategyDiscussion && oracle.MeetingVisible(m, view) ? m : null,
            "Conference" => World.Meetings.TryGetValue(k, out var f) && f.Kind is MeetingKind.InitialConference or MeetingKind.ReviewConference && oracle.MeetingVisible(f, view) ? f : null,
            "Consent" => World.Set.Consents.FirstOrDefault(x => x.Id == k) is { } consent && view.Caller.Agency == Agency.SocialCare
                         && oracle.ChildVisible(World.People[consent.ChildId], view) ? consent : null,
            _ => null,
        };
        Row(value, row, path, (o, r) =>
        {
            CountRow($"node:{type}");
            Typename(o, root.Children, type, path);
            var sels = root.Children.Where(s => s.On is null || s.On == "Node" || s.On == type).Where(s => s.Field != "__typename").ToList();
            switch (r)
            {
                case Person c: Child(o, c, path, sels); break;
                case Plan p: Plan(o, p, path, sels); break;
                case Meeting m when type == "Conference": Conference(o, m, path, sels); break;
                case Meeting m: Meeting(o, m, path, sels); break;
                case ConsentRecord k: Scalar(o, sels.FirstOrDefault(s => s.Field == "id"), path, true, GlobalId.Encode("Consent", k.Id)); break;
            }
        });
    }

    private void Typename(JsonObject o, List<Sel> sels, string type, string path)
    {
        foreach (var s in sels.Where(s => s.Field == "__typename"))
            if (o[s.Key]?.GetValue<string>() != type) _p.Mismatches.Add($"{path}.{s.Key}: {o[s.Key]} for a {type}");
    }

    /// <summary>A single row: present exactly when the oracle shows it.</summary>
    private void Row<T>(JsonNode? value, T? expected, string path, Action<JsonObject, T> check) where T : class
    {
        if (value is null)
        {
            if (expected is not null && !ErrorAt(path)) _p.Mismatches.Add($"{path}: null for a row the oracle shows");
            return;
        }
        if (expected is null) { _p.Leaks.Add($"{path}: a row the oracle hides: {Short(value)}"); return; }
        check((JsonObject)value, expected);
    }

    private void Connection<T>(JsonObject conn, Sel sel, List<T> rows, int total, bool more, Func<T, Guid> id, Action<JsonObject, T, string> check, string path)
    {
        var args = sel.Connection!;
        foreach (var s in sel.Children)
        {
            var p = $"{path}.{s.Key}";
            switch (s.Field)
            {
                case "totalCount":
                    var count = conn[s.Key]?.GetValue<int>();
                    if (count > total) _p.Leaks.Add($"{p}: {count}, the oracle counts {total} visible rows");
                    else if (count != total) _p.Mismatches.Add($"{p}: {count}, the oracle counts {total} visible rows");
                    break;
                case "pageInfo":
                    var info = (JsonObject)conn[s.Key]!;
                    foreach (var f in s.Children)
                    {
                        if (f.Field == "hasNextPage" && args.Last is null && info[f.Key]!.GetValue<bool>() != more)
                            (more ? _p.Mismatches : _p.Leaks).Add($"{p}.{f.Key}: {!more}, but {(more ? "more" : "no more")} visible rows follow");
                        if (f.Field == "hasPreviousPage" && args.Last is not null && info[f.Key]!.GetValue<bool>() != more)
                            (more ? _p.Mismatches : _p.Leaks).Add($"{p}.{f.Key}: {!more}, but {(more ? "more" : "no more")} visible rows precede");
                    }
                    break;
                case "nodes":
                case "edges":
                    var items = (JsonArray)conn[s.Key]!;
                    var ids = items.Select(i => Key(((s.Field == "edges" ? i!["node"] : i) as JsonObject)?["id"]?.GetValue<string>() ?? "")).ToList();
                    var expectedIds = rows.Select(id).ToList();
                    if (!ids.SequenceEqual(expectedIds.Select(g => (Guid?)g)))
                    {
                        var extra = ids.Where(g => g is { } x && !expectedIds.Contains(x)).ToList();
                        var message = $"{p}: rows {string.Join(",", ids.Select(Short))} but the oracle expects {string.Join(",", expectedIds.Select(g => Short(g)))}";
                        (extra.Count > 0 ? _p.Leaks : _p.Mismatches).Add(message);
                    }
                    var byId = rows.ToDictionary(id);
                    for (int i = 0; i < items.Count; i++)
                    {
                        if (ids[i] is not { } g || !byId.TryGetValue(g, out var row)) continue;
                        CountRow(sel.Field);
                        var node = (JsonObject)(s.Field == "edges" ? items[i]!["node"]! : items[i]!);
                        check(node, row, s.Field == "edges" ? $"{p}.{i}.node" : $"{p}.{i}");
                    }
                    break;
            }
        }
    }

    /// <summary>Whether the root's filter or sort names a field the oracle hides on some row the caller sees (then an error is a right answer).</summary>
    private bool TouchesHidden(Sel root)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(new { root.Connection!.Where, root.Connection.Order });
        if (root.Field is "strategyMeetings" or "conferences") return text.Contains("\"contributions\"");
        var visible = World.Children.Where(c => oracle.ChildVisible(c, view)).ToList();
        if (visible.Any(c => !oracle.Sees(c, view, Identity))) return true;
        if (text.Contains("\"hasSocialWorker\"") && visible.Any(c => oracle.Status(c, view) < StatusLevel.Involvement)) return true;
        if (!text.Contains("\"plans\"")) return false;
        return visible.Any(c => World.PlansOf[c.Id].Any(p => !oracle.PlanVisible(p, view) || !oracle.PlanDatesVisible(p, view) || !oracle.PlanDetailVisible(p, view)));
    }

    private static string Short(JsonNode? n) { var s = n?.ToJsonString() ?? "null"; return s.Length > 300 ? s[..300] + "…" : s; }
    private static string Short(Guid? g) => g?.ToString()[..8] ?? "null";
    public static string D(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null!;
}
