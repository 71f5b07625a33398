using System.Text.Json;
using Partnership.Data.Synthetic;
using Xunit.Abstractions;

namespace Partnership.Data.Tests.Synthetic;

/// <summary>The one full-size generation in the unit tests: Slough's proportions should look like a real council's.</summary>
public sealed class SloughPresetTests(ITestOutputHelper output)
{
    [Fact]
    public void Generate_Slough_RealisticScaleAndProportions()
    {
        var (set, elapsed) = SyntheticData.GenerateTimed("slough");
        var s = SyntheticSummary.Of(set);
        output.WriteLine($"generated in {elapsed.TotalSeconds:F1}s, {set.RowCount} rows");
        output.WriteLine(JsonSerializer.Serialize(s, new JsonSerializerOptions { WriteIndented = true }));

        Assert.InRange(s.Children, 37_500, 38_500);
        Assert.Equal(16, s.Hubs);
        // England 2024 rates per 10,000 children: CIN ~330, CP ~42, looked after ~70, referrals ~540 a year.
        Assert.InRange(s.ChildrenInNeedPer10k, 200, 500);
        Assert.InRange(s.ChildProtectionPer10k, 25, 70);
        Assert.InRange(s.LookedAfterPer10k, 35, 110);
        Assert.InRange(s.ReferralsPer10kPerYear, 350, 750);
        Assert.InRange(s.Section47Per10kPerYear, 100, 280);
        Assert.InRange(s.InitialConferencesPer10kPerYear, 40, 110);
        Assert.InRange(s.ConfidentialAddresses, 10, 400);
        Assert.True(s.WithdrawnConsents > 0 && s.WithdrawnConsents < s.Consents / 4);
        Assert.True(s.UnbornChildren > 0);
    }
}
