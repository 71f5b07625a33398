using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakGenerator
{
    /// <summary><c>access</c> under a child: category and basis always (what the checker decides on), the rest by chance.</summary>
    private Sel AccessSelection()
    {
        var sel = new Sel(Key("access"), "access").Add(new Sel("category", "category")).Add(new Sel("basis", "basis"));
        foreach (var leaf in new[] { "route", "scope", "restsOn", "since", "until" })
            if (Chance(0.5)) sel.Add(new Sel(leaf, leaf));
        return sel;
    }

    /// <summary>
    /// <c>sharingExplanation</c> of a visible, hidden or any child: for the caller itself, for its own organisation named, or for
    /// another organisation of the world (only social care may name one; everyone else is refused).
    /// </summary>
    public Sel SharingExplanationLookup()
    {
        var sel = new Sel(Key("sharingExplanation"), "sharingExplanation");
        sel.Args["childId"] = GlobalId.Encode("Child", SomeChild().Id);
        switch (rng.Next(3))
        {
            case 0: break;
            case 1 when caller.OrganisationId is { } own: sel.Args["organisation"] = own.ToString(); break;
            default: sel.Args["organisation"] = Pick(world.Organisations.Values.ToList()).Id.ToString(); break;
        }
        sel.Add(new Sel("organisation", "organisation")).Add(new Sel("agency", "agency"));
        return sel.Add(new Sel("grants", "grants").Add(new Sel("category", "category")).Add(new Sel("basis", "basis")).Add(new Sel("restsOn", "restsOn")));
    }
}
