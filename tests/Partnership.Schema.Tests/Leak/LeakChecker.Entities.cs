using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakChecker
{
    private static IEnumerable<Sel> For(List<Sel> sels, string type) => sels.Where(s => s.On is null || s.On == type || s.On == "Node");

    private void Child(JsonObject o, Person c, string path, List<Sel> sels)
    {
        var identity = oracle.Sees(c, view, Identity);
        var status = oracle.Status(c, view);
        foreach (var s in For(sels, "Child"))
        {
            var p = $"{path}.{s.Key}";
            switch (s.Field)
            {
                case "__typename": break;
                case "id": Scalar(o, s, path, identity, GlobalId.Encode("Child", c.Id)); break;
                case "nhsNumber": Scalar(o, s, path, identity, c.NhsNumber?.Value); break;
                case "upn": Scalar(o, s, path, identity, c.Upn?.Value); break;
                case "laChildId": Scalar(o, s, path, identity, c.LaChildId); break;
                // An agency's identifiers are its own record: partners see only their own agency's (social care every agency's).
                case "identifiers":
                    List(o, s, path, identity, World.IdentifiersOf[c.Id].Where(i => view.Caller.Agency == Agency.SocialCare || i.Agency == view.Caller.Agency).ToList(),
                        (x, i, q) => Leaves(x, s, q, ("scheme", i.Scheme), ("value", i.Value), ("agency", LeakGenerator.Const(i.Agency))));
                    break;
                case "access": Access(o, c, s, path, view.Caller); break;
                case "firstName": Scalar(o, s, path, identity, c.GivenName); break;
                case "lastName": Scalar(o, s, path, identity, c.FamilyName); break;
                case "dateOfBirth": Scalar(o, s, path, identity, D(c.DateOfBirth)); break;
                case "expectedDateOfBirth": Scalar(o, s, path, identity, D(c.ExpectedDateOfBirth)); break;
                case "sex": Scalar(o, s, path, identity, c.Sex switch { Sex.Male => "MALE", Sex.Female => "FEMALE", Sex.Indeterminate => "INDETERMINATE", _ => "NOT_RECORDED" }); break;
                case "localAuthority": Ref(o, s, path, identity, World.Councils[c.LocalAuthorityId!.Value], (x, la, q) => Leaves(x, s, q, la.Code, la.Name)); break;
                case "address": Ref(o, s, path, oracle.Sees(c, view, InformationCategory.Contact), CurrentAddress(c, false), (x, a, q) => Address(x, a, q, s)); break;
                case "confidentialAddress": Ref(o, s, path, oracle.Sees(c, view, ConfidentialAddress), CurrentAddress(c, true), (x, a, q) => Address(x, a, q, s)); break;
                case "hasSocialWorker": Scalar(o, s, path, status >= StatusLevel.Involvement, c.CaseHoldingHubId is null ? "false" : "true"); break;
                case "socialCareHub":
                    Ref(o, s, path, status >= StatusLevel.Involvement, c.CaseHoldingHubId is { } hub ? World.Organisations[hub] : null,
                        (x, h, q) => Leaves(x, s, q, ("name", h.Name), ("phone", h.Phone)));
                    break;
                case "openPlanKinds":
                {
                    var expected = World.PlansOf[c.Id].Where(k => Partnership.Data.Dates.Period.IsOpen(k.StartDate, k.EndDate, World.Today)).Select(k => LeakGenerator.Const(k.Kind)).Distinct().Order().ToList();
                    var value = o[s.Key];
                    if (value is null) { Absent(p, status >= StatusLevel.Kinds, expected.Count > 0); break; }
                    if (status < StatusLevel.Kinds) { _p.Leaks.Add($"{p}: {Short(value)} (plan kinds the oracle hides)"); break; }
                    var actual = ((JsonArray)value).Select(v => v!.GetValue<string>()).Order().ToList();
                    if (!actual.SequenceEqual(expected)) _p.Mismatches.Add($"{p}: {Short(value)}, expected [{string.Join(",", expected)}]");
                    break;
                }
                // A protection status record is keyed on the NHS number (CP-IS; the contract's `nhsNumber: String!`): none without one.
                case "protectionStatus": Ref(o, s, path, status == StatusLevel.Full, c, (x, r, q) => Status(x, r, q, s.Children, true)); break;
                case "plans":
                    List(o, s, path, status >= StatusLevel.Kinds || oracle.Sees(c, view, PlanDetail), _expect.VisiblePlans(c), (x, plan, q) => Plan(x, plan, q, s.Children));
                    break;
                case "strategyMeetings":
                {
                    var meetings = World.MeetingsOfChild[c.Id].Select(id => World.Meetings[id])
                        .Where(m => m.Kind == MeetingKind.StrategyDiscussion && oracle.MeetingVisible(m, view)).ToList();
                    List(o, s, path, meetings.Count > 0, meetings, (x, m, q) => Meeting(x, m, q, s.Children));
                    break;
                }
                case "consents":
                    List(o, s, path, view.Caller.Agency == Agency.SocialCare, World.ConsentsOf[c.Id].Select(k => k.Consent).ToList(), (x, k, q) =>
                        Leaves(x, s, q, ("id", GlobalId.Encode("Consent", k.Id)), ("givenByName", k.GivenByName), ("relationship", LeakGenerator.Const(k.Relationship))));
                    break;
                default: Unchecked.Add($"Child.{s.Field}"); break;
            }
        }
    }

    /// <summary>Fields the checker has no oracle for (reported, never silently passed as checked).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentBag<string> Unchecked = [];

    private Address? CurrentAddress(Person c, bool confidential) => World.AddressesOf[c.Id]
        .Where(a => a.IsConfidential == confidential && Partnership.Data.Dates.Period.IsOpen(a.ValidFrom, a.ValidTo, World.Today))
        .OrderByDescending(a => a.ValidFrom).FirstOrDefault();

    private void Address(JsonObject o, Address a, string path, Sel sel) => Leaves(o, sel, path,
        ("line1", a.Line1), ("line2", a.Line2), ("town", a.Town), ("postcode", a.Postcode), ("phone", a.Phone));

    private void Plan(JsonObject o, Plan plan, string path, List<Sel> sels)
    {
        var kind = oracle.PlanKindVisible(plan, view);
        var dates = oracle.PlanDatesVisible(plan, view);
        var detail = oracle.PlanDetailVisible(plan, view);
        foreach (var s in For(sels, "Plan"))
        {
            switch (s.Field)
            {
                case "__typename": break;
                case "id": Scalar(o, s, path, kind, GlobalId.Encode("Plan", plan.Id)); break;
                case "kind": Scalar(o, s, path, kind, LeakGenerator.Const(plan.Kind)); break;
                case "start": Scalar(o, s, path, dates, D(plan.StartDate)); break;
                case "end": Scalar(o, s, path, dates, D(plan.EndDate)); break;
                case "category": Scalar(o, s, path, detail, (plan.LatestCategory ?? plan.InitialCategory)?.ToCode()); break;
                case "objectives": Scalar(o, s, path, detail, plan.Objectives); break;
                default: Unchecked.Add($"Plan.{s.Field}"); break;
            }
        }
    }

    private void Status(JsonObject o, Person c, string path, List<Sel> sels, bool full)
    {
        Plan? Current(PlanKind kind) => World.PlansOf[c.Id].Where(k => k.Kind == kind && Partnership.Data.Dates.Period.IsOpen(k.StartDate, k.EndDate, World.Today))
            .OrderByDescending(k => k.StartDate).FirstOrDefault();
        foreach (var s in sels)
        {
            switch (s.Field)
            {
                case "nhsNumber": Scalar(o, s, path, full, c.NhsNumber?.Value); break;
                case "expectedDateOfBirth": Scalar(o, s, path, full, D(c.ExpectedDateOfBirth)); break;
                case "childProtectionPlan": Ref(o, s, path, full, Current(PlanKind.ChildProtection), (x, k, q) => Period(x, k, q, s)); break;
                case "lookedAfter": Ref(o, s, path, full, Current(PlanKind.LookedAfter), (x, k, q) => Period(x, k, q, s)); break;
                case "prebirthPlan": Ref(o, s, path, full, Current(PlanKind.PreBirth), (x, k, q) => Period(x, k, q, s)); break;
                case "responsibleAuthority":
                    Ref(o, s, path, full, World.Councils[c.LocalAuthorityId!.Value], (x, la, q) =>
                        Leaves(x, s, q, ("code", la.Code), ("name", la.Name), ("officeHoursPhone", la.OfficeHoursPhone), ("outOfHoursPhone", la.OutOfHoursPhone)));
                    break;
                default: Unchecked.Add($"ProtectionStatus.{s.Field}"); break;
            }
        }
    }

    private void Period(JsonObject o, Plan plan, string path, Sel sel) => Leaves(o, sel, path, ("start", D(plan.StartDate)), ("end", D(plan.EndDate)));

    private void Meeting(JsonObject o, Meeting m, string path, List<Sel> sels)
    {
        var schedule = oracle.MeetingVisible(m, view);
        var record = oracle.MeetingCategory(m, view, MeetingRecord);
        foreach (var s in For(sels, "StrategyMeeting"))
        {
            switch (s.Field)
            {
                case "__typename": break;
                case "id": Scalar(o, s, path, schedule, GlobalId.Encode("StrategyMeeting", m.Id)); break;
                case "heldAt" or "scheduledFor": Scalar(o, s, path, schedule, Instant(m.HeldAt)); break;
                // The lifecycle is the schedule's: every organisation that sees the meeting sees where it stands.
                case "status": Scalar(o, s, path, schedule, Status(m)); break;
                case "mode": Scalar(o, s, path, schedule, LeakGenerator.Const(m.Mode)); break;
                case "location": Scalar(o, s, path, schedule, m.Location); break;
                case "cancelledAt": Scalar(o, s, path, schedule, m.CancelledAt is { } c ? Instant(c) : null); break;
                case "cancellationReason": Scalar(o, s, path, schedule, m.CancellationReason); break;
                case "updatedAt": Scalar(o, s, path, schedule, Instant(m.UpdatedAt)); break;
                case "version": Scalar(o, s, path, schedule, m.Version.ToString(CultureInfo.InvariantCulture)); break;
                case "localAuthority": Ref(o, s, path, schedule, World.Councils[m.LocalAuthorityId], (x, la, q) => Leaves(x, s, q, la.Code, la.Name)); break;
                case "children":
                    List(o, s, path, schedule, World.ChildrenOfMeeting[m.Id].Select(id => World.People[id]).Where(c => oracle.ChildVisible(c, view)).ToList(),
                        (x, c, q) => Child(x, c, q, s.Children));
                    break;
                case "invitations":
                    List(o, s, path, schedule, World.InvitationsOf[m.Id].ToList(), (x, i, q) => Leaves(x, s, q, ("agency", LeakGenerator.Const(i.Agency)),
                        ("organisation", i.OrganisationId is { } org ? World.Organisations[org].Name : null), ("status", LeakGenerator.Const(i.Status))));
                    break;
                case "contributions":
                {
                    var visible = World.ContributionsOf[m.Id].Where(k => oracle.Contribution(k, view)).ToList();
                    List(o, s, path, visible.Count > 0, visible, (x, k, q) => Leaves(x, s, q, ("agency", LeakGenerator.Const(k.Agency)),
                        ("organisation", k.OrganisationId is { } org ? World.Organisations[org].Name : null), ("category", LeakGenerator.Const(k.Category)),
                        ("text", k.Text), ("recordedAt", Instant(k.RecordedAt))));
                    break;
                }
                case "decisions":
                    Ref(o, s, path, record, m, (x, r, q) => Leaves(x, s, q, ("startSection47", Bool(r.DecisionStartSection47)),
                        ("criminalInvestigation", r.DecisionCriminalInvestigation), ("legalAction", Bool(r.DecisionLegalAction)),
                        ("furtherInformation", r.DecisionFurtherInformation), ("siblings", r.DecisionSiblings), ("notes", r.DecisionNotes)));
                    break;
                case "actions":
                    if (s.Args.ContainsKey("where") && o[s.Key] is JsonArray) CountRow("actions(where:)");
                    List(o, s, path, record, World.ActionsOf[m.Id].Where(a => oracle.ActionVisible(a, view) && (s.Args.GetValueOrDefault("where") is not Dictionary<string, object?> w || _expect.Action(w, a))).ToList(), (x, a, q) => Leaves(x, s, q, ("description", a.Description),
                        ("ownerAgency", LeakGenerator.Const(a.OwnerAgency)), ("ownerOrganisation", a.OwnerOrganisationId is { } org ? World.Organisations[org].Name : null),
                        ("dueDate", D(a.DueDate)), ("completedOn", D(a.CompletedOn))));
                    break;
                default: Unchecked.Add($"StrategyMeeting.{s.Field}"); break;
            }
        }
    }

    /// <summary>A conference: the meeting rule for the row; its outcome and actions are its record.</summary>
    private void Conference(JsonObject o, Meeting m, string path, List<Sel> sels)
    {
        var schedule = oracle.MeetingVisible(m, view);
        var record = oracle.MeetingCategory(m, view, MeetingRecord);
        var rest = new List<Sel>();
        foreach (var s in For(sels, "Conference"))
        {
            switch (s.Field)
            {
                case "id": Scalar(o, s, path, schedule, GlobalId.Encode("Conference", m.Id)); break;
                case "kind": Scalar(o, s, path, schedule, LeakGenerator.Const(m.Kind)); break;
                case "outcome": Scalar(o, s, path, record, m.ConferenceOutcome is { } x ? LeakGenerator.Const(x) : null); break;
                default: rest.Add(s.On == "Conference" ? new Sel(s.Key, s.Field) { On = "StrategyMeeting" }.WithChildren(s) : s); break;
            }
        }
        // The fields a conference shares with a strategy meeting are checked alike.
        Meeting(o, m, path, rest);
    }

    /// <summary>Where a meeting stands today (the hub's <c>status</c>), from the rows alone.</summary>
    private static string Status(Meeting m) => m.CancelledAt is not null ? "CANCELLED" : m.HeldAt > LeakWorld.Now ? "SCHEDULED"
        : m.DecisionStartSection47 is not null || m.ConferenceOutcome is not null ? "OUTCOME_RECORDED" : "HELD";

    private static string? Bool(bool? b) => b is null ? null : b.Value ? "true" : "false";

    private static string Instant(DateTimeOffset d) => d.UtcTicks.ToString(CultureInfo.InvariantCulture);

    // ---- value helpers ---------------------------------------------------------------------------------------------------

    /// <summary>The leaves of an object whose visibility was decided by its parent field: each present leaf must equal the data.</summary>
    private void Leaves(JsonObject o, Sel sel, string path, params (string Field, string? Value)[] expected)
    {
        var children = sel.Children;
        foreach (var s in children)
        {
            var match = expected.FirstOrDefault(e => e.Field == s.Field);
            if (match.Field is null) { Unchecked.Add($"{sel.Field}.{s.Field}"); continue; }
            Scalar(o, s, path, true, match.Value);
        }
    }

    private void Leaves(JsonObject o, Sel sel, string path, string code, string name) => Leaves(o, sel, path, ("code", code), ("name", name));

    private void Scalar(JsonObject o, Sel? s, string path, bool visible, string? expected)
    {
        if (s is null) return;
        var p = $"{path}.{s.Key}";
        var node = o[s.Key];
        if (node is null) { Absent(p, visible, expected is not null); return; }
        var actual = Text(node);
        if (!visible) { _p.Leaks.Add($"{p}: {Short(node)} (a value the oracle hides)"); return; }
        if (actual != expected && !(IsInstant(node, out var ticks) && ticks == expected))
            _p.Mismatches.Add($"{p}: {Short(node)}, the data says {expected ?? "null"}");
    }

    private static bool IsInstant(JsonNode node, out string? ticks)
    {
        ticks = null;
        if (node.GetValueKind() != JsonValueKind.String) return false;
        var s = node.GetValue<string>();
        if (s.Length < 20 || s[10] != 'T' || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        ticks = d.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return true;
    }

    private static string? Text(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => node.ToJsonString(),
        _ => node.ToJsonString(),
    };

    /// <summary>A null where the oracle hides the field needs a NOT_AUTHORIZED error there; a null where it shows a value is a mismatch.</summary>
    private void Absent(string path, bool visible, bool hasValue)
    {
        if (ErrorBeneath(path)) return; // a hidden non-null field nulled its parent: a null never leaks
        if (!visible)
        {
            _p.Hidden.Add(path);
            if (hasValue && !ErrorAt(path)) _p.Mismatches.Add($"{path}: hidden without a NOT_AUTHORIZED error");
        }
        else if (hasValue) _p.Mismatches.Add($"{path}: null, but the oracle shows a value");
    }

    private void Ref<T>(JsonObject o, Sel s, string path, bool visible, T? expected, Action<JsonObject, T, string> check) where T : class
    {
        var p = $"{path}.{s.Key}";
        var node = o[s.Key];
        if (node is null) { Absent(p, visible, expected is not null); return; }
        if (!visible || expected is null) { _p.Leaks.Add($"{p}: {Short(node)} (the oracle hides it{(expected is null ? "; there is none" : "")})"); return; }
        check((JsonObject)node, expected, p);
    }

    /// <summary>A list: exactly the rows the oracle shows, matched by content (lists carry no ids of their own).</summary>
    private void List<T>(JsonObject o, Sel s, string path, bool visible, List<T> expected, Action<JsonObject, T, string> check)
    {
        var p = $"{path}.{s.Key}";
        var node = o[s.Key];
        if (node is null) { Absent(p, visible && expected.Count > 0, expected.Count > 0 || !visible); return; }
        if (!visible && ((JsonArray)node).Count > 0) { _p.Leaks.Add($"{p}: {Short(node)} (the oracle hides the whole list)"); return; }
        var items = (JsonArray)node;
        var pool = expected.ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var item = (JsonObject)items[i]!;
            Problems? best = null;
            var bestIndex = -1;
            for (int j = 0; j < pool.Count; j++)
            {
                var saved = _p;
                _p = new Problems();
                check(item, pool[j], $"{p}.{i}");
                var trial = _p;
                _p = saved;
                if (best is null || trial.Count < best.Count) { best = trial; bestIndex = j; }
                if (trial.Count == 0) break;
            }
            if (best is null) { _p.Leaks.Add($"{p}.{i}: {Short(item)} (a row the oracle hides)"); continue; }
            _p.Merge(best);
            pool.RemoveAt(bestIndex);
        }
        if (pool.Count > 0) _p.Mismatches.Add($"{p}: {pool.Count} row(s) the oracle shows are missing");
    }
}
