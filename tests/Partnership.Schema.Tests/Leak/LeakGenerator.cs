using System.Globalization;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// Seeded generator of requests against the contract of issue 6 for one caller: nested selections, aliases (the same field
/// twice with different arguments), fragments (inline, named, on <c>Node</c>), variables, filters on every filterable field
/// with values taken from rows the caller may and may not see, sorts, paging, lookups of hidden rows by id and NHS number.
/// Only fields the schema has are used (<paramref name="has"/>), so the generator follows the schema as it grows.
/// </summary>
internal sealed partial class LeakGenerator(LeakWorld world, Oracle oracle, LeakCaller caller, Random rng, Func<string, bool> has)
{
    private readonly List<Person> _visible = world.Children.Where(c => oracle.ChildVisible(c, RequestView.Plain(caller))).ToList();
    private readonly List<Person> _hidden = world.Children.Where(c => !oracle.ChildVisible(c, RequestView.Plain(caller))).ToList();
    private readonly List<Meeting> _conferences = world.Conferences.ToList();
    private int _keys;

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
    private bool Chance(double p) => rng.NextDouble() < p;
    private string Key(string field) => Chance(0.5) ? field : $"{field}_{++_keys}";

    /// <summary>A child to name in a filter or lookup: visible, hidden in the caller's councils, or anywhere.</summary>
    private Person SomeChild() => rng.Next(3) switch
    {
        0 when _visible.Count > 0 => Pick(_visible),
        1 when _hidden.Count > 0 => Pick(_hidden),
        _ => Pick(world.Children),
    };

    public LeakQuery Next()
    {
        var q = new LeakQuery();
        // Marking notices read, never changing the run's data: always with an id that is not the caller's hub's (all or none).
        if (has("Mutation.markNotificationsRead") && Chance(0.04))
        {
            var m = new LeakQuery { Mutation = true };
            m.Roots.Add(MarkNotificationsRead());
            return m;
        }
        // The hub's inbox, alone (a refusal nulls the whole response: its root is non-null).
        if (has("Query.notifications") && Chance(caller.Agency == Agency.SocialCare ? 0.15 : 0.06))
        {
            q.Roots.Add(NotificationsList());
            return q;
        }
        var roots = 1 + (Chance(0.3) ? 1 : 0) + (Chance(0.1) ? 1 : 0);
        // NHS lookups first: they widen health's view for the rest of the request (the oracle applies them to the whole request).
        if (Chance(0.2)) q.Roots.Add(ProtectionStatusLookup());
        for (var i = 0; i < roots; i++)
        {
            q.Roots.Add(rng.Next(12) switch
            {
                < 4 => ChildrenConnection(),
                < 6 => MeetingsConnection(),
                < 8 when has("Query.conferences") => ConferencesConnection(),
                8 => ChildLookup(),
                9 or 10 => NodeLookup(),
                _ => NodesLookup(),
            });
        }
        // The record of sharing decisions: social care's councils' only, nobody else's.
        if (has("Query.sharingDecisions") && Chance(0.1)) q.Roots.Add(SharingDecisionsConnection());
        // The meeting change feed: only meetings the caller sees, each told no further than its categories.
        if (has("Query.meetingChanges") && Chance(0.08)) q.Roots.Add(MeetingChangesPage());
        // Why can this organisation see this child: its own share only, another organisation's for social care alone.
        if (has("Query.sharingExplanation") && Chance(0.1)) q.Roots.Add(SharingExplanationLookup());
        // NHS lookups widen health's view for the rest of the request (the hub registers each as its root field starts), and the
        // oracle applies them to the whole request: so every lookup goes first, a children(where: {nhsNumber: {eq}}) as well.
        var lookups = q.Roots.Where(IsNhsLookup).ToList();
        if (lookups.Count > 0) { q.Roots.RemoveAll(IsNhsLookup); q.Roots.InsertRange(0, lookups); }
        // Two roots of one name need different aliases (their arguments differ).
        for (int i = 1; i < q.Roots.Count; i++)
            if (q.Roots.Take(i).Any(r => r.Key == q.Roots[i].Key)) q.Roots[i] = Realias(q.Roots[i], $"{q.Roots[i].Field}_{++_keys}");
        return q;
    }

    private static bool IsNhsLookup(Sel root) => root.Field == "protectionStatus"
        || (root.Field == "children" && root.Connection?.Where?.GetValueOrDefault("nhsNumber") is Dictionary<string, object?> ops && ops.ContainsKey("eq"));

    private static Sel Realias(Sel sel, string key)
    {
        var copy = new Sel(key, sel.Field) { On = sel.On, Connection = sel.Connection };
        foreach (var (k, v) in sel.Args) copy.Args[k] = v;
        copy.Children.AddRange(sel.Children);
        return copy;
    }

    // ---- root fields ---------------------------------------------------------------------------------------------------

    public Sel ChildrenConnection(ConnectionArgs? args = null, bool paged = true)
    {
        args ??= new ConnectionArgs(Chance(0.7) ? ChildFilter(0) : null, Chance(0.6) ? ChildOrder() : null, null, null, null, null);
        if (paged) args = Paged(args);
        var sel = Connection("children", args);
        AddConnectionSelection(sel, "Child", () => ChildSelection(1));
        return sel;
    }

    public Sel MeetingsConnection(ConnectionArgs? args = null, bool paged = true)
    {
        args ??= new ConnectionArgs(Chance(0.7) ? MeetingFilter(0) : null, Chance(0.6) ? MeetingOrder() : null, null, null, null, null);
        if (paged) args = Paged(args);
        var sel = Connection("strategyMeetings", args);
        AddConnectionSelection(sel, "StrategyMeeting", () => MeetingSelection(1));
        return sel;
    }

    public Sel ConferencesConnection(ConnectionArgs? args = null, bool paged = true)
    {
        args ??= new ConnectionArgs(Chance(0.7) ? ConferenceFilter(0) : null, Chance(0.6) ? ConferenceOrder() : null, null, null, null, null);
        if (paged) args = Paged(args);
        var sel = Connection("conferences", args);
        AddConnectionSelection(sel, "Conference", () => ConferenceSelection(1));
        return sel;
    }

    private ConnectionArgs Paged(ConnectionArgs args) => rng.Next(4) switch
    {
        0 => args with { First = rng.Next(0, 30) },
        1 => args with { Last = rng.Next(1, 30) },
        2 => args with { First = 100 },
        _ => args,
    };

    private Sel Connection(string field, ConnectionArgs args)
    {
        var sel = new Sel(Key(field), field) { Connection = args };
        if (args.Where is not null) sel.Args["where"] = args.Where;
        if (args.Order is not null) sel.Args["order"] = args.Order;
        if (args.First is not null) sel.Args["first"] = args.First;
        if (args.Last is not null) sel.Args["last"] = args.Last;
        if (args.After is not null) sel.Args["after"] = args.After;
        if (args.Before is not null) sel.Args["before"] = args.Before;
        return sel;
    }

    private void AddConnectionSelection(Sel sel, string type, Func<List<Sel>> entity)
    {
        sel.Add(new Sel("totalCount", "totalCount"));
        sel.Add(new Sel("pageInfo", "pageInfo")
            .Add(new Sel("hasNextPage", "hasNextPage")).Add(new Sel("hasPreviousPage", "hasPreviousPage"))
            .Add(new Sel("startCursor", "startCursor")).Add(new Sel("endCursor", "endCursor")));
        // The key "id" is always selected under nodes / edges.node so the checker can name each row.
        var fields = entity();
        fields.Insert(0, new Sel("id", "id"));
        if (Chance(0.5))
        {
            var nodes = new Sel("nodes", "nodes");
            nodes.Children.AddRange(fields);
            sel.Add(nodes);
        }
        else
        {
            var node = new Sel("node", "node");
            node.Children.AddRange(fields);
            sel.Add(new Sel("edges", "edges").Add(new Sel("cursor", "cursor")).Add(node));
        }
    }

    private Sel ChildLookup()
    {
        var sel = new Sel(Key("child"), "child");
        sel.Args["id"] = GlobalId.Encode("Child", SomeChild().Id);
        sel.Children.AddRange(ChildSelection(1));
        return sel;
    }

    private string SomeNodeId() => rng.Next(8) switch
    {
        // Conference ids (of conferences the caller may and may not see), and a conference's key under the strategy meeting's type.
        6 when _conferences.Count > 0 => GlobalId.Encode("Conference", Pick(_conferences).Id),
        7 when _conferences.Count > 0 => Chance(0.5) ? GlobalId.Encode("StrategyMeeting", Pick(_conferences).Id) : GlobalId.Encode("Conference", Pick(world.StrategyMeetings.ToList()).Id),
        0 or 1 => GlobalId.Encode("Child", SomeChild().Id),
        2 => GlobalId.Encode("Plan", Pick(world.Set.Plans).Id),
        3 => GlobalId.Encode("StrategyMeeting", Pick(world.StrategyMeetings.ToList()).Id),
        4 when world.Set.Consents.Count > 0 => GlobalId.Encode("Consent", Pick(world.Set.Consents).Id),
        _ => GlobalId.Encode("Plan", Pick(world.Set.Plans.Where(p => p.ChildId == SomeChild().Id).DefaultIfEmpty(world.Set.Plans[0]).ToList()).Id),
    };

    private Sel NodeLookup()
    {
        var sel = new Sel(Key("node"), "node");
        sel.Args["id"] = SomeNodeId();
        AddNodeSelection(sel);
        return sel;
    }

    private Sel NodesLookup()
    {
        var sel = new Sel(Key("nodes"), "nodes");
        sel.Args["ids"] = Enumerable.Range(0, rng.Next(1, 5)).Select(_ => (object?)SomeNodeId()).ToList();
        AddNodeSelection(sel);
        return sel;
    }

    private void AddNodeSelection(Sel sel)
    {
        sel.Add(new Sel("id", "id") { On = "Node" });
        sel.Add(new Sel("__typename", "__typename"));
        // Keys are prefixed per type: the same name with a different shape on two types (LocalAuthority vs LocalAuthority!) cannot merge.
        foreach (var f in ChildSelection(1)) sel.Add(new Sel("c_" + f.Key, f.Field) { On = "Child" }.WithChildren(f));
        foreach (var f in PlanSelection()) sel.Add(new Sel("p_" + f.Key, f.Field) { On = "Plan" }.WithChildren(f));
        foreach (var f in MeetingSelection(1)) sel.Add(new Sel("m_" + f.Key, f.Field) { On = "StrategyMeeting" }.WithChildren(f));
        if (has("Query.conferences"))
            foreach (var f in ConferenceSelection(1)) sel.Add(new Sel("f_" + f.Key, f.Field) { On = "Conference" }.WithChildren(f));
        if (has("Consent.givenByName")) sel.Add(new Sel("k_givenByName", "givenByName") { On = "Consent" });
    }

    private Sel NotificationsList()
    {
        var sel = new Sel(Key("notifications"), "notifications");
        if (Chance(0.6)) sel.Args["unreadOnly"] = Chance(0.5);
        if (Chance(0.7)) sel.Args["first"] = rng.Next(10) == 0 ? Pick(new[] { 0, 101 }) : 1 + rng.Next(100);
        sel.Add(new Sel("id", "id"));
        foreach (var f in new[] { "kind", "childId", "triggeredByAgency", "triggeredByOrganisation", "message", "createdAt", "readAt", "auditSequence" })
            if (Chance(0.6)) sel.Add(new Sel(Key(f), f));
        return sel;
    }

    private Sel MarkNotificationsRead()
    {
        var notices = world.Set.Notifications;
        var own = notices.Where(n => n.RecipientHubId == caller.OrganisationId).ToList();
        var foreign = notices.Where(n => n.RecipientHubId != caller.OrganisationId).ToList();
        var ids = new List<object?>();
        if (own.Count > 0 && Chance(0.6)) ids.Add(GlobalId.Encode("Notification", Pick(own).Id));
        ids.Add(rng.Next(4) switch
        {
            0 => GlobalId.Encode("Child", SomeChild().Id),
            1 => "not-an-id",
            _ when foreign.Count > 0 => GlobalId.Encode("Notification", Pick(foreign).Id),
            _ => GlobalId.Encode("Notification", Guid.NewGuid().ToString()),
        });
        if (Chance(0.3) && foreign.Count > 0) ids.Insert(0, GlobalId.Encode("Notification", Pick(foreign).Id));
        var sel = new Sel("markNotificationsRead", "markNotificationsRead");
        sel.Args["input"] = new Dictionary<string, object?> { ["ids"] = ids };
        sel.Add(new Sel("notifications", "notifications").Add(new Sel("id", "id")).Add(new Sel("childId", "childId")).Add(new Sel("message", "message")));
        sel.Add(new Sel("errors", "errors").Add(new Sel("code", "code")).Add(new Sel("message", "message")).Add(new Sel("field", "field")));
        return sel;
    }

    private Sel ProtectionStatusLookup()
    {
        var sel = new Sel(Key("protectionStatus"), "protectionStatus");
        var child = SomeChild();
        // An unborn child is looked up, as in CP-IS, by the expectant mother's number.
        var number = child.NhsNumber ?? (child.MotherId is { } mother ? world.People[mother].NhsNumber : null);
        sel.Args["nhsNumber"] = number is { } n
            ? rng.Next(4) == 0 ? n.ToDisplayString() : n.Value
            : Chance(0.5) ? "9999999999" : "123";
        sel.Children.AddRange(StatusSelection());
        return sel;
    }

    // ---- selections -----------------------------------------------------------------------------------------------------

    private List<Sel> Some(params (string Field, Func<Sel>? Make)[] fields)
    {
        var list = new List<Sel>();
        foreach (var (field, make) in fields)
        {
            if (!Chance(0.45) || (make is null && field is "strategyMeetings" or "children")) continue;
            var sel = make?.Invoke() ?? new Sel(Key(field), field);
            list.Add(sel);
            if (Chance(0.1)) list.Add(make?.Invoke() ?? new Sel($"{field}_{++_keys}", field)); // the same field twice, aliased
        }
        return list;
    }

    private List<Sel> Where(string type, List<Sel> sels) => sels.Where(s => s.Field == "__typename" || has($"{type}.{s.Field}")).ToList();

    public List<Sel> ChildSelection(int depth) => Where("Child", Some(
        ("id", null), ("nhsNumber", null), ("upn", null), ("laChildId", null), ("firstName", null), ("lastName", null), ("dateOfBirth", null),
        ("identifiers", () => Obj("identifiers", "scheme", "value", "agency")),
        ("expectedDateOfBirth", null), ("sex", null), ("hasSocialWorker", null), ("openPlanKinds", null),
        ("localAuthority", () => Obj("localAuthority", "code", "name")),
        ("address", () => Obj("address", "line1", "line2", "town", "postcode", "phone")),
        ("confidentialAddress", () => Obj("confidentialAddress", "line1", "town", "postcode", "phone")),
        ("socialCareHub", () => Obj("socialCareHub", "name", "phone")),
        ("protectionStatus", () => new Sel(Key("protectionStatus"), "protectionStatus").WithAll(StatusSelection())),
        ("plans", () => new Sel(Key("plans"), "plans").WithAll(PlanSelection())),
        ("strategyMeetings", depth < 2 ? () => new Sel(Key("strategyMeetings"), "strategyMeetings").WithAll(MeetingSelection(depth + 1)) : null),
        ("consents", () => new Sel(Key("consents"), "consents").WithAll([new Sel("id", "id"), new Sel("givenByName", "givenByName"), new Sel("relationship", "relationship")])),
        ("access", AccessSelection)));

    private List<Sel> PlanSelection() => Where("Plan", Some(("id", null), ("kind", null), ("start", null), ("end", null), ("category", null), ("objectives", null)))
        .DefaultIfEmpty(new Sel("kind", "kind")).ToList();

    private List<Sel> StatusSelection() => Where("ProtectionStatus", Some(("nhsNumber", null), ("expectedDateOfBirth", null),
        ("childProtectionPlan", () => Obj("childProtectionPlan", "start", "end")), ("lookedAfter", () => Obj("lookedAfter", "start", "end")),
        ("prebirthPlan", () => Obj("prebirthPlan", "start", "end")),
        ("responsibleAuthority", () => Obj("responsibleAuthority", "code", "name", "officeHoursPhone", "outOfHoursPhone"))))
        .DefaultIfEmpty(new Sel("nhsNumber", "nhsNumber")).ToList();

    public List<Sel> MeetingSelection(int depth) => Where("StrategyMeeting", Some(
        ("id", null), ("heldAt", null), ("status", null), ("mode", null), ("location", null), ("scheduledFor", null), ("cancelledAt", null),
        ("cancellationReason", null), ("updatedAt", null), ("version", null), ("localAuthority", () => Obj("localAuthority", "code", "name")),
        ("children", depth < 2 ? () => new Sel(Key("children"), "children").WithAll([new Sel("id", "id"), .. ChildSelection(depth + 1)]) : null),
        ("invitations", () => Obj("invitations", "agency", "organisation", "status")),
        ("contributions", () => Obj("contributions", "agency", "organisation", "category", "text", "recordedAt")),
        ("decisions", () => Obj("decisions", "startSection47", "criminalInvestigation", "legalAction", "furtherInformation", "siblings", "notes")),
        ("actions", () => Actions("StrategyMeeting"))))
        .DefaultIfEmpty(new Sel("heldAt", "heldAt")).ToList();

    public List<Sel> ConferenceSelection(int depth) => Where("Conference", Some(
        ("id", null), ("kind", null), ("heldAt", null), ("outcome", null), ("status", null), ("updatedAt", null), ("version", null),
        ("localAuthority", () => Obj("localAuthority", "code", "name")),
        ("children", depth < 2 ? () => new Sel(Key("children"), "children").WithAll([new Sel("id", "id"), .. ChildSelection(depth + 1)]) : null),
        ("invitations", () => Obj("invitations", "agency", "organisation", "status")),
        ("contributions", () => Obj("contributions", "agency", "organisation", "category", "text", "recordedAt")),
        ("actions", () => Actions("Conference"))))
        .DefaultIfEmpty(new Sel("kind", "kind")).ToList();

    /// <summary>A meeting's actions, sometimes filtered and sorted by the action's fields (nested arguments are printed inline).</summary>
    private Sel Actions(string type)
    {
        var sel = Obj("actions", "description", "ownerAgency", "ownerOrganisation", "dueDate", "completedOn");
        if (!has("MeetingActionFilterInput.dueDate") || !Chance(0.5)) return sel;
        // With arguments: an alias of its own (two "actions" of one key with different arguments cannot merge).
        sel = new Sel($"actions_{++_keys}", "actions").WithAll(sel.Children);
        if (Chance(0.8)) sel.Args["where"] = ActionFilter(0);
        if (Chance(0.4))
            sel.Args["order"] = new List<object?> { new Dictionary<string, object?> { [Pick(new[] { "ownerAgency", "dueDate", "completedOn" })] = new EnumValue(Chance(0.5) ? "ASC" : "DESC") } };
        return sel;
    }

    private Dictionary<string, object?> ActionFilter(int depth)
    {
        var f = new Dictionary<string, object?>();
        var actions = world.Set.MeetingActions;
        var a = actions.Count > 0 ? Pick(actions) : null;
        switch (rng.Next(depth == 0 ? 6 : 5))
        {
            case 0: f["description"] = StringOps(a?.Description ?? "Share", () => actions.Count > 0 ? Pick(actions).Description : null); break;
            case 1: f["ownerAgency"] = EnumOps(Enum.GetValues<Agency>().Select(Const).ToList()); break;
            case 2:
                var orgs = actions.Where(x => x.OwnerOrganisationId is not null).Select(x => world.Organisations[x.OwnerOrganisationId!.Value].Name).ToList();
                f["ownerOrganisation"] = StringOps(orgs.Count > 0 ? Pick(orgs) : "Slough", () => orgs.Count > 0 ? Pick(orgs) : null);
                break;
            case 3: f["dueDate"] = DateOps(a?.DueDate ?? world.Today); break;
            case 4: f["completedOn"] = DateOps(a?.CompletedOn ?? world.Today); break;
            default: f[Chance(0.5) ? "and" : "or"] = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => (object?)ActionFilter(depth + 1)).ToList(); break;
        }
        return f;
    }

    private Sel Obj(string field, params string[] leaves)
    {
        var sel = new Sel(Key(field), field);
        foreach (var leaf in leaves) if (Chance(0.6)) sel.Add(new Sel(Key(leaf), leaf));
        if (sel.Children.Count == 0) sel.Add(new Sel(leaves[0], leaves[0]));
        return sel;
    }

    // ---- filters and sorts ------------------------------------------------------------------------------------------------

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Dictionary<string, object?> ChildFilter(int depth)
    {
        var filter = new Dictionary<string, object?>();
        var n = 1 + rng.Next(depth == 0 ? 3 : 2);
        for (var i = 0; i < n; i++)
        {
            var c = SomeChild();
            switch (rng.Next(depth < 1 ? 13 : 11))
            {
                case 9: filter["expectedDateOfBirth"] = DateOps(c.ExpectedDateOfBirth ?? c.DateOfBirth ?? world.Today); break;
                case 10: filter["hasSocialWorker"] = new Dictionary<string, object?> { [Chance(0.5) ? "eq" : "neq"] = Chance(0.5) }; break;
                case 0: if (c.NhsNumber is { } nhs) filter["nhsNumber"] = StringOps(nhs.Value, () => SomeChild().NhsNumber?.Value); break;
                case 1: filter["lastName"] = StringOps(c.FamilyName ?? "Smith", () => SomeChild().FamilyName); break;
                case 2: filter["firstName"] = StringOps(c.GivenName ?? "Amir", () => SomeChild().GivenName); break;
                case 3: filter["dateOfBirth"] = DateOps(c.DateOfBirth ?? world.Today); break;
                case 4: filter["localAuthority"] = new Dictionary<string, object?> { ["code"] = StringOps(Pick(world.Set.LocalAuthorities).Code, () => "870") }; break;
                case 5: case 6: filter["plans"] = ListOps(PlanFilter); break;
                case 7: if (c.Upn is { } upn) filter["upn"] = StringOps(upn.Value, () => SomeChild().Upn?.Value); break;
                case 8: filter["laChildId"] = StringOps(c.LaChildId ?? "8710000001", () => SomeChild().LaChildId); break;
                default: filter[Chance(0.5) ? "and" : "or"] = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => (object?)ChildFilter(depth + 1)).ToList(); break;
            }
        }
        return filter.Where(kv => kv.Key is "and" or "or" || has($"ChildFilterInput.{kv.Key}")).ToDictionary();
    }

    private Dictionary<string, object?> PlanFilter()
    {
        var f = new Dictionary<string, object?>();
        var plan = Pick(world.Set.Plans);
        switch (rng.Next(4))
        {
            case 0: f["kind"] = EnumOps(Enum.GetValues<PlanKind>().Select(Const).ToList()); break;
            case 1: f["category"] = EnumOps(Enum.GetValues<AbuseCategory>().Select(a => a.ToCode()).ToList()); break;
            case 2: f["start"] = DateOps(plan.StartDate); break;
            default: f["end"] = DateOps(plan.EndDate ?? world.Today); break;
        }
        return f.Where(kv => has($"PlanFilterInput.{kv.Key}")).ToDictionary();
    }

    private Dictionary<string, object?> MeetingFilter(int depth)
    {
        var filter = new Dictionary<string, object?>();
        var n = 1 + rng.Next(depth == 0 ? 3 : 2);
        var meetings = world.StrategyMeetings.ToList();
        for (var i = 0; i < n; i++)
        {
            switch (rng.Next(depth < 1 ? 6 : 5))
            {
                case 0: case 1: filter["heldAt"] = DateTimeOps(Pick(meetings).HeldAt); break;
                case 2: filter["localAuthority"] = new Dictionary<string, object?> { ["code"] = StringOps(Pick(world.Set.LocalAuthorities).Code, () => "871") }; break;
                case 3: filter["invitations"] = ListOps(InvitationFilter); break;
                // Fields the contract may not expose (a validation error is a right answer): a health contribution's text.
                case 4:
                    if (Chance(0.3)) filter["contributions"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["text"] = new Dictionary<string, object?> { ["contains"] = "emergency department" } } };
                    else filter["contributions"] = ListOps(ContributionFilter);
                    break;
                default: filter[Chance(0.5) ? "and" : "or"] = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => (object?)MeetingFilter(depth + 1)).ToList(); break;
            }
        }
        return filter.Where(kv => kv.Key is "and" or "or" or "contributions" || has($"StrategyMeetingFilterInput.{kv.Key}")).ToDictionary();
    }

    private Dictionary<string, object?> InvitationFilter()
    {
        var f = new Dictionary<string, object?>();
        switch (rng.Next(5))
        {
            case 0: case 1: f["agency"] = EnumOps(Enum.GetValues<Agency>().Select(Const).ToList()); break;
            case 2: case 3: f["status"] = EnumOps(Enum.GetValues<AttendanceStatus>().Select(Const).ToList()); break;
            default:
                var orgs = world.Set.Invitations.Where(i => i.OrganisationId is not null).Select(i => world.Organisations[i.OrganisationId!.Value].Name).ToList();
                f["organisation"] = StringOps(orgs.Count > 0 ? Pick(orgs) : "Slough", () => orgs.Count > 0 ? Pick(orgs) : null);
                break;
        }
        return f.Where(kv => has($"InvitationFilterInput.{kv.Key}")).ToDictionary();
    }

    /// <summary>A contribution filter: agency, category (hidden categories too), recorded time, text (a validation error is a right answer for text).</summary>
    private Dictionary<string, object?> ContributionFilter()
    {
        var f = new Dictionary<string, object?>();
        var k = world.Set.Contributions.Count > 0 ? Pick(world.Set.Contributions) : null;
        switch (rng.Next(4))
        {
            case 0: f["agency"] = EnumOps(Enum.GetValues<Agency>().Select(Const).ToList()); break;
            case 1: f["category"] = EnumOps(Enum.GetValues<InformationCategory>().Select(Const).ToList()); break;
            case 2: f["recordedAt"] = DateTimeOps(k?.RecordedAt ?? LeakWorld.Now); break;
            default: f["agency"] = EnumOps([Const(k?.Agency ?? Agency.Police)]); break;
        }
        return f.Where(kv => has($"ContributionFilterInput.{kv.Key}")).ToDictionary();
    }

    private Dictionary<string, object?> ConferenceFilter(int depth)
    {
        var filter = new Dictionary<string, object?>();
        var n = 1 + rng.Next(depth == 0 ? 3 : 2);
        var conferences = _conferences.Count > 0 ? _conferences : world.Set.Meetings;
        for (var i = 0; i < n; i++)
        {
            switch (rng.Next(depth < 1 ? 8 : 7))
            {
                case 0: filter["heldAt"] = DateTimeOps(Pick(conferences).HeldAt); break;
                case 1: filter["kind"] = EnumOps(Enum.GetValues<MeetingKind>().Select(Const).ToList()); break;
                case 2: filter["localAuthority"] = new Dictionary<string, object?> { ["code"] = StringOps(Pick(world.Set.LocalAuthorities).Code, () => "871") }; break;
                case 3: filter["invitations"] = ListOps(InvitationFilter); break;
                case 4: filter["contributions"] = ListOps(ContributionFilter); break;
                case 5: filter["outcome"] = EnumOps(Enum.GetValues<ConferenceOutcome>().Select(Const).ToList()); break;
                case 6: filter["heldAt"] = DateTimeOps(Pick(conferences).HeldAt); break;
                default: filter[Chance(0.5) ? "and" : "or"] = Enumerable.Range(0, rng.Next(0, 3)).Select(_ => (object?)ConferenceFilter(depth + 1)).ToList(); break;
            }
        }
        return filter.Where(kv => kv.Key is "and" or "or" || has($"ConferenceFilterInput.{kv.Key}")).ToDictionary();
    }

    private List<object?> ConferenceOrder() => Enumerable.Range(0, rng.Next(1, 3)).Select(_ =>
    {
        var dir = new EnumValue(Chance(0.5) ? "ASC" : "DESC");
        return (object?)(rng.Next(3) switch
        {
            0 => new Dictionary<string, object?> { ["kind"] = dir },
            1 => new Dictionary<string, object?> { ["heldAt"] = dir },
            _ => new Dictionary<string, object?> { ["localAuthority"] = new Dictionary<string, object?> { [Chance(0.5) ? "code" : "name"] = dir } },
        });
    }).ToList();

    private Dictionary<string, object?> ListOps(Func<Dictionary<string, object?>> element)
    {
        var ops = new[] { "some", "all", "none", "any" }.Where(o => has($"{ListInput(element)}.{o}")).ToList();
        var op = ops.Count > 0 ? Pick(ops) : "any";
        return new Dictionary<string, object?> { [op] = op == "any" ? Chance(0.5) : element() };
    }

    private static string ListInput(Func<Dictionary<string, object?>> element) =>
        element.Method.Name.Contains("Plan") ? "ListFilterInputTypeOfPlanFilterInput"
        : element.Method.Name.Contains("Contribution") ? "ListFilterInputTypeOfContributionFilterInput" : "ListFilterInputTypeOfInvitationFilterInput";

    private Dictionary<string, object?> StringOps(string value, Func<string?> other)
    {
        var ops = new Dictionary<string, object?>();
        switch (rng.Next(7))
        {
            case 0: ops["eq"] = value; break;
            case 1: ops["neq"] = value; break;
            case 2: ops["in"] = new List<object?> { value, other() ?? value }; break;
            case 3: ops["nin"] = new List<object?> { value }; break;
            case 4: ops["startsWith"] = value[..Math.Min(value.Length, 1 + rng.Next(3))]; break;
            case 5: ops["contains"] = value.Length > 2 ? value.Substring(1, Math.Min(2, value.Length - 1)) : value; break;
            default: ops["endsWith"] = value[Math.Max(0, value.Length - 2)..]; break;
        }
        return ops;
    }

    private Dictionary<string, object?> DateOps(DateOnly day)
    {
        var op = Pick(new[] { "eq", "neq", "gt", "gte", "lt", "lte", "in", "nin" });
        return new Dictionary<string, object?> { [op] = op is "in" or "nin" ? new List<object?> { D(day), D(day.AddDays(1)) } : D(day) };
    }

    private Dictionary<string, object?> DateTimeOps(DateTimeOffset at)
    {
        var op = Pick(new[] { "gte", "lte", "gt", "lt", "eq" });
        var text = at.AddDays(rng.Next(-30, 30)).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return new Dictionary<string, object?> { [op] = op == "eq" ? at.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture) : text };
    }

    private Dictionary<string, object?> EnumOps(List<string> values)
    {
        var op = Pick(new[] { "eq", "neq", "in", "nin" });
        return new Dictionary<string, object?>
        {
            [op] = op is "in" or "nin" ? values.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)).Select(v => (object?)new EnumValue(v)).ToList() : new EnumValue(Pick(values)),
        };
    }

    private List<object?> ChildOrder()
    {
        var fields = new[] { "lastName", "firstName", "dateOfBirth", "nhsNumber", "localAuthority", "expectedDateOfBirth" }.Where(f => has($"ChildSortInput.{f}")).ToArray();
        return Enumerable.Range(0, rng.Next(1, 3)).Select(_ =>
        {
            var f = Pick(fields);
            var dir = new EnumValue(Chance(0.5) ? "ASC" : "DESC");
            return (object?)new Dictionary<string, object?> { [f] = f == "localAuthority" ? new Dictionary<string, object?> { [Chance(0.5) ? "code" : "name"] = dir } : dir };
        }).ToList();
    }

    private List<object?> MeetingOrder() => Chance(0.7)
        ? [new Dictionary<string, object?> { ["heldAt"] = new EnumValue(Chance(0.5) ? "ASC" : "DESC") }]
        : [new Dictionary<string, object?> { ["localAuthority"] = new Dictionary<string, object?> { ["code"] = new EnumValue(Chance(0.5) ? "ASC" : "DESC") } },
           new Dictionary<string, object?> { ["heldAt"] = new EnumValue("DESC") }];

    /// <summary>GraphQL's name for an enum member: PascalCase to CONSTANT_CASE.</summary>
    public static string Const<T>(T value) where T : struct, Enum
    {
        var s = value.ToString();
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(s[i]));
        }
        return sb.ToString();
    }
}

internal static class SelExtensions
{
    public static Sel WithAll(this Sel sel, IEnumerable<Sel> children)
    {
        sel.Children.AddRange(children);
        return sel;
    }

    public static Sel WithChildren(this Sel sel, Sel from) => sel.WithAll(from.Children.Select(c => c).ToList()).CopyArgs(from);

    private static Sel CopyArgs(this Sel sel, Sel from)
    {
        foreach (var (k, v) in from.Args) sel.Args[k] = v;
        return sel;
    }
}
