using System.Collections.Concurrent;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// Values of the data that must never appear in an error message unless the request itself named them: identifiers, names,
/// addresses, phone numbers and free text. Each distinct message is scanned once.
/// </summary>
internal sealed class LeakSecrets
{
    private readonly string[] _values;
    private readonly ConcurrentDictionary<string, string[]> _seen = new(StringComparer.Ordinal);

    public LeakSecrets(LeakWorld world)
    {
        var set = world.Set;
        var values = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? v) { if (v is { Length: >= 5 }) values.Add(v); }
        foreach (var p in set.People)
        {
            Add(p.NhsNumber?.Value); Add(p.Upn?.Value); Add(p.LaChildId); Add(p.GivenName); Add(p.FamilyName);
        }
        foreach (var a in set.Addresses) { Add(a.Line1); Add(a.Postcode); Add(a.Phone); }
        foreach (var k in set.Contributions) Add(k.Text);
        foreach (var m in set.Meetings) { Add(m.DecisionCriminalInvestigation); Add(m.DecisionNotes); Add(m.DecisionSiblings); }
        foreach (var a in set.MeetingActions) Add(a.Description);
        foreach (var p in set.Plans) Add(p.Objectives);
        foreach (var c in set.Consents) Add(c.GivenByName);
        foreach (var i in set.Identifiers) Add(i.Value);
        _values = [.. values];
    }

    /// <summary>The data values <paramref name="message"/> contains.</summary>
    public string[] In(string message) => _seen.GetOrAdd(message, m => _values.Where(v => m.Contains(v, StringComparison.Ordinal)).ToArray());
}
