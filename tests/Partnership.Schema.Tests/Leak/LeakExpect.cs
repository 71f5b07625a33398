using System.Collections;
using System.Globalization;
using Partnership.Data.Model;
using static Partnership.Data.Model.InformationCategory;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// What a root connection should return according to the oracle: the visible rows, filtered in memory with every value the
/// caller may not see taken as null ("the same result as if the field were empty"), ordered as the hub orders (nulls first
/// ascending, the key last), and paged.
/// </summary>
internal sealed class LeakExpect(Oracle oracle, RequestView view)
{
    private LeakWorld World => oracle.World;

    public const int DefaultPageSize = 20;

    public List<Person> Children(ConnectionArgs args, out int total, out bool more)
    {
        var rows = World.Children.Where(c => oracle.ChildVisible(c, view)).Where(c => args.Where is null || Child(args.Where, c)).ToList();
        total = rows.Count;
        rows.Sort((a, b) => Compare(a, b, args.Order, ChildSortValue, ChildSortValue, x => x.Id));
        return Page(rows, args, c => c.Id, VersusCursor(args, World.Children, e => e.ChildSortValue, x => x.Id), out more);
    }

    public List<Meeting> Meetings(ConnectionArgs args, out int total, out bool more)
    {
        var rows = World.StrategyMeetings.Where(m => oracle.MeetingVisible(m, view)).Where(m => args.Where is null || Meeting(args.Where, m)).ToList();
        total = rows.Count;
        rows.Sort((a, b) => Compare(a, b, args.Order, MeetingSortValue, MeetingSortValue, x => x.Id));
        return Page(rows, args, m => m.Id, VersusCursor(args, World.StrategyMeetings, e => e.MeetingSortValue, x => x.Id), out more);
    }

    public List<Meeting> Conferences(ConnectionArgs args, out int total, out bool more)
    {
        var rows = World.Conferences.Where(m => oracle.MeetingVisible(m, view)).Where(m => args.Where is null || Conference(args.Where, m)).ToList();
        total = rows.Count;
        rows.Sort((a, b) => Compare(a, b, args.Order, ConferenceSortValue, ConferenceSortValue, x => x.Id));
        return Page(rows, args, m => m.Id, VersusCursor(args, World.Conferences, e => e.ConferenceSortValue, x => x.Id), out more);
    }

    /// <summary>The page; <paramref name="more"/>: rows follow it (forward) or precede it (backward), what pageInfo must say.</summary>
    private static List<T> Page<T>(List<T> rows, ConnectionArgs args, Func<T, Guid> id, Func<T, int>? versusCursor, out bool more)
    {
        if (args.CursorRow is { } cursor)
        {
            var at = rows.FindIndex(r => id(r) == cursor);
            if (at < 0 && versusCursor is not null)
                // The cursor's row is no longer visible (it was seen through a lookup of the request that issued the cursor):
                // the hub resumes after the sort values the cursor sealed, so the oracle positions by them too.
                rows = rows.Where(r => args.After is not null ? versusCursor(r) > 0 : versusCursor(r) < 0).ToList();
            else
                rows = args.After is not null ? rows.Skip(at + 1).ToList() : rows.Take(Math.Max(0, at)).ToList();
        }
        if (args.Last is { } last)
        {
            more = rows.Count > last;
            return rows.Skip(Math.Max(0, rows.Count - last)).ToList();
        }
        var size = args.First ?? DefaultPageSize;
        more = rows.Count > size;
        return rows.Take(size).ToList();
    }

    // ---- filters --------------------------------------------------------------------------------------------------------

    private bool Child(Dictionary<string, object?> where, Person c)
    {
        var identity = oracle.Sees(c, view, Identity);
        foreach (var (name, input) in where)
        {
            var ok = name switch
            {
                "and" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().All(w => Child(w, c)),
                "or" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().Any(w => Child(w, c)),
                "nhsNumber" => Ops(identity ? c.NhsNumber?.Value : null, input),
                "upn" => Ops(identity ? c.Upn?.Value : null, input),
                "laChildId" => Ops(identity ? c.LaChildId : null, input),
                "firstName" => Ops(identity ? c.GivenName : null, input),
                "lastName" => Ops(identity ? c.FamilyName : null, input),
                "dateOfBirth" => Ops(identity && c.DateOfBirth is { } d ? D(d) : null, input),
                "expectedDateOfBirth" => Ops(identity && c.ExpectedDateOfBirth is { } e ? D(e) : null, input),
                // "Has a social worker" is protection status at housing's involvement level or more.
                "hasSocialWorker" => Ops(oracle.Status(c, view) >= StatusLevel.Involvement ? c.CaseHoldingHubId is not null : null, input),
                // A reference the caller may not see matches nothing (the hub: "present and visible, then the condition").
                "localAuthority" => identity && LocalAuthority((Dictionary<string, object?>)input!, World.Councils[c.LocalAuthorityId!.Value]),
                "plans" => List(VisiblePlans(c), (Dictionary<string, object?>)input!, Plan),
                _ => throw new InvalidOperationException($"No oracle for ChildFilterInput.{name}."),
            };
            if (!ok) return false;
        }
        return true;
    }

    public List<Plan> VisiblePlans(Person c) => World.PlansOf[c.Id].Where(p => oracle.PlanVisible(p, view)).ToList();

    private bool Plan(Dictionary<string, object?> where, Plan p)
    {
        foreach (var (name, input) in where)
        {
            var dates = oracle.PlanDatesVisible(p, view);
            var ok = name switch
            {
                "and" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().All(w => Plan(w, p)),
                "or" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().Any(w => Plan(w, p)),
                "kind" => Ops(oracle.PlanKindVisible(p, view) ? LeakGenerator.Const(p.Kind) : null, input),
                "start" => Ops(dates ? D(p.StartDate) : null, input),
                "end" => Ops(dates && p.EndDate is { } e ? D(e) : null, input),
                "category" => Ops(oracle.PlanDetailVisible(p, view) ? (p.LatestCategory ?? p.InitialCategory)?.ToCode() : null, input),
                _ => throw new InvalidOperationException($"No oracle for PlanFilterInput.{name}."),
            };
            if (!ok) return false;
        }
        return true;
    }

    private bool Meeting(Dictionary<string, object?> where, Meeting m)
    {
        foreach (var (name, input) in where)
        {
            var ok = name switch
            {
                "and" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().All(w => Meeting(w, m)),
                "or" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().Any(w => Meeting(w, m)),
                "heldAt" => Ops(m.HeldAt, input),
                "localAuthority" => LocalAuthority((Dictionary<string, object?>)input!, World.Councils[m.LocalAuthorityId]),
                "invitations" => List(World.InvitationsOf[m.Id].ToList(), (Dictionary<string, object?>)input!, Invitation),
                // Only contributions the caller may see exist for it, so a hidden one can never make a meeting match.
                "contributions" => List(World.ContributionsOf[m.Id].Where(k => oracle.Contribution(k, view)).ToList(), (Dictionary<string, object?>)input!, Contribution),
                _ => throw new InvalidOperationException($"No oracle for StrategyMeetingFilterInput.{name}."),
            };
            if (!ok) return false;
        }
        return true;
    }

    private bool Conference(Dictionary<string, object?> where, Meeting m)
    {
        var record = oracle.MeetingCategory(m, view, MeetingRecord);
        foreach (var (name, input) in where)
        {
            var ok = name switch
            {
                "and" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().All(w => Conference(w, m)),
                "or" => ((IEnumerable)input!).Cast<Dictionary<string, object?>>().Any(w => Conference(w, m)),
                "kind" => Ops(LeakGenerator.Const(m.Kind), input),
                "heldAt" => Ops(m.HeldAt, input),
                "outcome" => Ops(record && m.ConferenceOutcome is { } o ? LeakGenerator.Const(o) : null, input),
                "localAuthority" => LocalAuthority((Dictionary<string, object?>)input!, World.Councils[m.LocalAuthorityId]),
                "invitations" => List(World.InvitationsOf[m.Id].ToList(), (Dictionary<string, object?>)input!, Invitation),
                "contributions" => List(World.ContributionsOf[m.Id].Where(k => oracle.Contribution(k, view)).ToList(), (Dictionary<string, object?>)input!, Contribution),
                _ => throw new InvalidOperationException($"No oracle for ConferenceFilterInput.{name}."),
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>A meeting action under a nested <c>actions(where:)</c>: every field is the meeting's record, visible with the action.</summary>
    public bool Action(Dictionary<string, object?> where, MeetingAction a) => where.All(kv => kv.Key switch
    {
        "and" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().All(w => Action(w, a)),
        "or" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().Any(w => Action(w, a)),
        "description" => Ops(a.Description, kv.Value),
        "ownerAgency" => Ops(LeakGenerator.Const(a.OwnerAgency), kv.Value),
        "ownerOrganisation" => Ops(a.OwnerOrganisationId is { } org ? World.Organisations[org].Name : null, kv.Value),
        "dueDate" => Ops(D(a.DueDate), kv.Value),
        "completedOn" => Ops(a.CompletedOn is { } c ? D(c) : null, kv.Value),
        _ => throw new InvalidOperationException($"No oracle for MeetingActionFilterInput.{kv.Key}."),
    });

    private bool Invitation(Dictionary<string, object?> where, MeetingInvitation i) => where.All(kv => kv.Key switch
    {
        "and" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().All(w => Invitation(w, i)),
        "or" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().Any(w => Invitation(w, i)),
        "agency" => Ops(LeakGenerator.Const(i.Agency), kv.Value),
        "status" => Ops(LeakGenerator.Const(i.Status), kv.Value),
        "organisation" => Ops(i.OrganisationId is { } org ? World.Organisations[org].Name : null, kv.Value),
        _ => throw new InvalidOperationException($"No oracle for InvitationFilterInput.{kv.Key}."),
    });

    private bool Contribution(Dictionary<string, object?> where, MeetingContribution k) => where.All(kv => kv.Key switch
    {
        "and" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().All(w => Contribution(w, k)),
        "or" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().Any(w => Contribution(w, k)),
        "agency" => Ops(LeakGenerator.Const(k.Agency), kv.Value),
        "category" => Ops(LeakGenerator.Const(k.Category), kv.Value),
        "text" => Ops(k.Text, kv.Value),
        "recordedAt" => Ops(k.RecordedAt, kv.Value),
        _ => throw new InvalidOperationException($"No oracle for ContributionFilterInput.{kv.Key}."),
    });

    private static bool LocalAuthority(Dictionary<string, object?> where, LocalAuthority la) => where.All(kv => kv.Key switch
    {
        "and" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().All(w => LocalAuthority(w, la)),
        "or" => ((IEnumerable)kv.Value!).Cast<Dictionary<string, object?>>().Any(w => LocalAuthority(w, la)),
        "code" => Ops(la.Code, kv.Value),
        "name" => Ops(la.Name, kv.Value),
        _ => throw new InvalidOperationException($"No oracle for LocalAuthorityFilterInput.{kv.Key}."),
    });

    private static bool List<T>(List<T> items, Dictionary<string, object?> ops, Func<Dictionary<string, object?>, T, bool> element) => ops.All(kv => kv.Key switch
    {
        "some" => items.Any(i => element((Dictionary<string, object?>)kv.Value!, i)),
        "all" => items.All(i => element((Dictionary<string, object?>)kv.Value!, i)),
        "none" => !items.Any(i => element((Dictionary<string, object?>)kv.Value!, i)),
        "any" => (bool)kv.Value! == items.Count > 0,
        _ => throw new InvalidOperationException($"Unknown list operation {kv.Key}."),
    });

    /// <summary>Scalar operations with C# null semantics (what EF Core's translation preserves): a hidden value is null.</summary>
    private static bool Ops(object? value, object? input)
    {
        foreach (var (op, raw) in (Dictionary<string, object?>)input!)
        {
            var operand = Normal(raw);
            var v = Normal(value);
            var ok = op switch
            {
                "eq" => Equals(v, operand),
                "neq" => !Equals(v, operand),
                "in" => ((IEnumerable)raw!).Cast<object?>().Select(Normal).Contains(v),
                "nin" => !((IEnumerable)raw!).Cast<object?>().Select(Normal).Contains(v),
                "contains" => v is string s && s.Contains((string)operand!, StringComparison.Ordinal),
                "startsWith" => v is string s2 && s2.StartsWith((string)operand!, StringComparison.Ordinal),
                "endsWith" => v is string s3 && s3.EndsWith((string)operand!, StringComparison.Ordinal),
                "gt" => v is not null && Cmp(v, operand) > 0,
                "gte" => v is not null && Cmp(v, operand) >= 0,
                "lt" => v is not null && Cmp(v, operand) < 0,
                "lte" => v is not null && Cmp(v, operand) <= 0,
                _ => throw new InvalidOperationException($"Unknown operation {op}."),
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>Dates as ISO text (they compare as text), instants as UTC ticks, enums by name.</summary>
    private static object? Normal(object? v) => v switch
    {
        EnumValue e => e.Name,
        DateTimeOffset d => d.UtcTicks,
        string s when s.Length > 19 && s[10] == 'T' && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d.UtcTicks,
        _ => v,
    };

    private static int Cmp(object a, object? b) => a switch
    {
        long l => l.CompareTo((long)b!),
        string s => string.CompareOrdinal(s, (string)b!),
        _ => throw new InvalidOperationException($"Cannot compare {a.GetType().Name}."),
    };

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- sorting --------------------------------------------------------------------------------------------------------

    private IComparable? ChildSortValue(Person c, string path)
    {
        if (!oracle.Sees(c, view, Identity)) return null;
        return path switch
        {
            "nhsNumber" => c.NhsNumber?.Value,
            "firstName" => c.GivenName,
            "lastName" => c.FamilyName,
            "dateOfBirth" => c.DateOfBirth is { } d ? D(d) : null,
            "expectedDateOfBirth" => c.ExpectedDateOfBirth is { } e ? D(e) : null,
            "localAuthority.code" => World.Councils[c.LocalAuthorityId!.Value].Code,
            "localAuthority.name" => World.Councils[c.LocalAuthorityId!.Value].Name,
            _ => throw new InvalidOperationException($"No oracle for sorting children by {path}."),
        };
    }

    private IComparable? MeetingSortValue(Meeting m, string path) => path switch
    {
        "heldAt" => m.HeldAt.UtcTicks,
        "localAuthority.code" => World.Councils[m.LocalAuthorityId].Code,
        "localAuthority.name" => World.Councils[m.LocalAuthorityId].Name,
        _ => throw new InvalidOperationException($"No oracle for sorting meetings by {path}."),
    };

    private IComparable? ConferenceSortValue(Meeting m, string path) => path switch
    {
        // Enums are stored as their C# names (EnumToStringConverter), so they sort as that text.
        "kind" => m.Kind.ToString(),
        _ => MeetingSortValue(m, path),
    };

    /// <summary>
    /// How a row compares with the cursor's row, the cursor's sort values taken as the request that issued it saw them;
    /// null when the page has no cursor.
    /// </summary>
    private Func<T, int>? VersusCursor<T>(ConnectionArgs args, IEnumerable<T> all, Func<LeakExpect, Func<T, string, IComparable?>> value, Func<T, Guid> key)
    {
        if (args.CursorRow is not { } cursor || all.FirstOrDefault(r => key(r) == cursor) is not { } row) return null;
        var issuer = args.CursorLookups is { } looked ? new LeakExpect(oracle, view with { LookedUpNhsNumbers = looked }) : this;
        return r => Compare(r, row, args.Order, value(this), value(issuer), key);
    }

    private static int Compare<T>(T a, T b, List<object?>? order, Func<T, string, IComparable?> valueA, Func<T, string, IComparable?> valueB, Func<T, Guid> key)
    {
        foreach (var (path, descending) in Columns(order))
        {
            var x = valueA(a, path);
            var y = valueB(b, path);
            // Nulls first ascending, last descending; strings ordinal (SQLite's BINARY collation).
            var c = x is null ? (y is null ? 0 : -1) : y is null ? 1 : x is string sx ? string.CompareOrdinal(sx, (string)y) : x.CompareTo(y);
            if (c != 0) return descending ? -c : c;
        }
        // The key: GUIDs are stored on SQLite as upper-case text.
        return string.CompareOrdinal(key(a).ToString().ToUpperInvariant(), key(b).ToString().ToUpperInvariant());
    }

    private static IEnumerable<(string Path, bool Descending)> Columns(List<object?>? order)
    {
        if (order is null) yield break;
        foreach (Dictionary<string, object?> item in order.Cast<Dictionary<string, object?>>())
            foreach (var (name, dir) in item)
            {
                if (dir is Dictionary<string, object?> nested)
                    foreach (var (inner, d) in nested) yield return ($"{name}.{inner}", ((EnumValue)d!).Name == "DESC");
                else yield return (name, ((EnumValue)dir!).Name == "DESC");
            }
    }
}
