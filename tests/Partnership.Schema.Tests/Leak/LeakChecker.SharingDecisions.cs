using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Leak;

/// <summary>
/// The record of sharing decisions (<c>sharingDecisions</c>): children's social care sees the decisions of its councils (about a
/// child of them, or about no child with a recipient organisation of them); every other agency none — the leak test's callers
/// hold no information governance role. A row's child is named only where the oracle shows the child.
/// </summary>
internal sealed partial class LeakChecker
{
    private void SharingDecisions(JsonNode? value, Sel root, string path)
    {
        if (value is not JsonObject conn) { _p.Mismatches.Add($"{path}: null ({ErrorCodeAt(path) ?? "no error"})"); return; }
        var socialCare = view.Caller.Agency == Agency.SocialCare;
        var where = root.Args.GetValueOrDefault("where") as Dictionary<string, object?>;
        var expected = socialCare ? World.Set.SharingDecisions.Where(d => DecisionInCallerCouncils(d) && DecisionMatches(d, where)).ToDictionary(d => d.Id) : [];
        var first = root.Args.GetValueOrDefault("first") as int?;
        if (!socialCare) CountRow("sharingDecisions asked by a partner");
        foreach (var s in root.Children)
        {
            var p = $"{path}.{s.Key}";
            if (s.Field == "totalCount")
            {
                var count = conn[s.Key]!.GetValue<int>();
                if (count > expected.Count && (!socialCare || World.DecisionsExact)) _p.Leaks.Add($"{p}: {count}, the oracle counts {expected.Count} visible decisions");
                else if (count < expected.Count) _p.Mismatches.Add($"{p}: {count}, the oracle counts {expected.Count} visible decisions");
            }
            if (s.Field != "nodes") continue;
            var items = (JsonArray)conn[s.Key]!;
            if (items.Count < Math.Min(first ?? 20, expected.Count)) _p.Mismatches.Add($"{p}: {items.Count} rows, the oracle shows {expected.Count}");
            if (items.Count > (first ?? 20)) _p.Mismatches.Add($"{p}: {items.Count} rows, more than a page");
            for (int i = 0; i < items.Count; i++) DecisionRow((JsonObject)items[i]!, s.Children, expected, $"{p}.{i}");
        }
    }

    private void DecisionRow(JsonObject o, List<Sel> sels, Dictionary<Guid, SharingDecision> expected, string path)
    {
        var id = o["id"]?.GetValue<string>() ?? "";
        var key = GlobalId.Decode(id) is ("SharingDecision", var k) && Guid.TryParse(k, out var g) ? g : (Guid?)null;
        var childSel = sels.FirstOrDefault(s => s.Field == "child");
        var childId = childSel is null ? null : o[childSel.Key]?["id"]?.GetValue<string>();
        if (key is not { } decisionId || !expected.TryGetValue(decisionId, out var d))
        {
            // Only the mutating run writes decisions the world does not mirror (consent, withdrawal, emergency access), each about a child.
            var child = childId is null ? null : World.People.GetValueOrDefault(GlobalId.Decode(childId).Key is var c && Guid.TryParse(c, out var cg) ? cg : Guid.Empty);
            if (view.Caller.Agency != Agency.SocialCare || World.DecisionsExact || child is null || !InCallerCouncils(child))
                _p.Leaks.Add($"{path}: {Short(o)} (a decision the oracle hides)");
            else CountRow("sharingDecisions written in the run");
            return;
        }
        CountRow("sharingDecisions");
        foreach (var s in sels)
        {
            switch (s.Field)
            {
                case "shared": Scalar(o, s, path, true, d.Shared ? "true" : "false"); break;
                case "reason": Scalar(o, s, path, true, d.Reason); break;
                case "recipientAgency": Scalar(o, s, path, true, LeakGenerator.Const(d.RecipientAgency)); break;
                case "child":
                    var shown = d.ChildId is { } c && World.People.TryGetValue(c, out var person) && oracle.ChildVisible(person, view);
                    if (childId is not null && (!shown || childId != GlobalId.Encode("Child", d.ChildId!.Value))) _p.Leaks.Add($"{path}.{s.Key}: {childId} (a child the oracle hides)");
                    else if (childId is null && shown) _p.Mismatches.Add($"{path}.{s.Key}: null for a child the oracle shows");
                    break;
            }
        }
    }

    private bool DecisionInCallerCouncils(SharingDecision d) => d.ChildId is { } child
        ? World.People.TryGetValue(child, out var person) && person.Kind == PersonKind.Child && InCallerCouncils(person)
        : d.RecipientOrganisationId is { } org && World.Organisations.TryGetValue(org, out var o) && view.Caller.Councils.Contains(World.CouncilCode(o.LocalAuthorityId));

    private static bool DecisionMatches(SharingDecision d, Dictionary<string, object?>? where)
    {
        if (where is null) return true;
        if (where.GetValueOrDefault("shared") is Dictionary<string, object?> shared && !Equals(shared["eq"], d.Shared)) return false;
        if (where.GetValueOrDefault("recipientAgency") is Dictionary<string, object?> agency && ((EnumValue)agency["eq"]!).Name != LeakGenerator.Const(d.RecipientAgency)) return false;
        return true;
    }
}
