using System.Text;

namespace Partnership.Schema.Journeys;

/// <summary>How strong a match held for review is: coarse on purpose, so the band does not tell which fields agreed.</summary>
public enum MatchBand { High, Medium, Low }

/// <summary>
/// Fellegi–Sunter record linkage for housing's household members against people the hub knows. Each compared field adds
/// log2(m/u) when it agrees and log2((1−m)/(1−u)) when it disagrees (nothing when either side lacks it), where m is the
/// chance the field agrees for the same person and u the chance it agrees by coincidence for two different people.
/// The weights and thresholds are documented in docs/journeys/housing.md.
/// </summary>
internal static class FellegiSunter
{
    /// <summary>(m, u) per field. u for date of birth ≈ 1/(18×365) children's birthdays; names from the frequency of common names; postcodes from households per postcode.</summary>
    public static readonly (string Field, double M, double U)[] Parameters =
    [
        ("givenName", 0.95, 0.01),
        ("familyName", 0.95, 0.005),
        ("dateOfBirth", 0.97, 0.00015),
        ("postcode", 0.85, 0.001),
    ];

    /// <summary>At or above: linked automatically (when also <see cref="Margin"/> clear of the next candidate).</summary>
    public const double AutoLink = 20;

    /// <summary>At or above (and not linked automatically): held for review. Below: rejected, no link.</summary>
    public const double Review = 8;

    /// <summary>How far the best candidate must lead the second to link automatically (twins share all but a given name).</summary>
    public const double Margin = 10;

    /// <summary>At or above (and below <see cref="AutoLink"/>): a review item's band is MEDIUM; below, LOW.</summary>
    public const double MediumBand = 14;

    public enum Decision { AutoLink, Review, Reject }

    /// <summary>HIGH: ≥ <see cref="AutoLink"/> but too close to another candidate; MEDIUM: ≥ <see cref="MediumBand"/>; LOW: the rest of the review range.</summary>
    public static MatchBand BandOf(double weight) => weight >= AutoLink ? MatchBand.High : weight >= MediumBand ? MatchBand.Medium : MatchBand.Low;

    public sealed record Record(string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Postcode);

    public static double AgreeWeight(int field) => Math.Log2(Parameters[field].M / Parameters[field].U);

    public static double DisagreeWeight(int field) => Math.Log2((1 - Parameters[field].M) / (1 - Parameters[field].U));

    /// <summary>The match weight of two records.</summary>
    public static double Weight(Record a, Record b)
    {
        var w = 0.0;
        w += Compare(0, Normalise(a.GivenName), Normalise(b.GivenName));
        w += Compare(1, Normalise(a.FamilyName), Normalise(b.FamilyName));
        w += Compare(2, a.DateOfBirth?.ToString("yyyy-MM-dd"), b.DateOfBirth?.ToString("yyyy-MM-dd"));
        w += Compare(3, NormalisePostcode(a.Postcode), NormalisePostcode(b.Postcode));
        return Math.Round(w, 2);
    }

    /// <summary>The decision for the best candidate given the weights of all candidates (any order).</summary>
    public static Decision Decide(IReadOnlyList<double> weights)
    {
        if (weights.Count == 0) return Decision.Reject;
        var sorted = weights.OrderByDescending(w => w).ToList();
        var best = sorted[0];
        var second = sorted.Count > 1 ? sorted[1] : double.NegativeInfinity;
        if (best >= AutoLink && best - second >= Margin) return Decision.AutoLink;
        return best >= Review ? Decision.Review : Decision.Reject;
    }

    private static double Compare(int field, string? a, string? b) =>
        string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) ? 0 : a == b ? AgreeWeight(field) : DisagreeWeight(field);

    /// <summary>Upper-case letters only, accents removed ("O'Brien" = "OBRIEN", "Zoë" = "ZOE").</summary>
    internal static string? Normalise(string? name)
    {
        if (name is null) return null;
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (!char.IsLetter(ch)) continue;
            var upper = char.ToUpperInvariant(ch);
            // Fold Latin accents by table: the host may run with invariant globalization, where Normalize does not decompose.
            var at = Accented.IndexOf(upper);
            sb.Append(at >= 0 ? Plain[at] : upper);
        }
        return sb.ToString();
    }

    private const string Accented = "ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠŢŤŦÙÚÛÜŨŪŬŮŰŲŴÝŶŸŹŻŽ";
    private const string Plain = "AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKLLLLLNNNNOOOOOOOOORRRSSSSTTTUUUUUUUUUUWYYYZZZ";

    internal static string? NormalisePostcode(string? postcode) =>
        postcode is null ? null : new string(postcode.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
