using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakMutationRun
{
    private string _last = "";

    private readonly record struct Counts(int Consents, int Scopes, int Withdrawn, int Grants, int Decisions);

    private async Task<Counts> CountsAsync()
    {
        await using var db = host.NewContext();
        return new(await db.Consents.CountAsync(), await db.ConsentScopes.CountAsync(), await db.Consents.CountAsync(k => k.WithdrawnAt != null),
            await db.EmergencyAccessGrants.CountAsync(), await db.SharingDecisions.CountAsync());
    }

    /// <summary>
    /// Runs a mutation; <paramref name="expected"/> null: it must succeed and change exactly its rows; a code: it must fail
    /// with that user error and change nothing. Returns the payload and whether it succeeded.
    /// </summary>
    private async Task<(JsonNode? Payload, bool Ok)> MutateAsync(LeakCaller caller, string field, string inputType, string selection,
        Dictionary<string, object?> input, string? expected)
    {
        var text = $"mutation Leak($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message field }} }} }}";
        var before = await CountsAsync();
        _last = $"{field} by {caller.Name}";
        var response = await host.RunAsync(LeakRunner.Token(caller), text, new Dictionary<string, object?> { ["input"] = input });
        Interlocked.Increment(ref Report.Requests);
        var what = $"{field} by {caller.Name} with {JsonSerializer.Serialize(input)}";
        Messages(response.Json, text + JsonSerializer.Serialize(input), what);
        var payload = response.Json["data"]?[field];
        var codes = (payload?["errors"] as JsonArray ?? []).Select(e => e?["code"]?.GetValue<string>()).ToList();
        if (response.Json["errors"] is JsonArray { Count: > 0 } errors) Failures.Add($"{what}: request errors {errors.ToJsonString()}");
        var after = await CountsAsync();
        if (expected is not null)
        {
            if (!codes.Contains(expected)) Failures.Add($"{what}: expected user error {expected}, got [{string.Join(",", codes)}]");
            if (after != before) Failures.Add($"{what}: rejected ({expected}) but changed rows: {before} -> {after}");
            var record = payload?["consent"] ?? payload?["emergencyAccess"];
            if (record is not null) Failures.Add($"{what}: rejected but returned {record.ToJsonString()}");
            return (payload, false);
        }
        if (codes.Count > 0 || payload is null) { Failures.Add($"{what}: expected success, got [{string.Join(",", codes)}] {response}"); return (payload, false); }
        var changed = field switch
        {
            "recordConsent" => after.Consents == before.Consents + 1 && after.Scopes > before.Scopes && after.Grants == before.Grants && after.Decisions > before.Decisions,
            "withdrawConsent" => after.Withdrawn == before.Withdrawn + 1 && after.Consents == before.Consents && after.Decisions >= before.Decisions,
            _ => after.Grants == before.Grants + 1 && after.Consents == before.Consents && after.Decisions > before.Decisions,
        };
        if (!changed) Failures.Add($"{what}: succeeded but rows went {before} -> {after}");
        return (payload, true);
    }

    /// <summary>No message of the response (request errors and user errors) carries a value of the data the request did not name.</summary>
    private void Messages(JsonObject json, string request, string what)
    {
        foreach (var node in Walk(json))
            if (node is JsonObject o && o["message"]?.GetValueKind() == JsonValueKind.String)
                foreach (var secret in _secrets.In(o["message"]!.GetValue<string>()))
                    if (!request.Contains(secret, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref Report.Leaks);
                        Report.LeakExamples.Enqueue($"{what}: message carries \"{secret}\": {o["message"]}");
                    }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        if (node is JsonObject o) foreach (var (_, v) in o) foreach (var x in Walk(v)) yield return x;
        if (node is JsonArray a) foreach (var v in a) foreach (var x in Walk(v)) yield return x;
    }

    /// <summary>After a change: a new oracle over the changed world, and each caller of the affected agencies probes the child.</summary>
    private async Task ChangedAsync(Person child, IEnumerable<Agency> agencies, LeakCaller? only = null)
    {
        _oracle = new Oracle(world, LeakSettings.Readings);
        _runner = new LeakRunner(world, _oracle, host);
        var callers = only is not null ? [only] : agencies.Distinct().SelectMany(a => LeakCaller.For(world, a)).Append(Social).ToList();
        foreach (var caller in callers)
        {
            var before = (Report.Leaks, Report.Mismatches);
            await _runner.RunAsync(LeakRunner.Token(caller), caller, Probe(child), _rng, Report);
            // Now and then a generated request as well, so the change is seen through lists, filters and paging too.
            if (_rng.Next(3) == 0) await _runner.RunAsync(LeakRunner.Token(caller), caller, _runner.Generator(caller, _rng).Next(), _rng, Report);
            if ((Report.Leaks, Report.Mismatches) != before) Failures.Add($"after {_last}: {caller.Name} probing child {child.Id} found leaks or mismatches (examples below)");
        }
    }

    /// <summary>The child by id with every category's fields, and the children sharing its last name (row set and count).</summary>
    private LeakQuery Probe(Person child)
    {
        var q = new LeakQuery();
        var root = new Sel("child", "child");
        root.Args["id"] = GlobalId.Encode("Child", child.Id);
        foreach (var leaf in new[] { "id", "firstName", "lastName", "nhsNumber", "dateOfBirth", "hasSocialWorker", "openPlanKinds" })
            if (_runner.Has($"Child.{leaf}")) root.Add(new Sel(leaf, leaf));
        void Obj(Sel parent, string type, string field, params string[] leaves)
        {
            if (!_runner.Has($"{type}.{field}")) return;
            var sel = new Sel(field, field);
            foreach (var leaf in leaves) sel.Add(new Sel(leaf, leaf));
            parent.Add(sel);
        }
        Obj(root, "Child", "address", "line1", "postcode", "phone");
        Obj(root, "Child", "confidentialAddress", "line1", "postcode");
        Obj(root, "Child", "socialCareHub", "name", "phone");
        Obj(root, "Child", "plans", "kind", "start", "end", "category", "objectives");
        Obj(root, "Child", "consents", "id", "givenByName");
        if (_runner.Has("Child.protectionStatus"))
        {
            var status = new Sel("protectionStatus", "protectionStatus").Add(new Sel("nhsNumber", "nhsNumber"));
            Obj(status, "ProtectionStatus", "childProtectionPlan", "start", "end");
            Obj(status, "ProtectionStatus", "lookedAfter", "start", "end");
            Obj(status, "ProtectionStatus", "responsibleAuthority", "code", "outOfHoursPhone");
            root.Add(status);
        }
        if (_runner.Has("Child.strategyMeetings"))
        {
            var meetings = new Sel("strategyMeetings", "strategyMeetings").Add(new Sel("id", "id")).Add(new Sel("heldAt", "heldAt"));
            Obj(meetings, "StrategyMeeting", "decisions", "notes");
            Obj(meetings, "StrategyMeeting", "contributions", "agency", "text");
            Obj(meetings, "StrategyMeeting", "actions", "description");
            root.Add(meetings);
        }
        q.Roots.Add(root);
        if (child.FamilyName is { } last)
        {
            var where = new Dictionary<string, object?> { ["lastName"] = new Dictionary<string, object?> { ["eq"] = last } };
            var list = new Sel("children", "children") { Connection = new ConnectionArgs(where, null, null, null, null, null) };
            list.Args["where"] = where;
            list.Add(new Sel("totalCount", "totalCount")).Add(new Sel("nodes", "nodes").Add(new Sel("id", "id")).Add(new Sel("firstName", "firstName")));
            q.Roots.Add(list);
        }
        return q;
    }

    // ---- logs -----------------------------------------------------------------------------------------------------------

    /// <summary>After an emergency access and the practitioner's view: the case-holding council's access log lists that view under route 4.</summary>
    private async Task AccessLoggedAsync(Person child, LeakCaller viewer)
    {
        var social = LeakCaller.For(world, Agency.SocialCare).First(c => c.Councils.Contains(world.CouncilCode(child.LocalAuthorityId)));
        var r = await host.RunAsync(LeakRunner.Token(social), "query($id: ID!) { accessLog(childId: $id, first: 100) { sequence agency subject items { category route } } }",
            new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Child", child.Id) });
        Interlocked.Increment(ref Report.Requests);
        var entries = r.Json["data"]?["accessLog"] as JsonArray;
        if (entries is null) { Failures.Add($"accessLog of {child.Id} as {social.Name}: {r}"); return; }
        if (!entries.Any(e => e?["subject"]?.GetValue<string>() == viewer.Subject
                              && (e["items"] as JsonArray ?? []).Any(i => i?["route"]?.GetValue<string>() == "EMERGENCY_ACCESS")))
            Failures.Add($"accessLog of {child.Id}: no EMERGENCY_ACCESS entry for {viewer.Name} after its emergency view: {Short(entries)}");
        Sequenced(entries, $"accessLog of {child.Id}");
    }

    private async Task<string> AccessLogAsync()
    {
        var child = Pick(world.Children);
        var caller = _rng.Next(3) == 0 ? LeakCaller.For(world, Pick(Partners))[0] : Pick(LeakCaller.For(world, Agency.SocialCare));
        var r = await host.RunAsync(LeakRunner.Token(caller), "query($id: ID!) { accessLog(childId: $id) { sequence agency subject operation purpose items { category route } } }",
            new Dictionary<string, object?> { ["id"] = GlobalId.Encode("Child", child.Id) });
        Interlocked.Increment(ref Report.Requests);
        var log = r.Json["data"]?["accessLog"];
        if (caller.Agency != Agency.SocialCare)
        {
            if (log is not null) Leak($"accessLog of {child.Id} read by {caller.Name}: {Short(log)}");
            else if (!Codes(r).Contains("FORBIDDEN")) Failures.Add($"accessLog by {caller.Name}: no FORBIDDEN error: {r}");
            return "accessLog forbidden";
        }
        var inCouncil = caller.Councils.Contains(world.CouncilCode(child.LocalAuthorityId));
        if (!inCouncil && log is not null) Leak($"accessLog of another council's child {child.Id} read by {caller.Name}: {Short(log)}");
        if (inCouncil && log is not JsonArray) Failures.Add($"accessLog of {child.Id} as {caller.Name}: {r}");
        if (log is JsonArray entries) Sequenced(entries, $"accessLog of {child.Id}");
        if (Codes(r).Count > 0) Failures.Add($"accessLog as {caller.Name}: errors {r}");
        return inCouncil ? "accessLog" : "accessLog other council";
    }

    private async Task<string> ReviewsAsync()
    {
        var caller = _rng.Next(3) == 0 ? LeakCaller.For(world, Pick(Partners))[0] : Pick(LeakCaller.For(world, Agency.SocialCare));
        var pending = _rng.Next(2) == 0;
        var r = await host.RunAsync(LeakRunner.Token(caller), $"{{ emergencyAccessReviews(pendingOnly: {(pending ? "true" : "false")}) {{ id childId agency subject }} }}");
        Interlocked.Increment(ref Report.Requests);
        var list = r.Json["data"]?["emergencyAccessReviews"];
        if (caller.Agency != Agency.SocialCare)
        {
            if (list is not null) Leak($"emergencyAccessReviews read by {caller.Name}: {Short(list)}");
            else if (!Codes(r).Contains("FORBIDDEN")) Failures.Add($"emergencyAccessReviews by {caller.Name}: no FORBIDDEN error: {r}");
            return "emergencyAccessReviews forbidden";
        }
        var expected = world.Set.EmergencyAccessGrants
            .Where(g => (!pending || g.ReviewedAt is null) && caller.Councils.Contains(world.CouncilCode(world.People[g.ChildId].LocalAuthorityId)))
            .OrderBy(g => g.GrantedAt).Select(g => GlobalId.Encode("EmergencyAccess", g.Id)).ToList();
        var actual = (list as JsonArray ?? []).Select(g => g?["id"]?.GetValue<string>()).ToList();
        var extra = actual.Except(expected).ToList();
        if (extra.Count > 0) Leak($"emergencyAccessReviews as {caller.Name}: grants outside its councils or not pending: {string.Join(",", extra)}");
        if (expected.Count <= 100 ? actual.Count != expected.Count : actual.Count != 100)
            Failures.Add($"emergencyAccessReviews(pendingOnly: {pending}) as {caller.Name}: {actual.Count} grants, the world has {expected.Count}");
        return "emergencyAccessReviews";
    }

    private void Sequenced(JsonArray entries, string what)
    {
        var seq = entries.Select(e => e?["sequence"]?.GetValue<double>() ?? 0).ToList();
        if (!seq.Zip(seq.Skip(1)).All(p => p.First > p.Second)) Failures.Add($"{what}: not newest first ({string.Join(",", seq)})");
    }

    private void Leak(string problem)
    {
        Interlocked.Increment(ref Report.Leaks);
        Report.LeakExamples.Enqueue(problem);
    }

    private static List<string?> Codes(Response r) => r.ErrorCodes;

    private static string Short(JsonNode? n) { var s = n?.ToJsonString() ?? "null"; return s.Length > 500 ? s[..500] + "…" : s; }

    private static Guid? Key(string? id)
    {
        if (id is null) return null;
        try { return Guid.TryParse(GlobalId.Decode(id).Key, out var g) ? g : null; }
        catch (Exception) { return null; }
    }

    private void Merge(LeakReport r)
    {
        Interlocked.Add(ref Report.Requests, r.Requests);
        Interlocked.Add(ref Report.Leaks, r.Leaks);
        Interlocked.Add(ref Report.Mismatches, r.Mismatches);
        foreach (var e in r.LeakExamples) Report.LeakExamples.Enqueue(e);
        foreach (var e in r.MismatchExamples) Report.MismatchExamples.Enqueue(e);
        foreach (var (k, n) in r.MismatchKinds) Report.MismatchKinds.AddOrUpdate(k, n, (_, m) => m + n);
    }
}
