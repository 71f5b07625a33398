namespace Partnership.Schema.Tests.Leak;

internal sealed partial class LeakGenerator
{
    /// <summary>A page of the meeting change feed: sometimes from the start to its end, sometimes a short page; the meetings as they stand.</summary>
    private Sel MeetingChangesPage()
    {
        var sel = new Sel(Key("meetingChanges"), "meetingChanges");
        if (Chance(0.5)) sel.Args["first"] = rng.Next(1, 120);
        var changes = new Sel("changes", "changes").Add(new Sel("meetingId", "meetingId")).Add(new Sel("kind", "kind"));
        foreach (var leaf in new[] { "cursor", "meetingKind", "at", "version" })
            if (Chance(0.6)) changes.Add(new Sel(leaf, leaf));
        sel.Add(changes).Add(new Sel("hasNextPage", "hasNextPage"));
        if (Chance(0.5)) sel.Add(new Sel("endCursor", "endCursor"));
        if (Chance(0.6))
        {
            var meetings = new Sel("strategyMeetings", "strategyMeetings").Add(new Sel("id", "id"));
            meetings.Children.AddRange(MeetingSelection(1));
            sel.Add(meetings);
        }
        if (Chance(0.4) && has("Query.conferences"))
        {
            var conferences = new Sel("conferences", "conferences").Add(new Sel("id", "id"));
            conferences.Children.AddRange(ConferenceSelection(1));
            sel.Add(conferences);
        }
        return sel;
    }
}
