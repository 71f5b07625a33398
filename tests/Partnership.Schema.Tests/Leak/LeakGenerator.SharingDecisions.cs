using Partnership.Data.Model;

namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakGenerator
{
    /// <summary>
    /// <c>sharingDecisions</c>, sometimes filtered on <c>shared</c> or <c>recipientAgency</c> and cut to one page, with the rows'
    /// ids, fields and child. Not paged through cursors (no follow-up): the checker compares the rows as a set.
    /// </summary>
    public Sel SharingDecisionsConnection()
    {
        var sel = new Sel(Key("sharingDecisions"), "sharingDecisions");
        if (Chance(0.4))
            sel.Args["where"] = Chance(0.5)
                ? new Dictionary<string, object?> { ["shared"] = new Dictionary<string, object?> { ["eq"] = Chance(0.5) } }
                : new Dictionary<string, object?> { ["recipientAgency"] = new Dictionary<string, object?> { ["eq"] = new EnumValue(Const(Pick(Enum.GetValues<Agency>()))) } };
        if (Chance(0.5)) sel.Args["first"] = rng.Next(1, 40);
        sel.Add(new Sel(Key("totalCount"), "totalCount"));
        var nodes = new Sel(Key("nodes"), "nodes");
        nodes.Add(new Sel("id", "id")).Add(new Sel(Key("shared"), "shared")).Add(new Sel(Key("reason"), "reason"))
            .Add(new Sel(Key("recipientAgency"), "recipientAgency")).Add(new Sel(Key("child"), "child").Add(new Sel("id", "id")));
        return sel.Add(nodes);
    }
}
