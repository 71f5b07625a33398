using System.Text.Json.Nodes;
using Partnership.Data.Model;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Tests.Leak;

namespace Partnership.Schema.Tests.Hub;

/// <summary>
/// For every organisation the leak test calls as and sampled children: the categories <c>access</c> lists are exactly those whose
/// fields come back (not hidden), and social care's <c>sharingExplanation</c> for the organisation says what the organisation's own
/// <c>access</c> says.
/// </summary>
public abstract class SharingAccessAgreementTests(LeakFixtureBase f)
{
    private const string AsOrganisation = """
        query($id: ID!) { child(id: $id) { access { category basis restsOn since until } hasSocialWorker address { line1 } confidentialAddress { line1 }
          plans { objectives } strategyMeetings { id decisions { notes } contributions { agency } } consents { id } } }
        """;

    private const string Explain = "query($id: ID!, $org: String) { sharingExplanation(childId: $id, organisation: $org) { grants { category basis restsOn since until } } }";

    [Fact]
    public async Task Access_EveryLeakOrganisation_ListsExactlyTheVisibleCategoriesAndAgreesWithTheExplanation()
    {
        if (!f.Available) return; // PostgreSQL missing outside CI: the SQLite run still checks
        var world = f.World;
        var social = LeakCaller.For(world, Agency.SocialCare)[0];
        var rng = new Random(14);
        var pairs = 0;
        var organisations = Enum.GetValues<Agency>().SelectMany(a => LeakCaller.For(world, a))
            .Where(c => c.OrganisationId is not null && c.Councils.SequenceEqual(social.Councils)).ToList();
        Assert.Contains(organisations, c => c.Agency == Agency.Police);
        foreach (var caller in organisations)
        {
            var visible = world.Children.Where(c => f.Oracle.ChildVisible(c, RequestView.Plain(caller))).OrderBy(_ => rng.Next()).Take(6).ToList();
            foreach (var child in visible)
            {
                var id = GlobalId.Encode("Child", child.Id);
                var seen = await f.Host.RunAsync(LeakRunner.Token(caller), AsOrganisation, new { id });
                seen.AssertNoErrorsBut("NOT_AUTHORIZED");
                var access = seen.At("child.access")!.AsArray();
                var listed = access.Select(g => g!["category"]!.GetValue<string>()).ToHashSet();
                foreach (var (category, shown) in Shown(seen, child, world))
                    Assert.True(listed.Contains(category) == shown, $"{caller.Name}, child {child.Id}: {category} listed {listed.Contains(category)}, fields shown {shown}: {seen}");

                if (caller.Agency != Agency.SocialCare)
                {
                    var explained = await f.Host.RunAsync(LeakRunner.Token(social), Explain, new { id, org = caller.OrganisationId!.Value.ToString() });
                    explained.AssertNoErrors();
                    var grants = explained.At("sharingExplanation.grants")!.AsArray();
                    // An explanation stands for every practitioner of the organisation: another's emergency grant counts there only.
                    Assert.Equal(Entries(access, emergency: false), Entries(grants, emergency: false));
                    Assert.Subset(Entries(grants, emergency: true).ToHashSet(), Entries(access, emergency: true).ToHashSet());
                }
                pairs++;
            }
        }
        Assert.True(pairs > 60, $"only {pairs} pairs checked");
    }

    /// <summary>Each category whose fields can be observed on this child, and whether they came back (an error at them: hidden).</summary>
    private static IEnumerable<(string Category, bool Shown)> Shown(Response r, Person child, LeakWorld world)
    {
        bool Hidden(string path) => r.ErrorPaths("NOT_AUTHORIZED").Contains(path);
        yield return ("IDENTITY", true);
        yield return ("PROTECTION_STATUS", !Hidden("child.hasSocialWorker"));
        yield return ("CONTACT", !Hidden("child.address"));
        yield return ("CONFIDENTIAL_ADDRESS", !Hidden("child.confidentialAddress"));
        yield return ("ASSESSMENT_AND_CASE_NOTES", !Hidden("child.consents"));
        // Plan detail shows on plan rows, which need the full protection status: observable only where a plan comes back.
        if (r.At("child.plans") is JsonArray { Count: > 0 }) yield return ("PLAN_DETAIL", !Hidden("child.plans.0.objectives"));
        // Meetings: the child's strategy discussions show them; its conferences (not under Child) could open them too.
        if (!world.MeetingsOfChild[child.Id].Any()) yield break; // no meeting to observe them on (social care's grant holds regardless)
        var meetings = r.At("child.strategyMeetings") as JsonArray ?? [];
        var onlyDiscussions = world.MeetingsOfChild[child.Id].All(m => world.Meetings[m].Kind == MeetingKind.StrategyDiscussion);
        var schedule = meetings.Count > 0;
        var record = meetings.Select((_, i) => i).Any(i => !Hidden($"child.strategyMeetings.{i}.decisions"));
        var contributions = meetings.Any(m => m!["contributions"] is JsonArray { Count: > 0 });
        if (schedule || onlyDiscussions) yield return ("MEETING_SCHEDULE", schedule);
        if (record || onlyDiscussions) yield return ("MEETING_RECORD", record);
        if (contributions) yield return ("AGENCY_CONTRIBUTIONS", true);
    }

    private static List<string> Entries(JsonArray grants, bool emergency) => grants
        .Where(g => g!["basis"]!.GetValue<string>() == "EMERGENCY" == emergency)
        .Select(g => string.Join("|", g!["category"], g["basis"], g["restsOn"], g["since"], g["until"])).Order(StringComparer.Ordinal).ToList();
}

public sealed class SqliteSharingAccessAgreementTests(LeakFixture f) : SharingAccessAgreementTests(f), IClassFixture<LeakFixture>;

public sealed class PostgresSharingAccessAgreementTests(PostgresLeakFixture f) : SharingAccessAgreementTests(f), IClassFixture<PostgresLeakFixture>;
