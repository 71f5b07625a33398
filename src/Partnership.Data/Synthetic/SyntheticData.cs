using System.Diagnostics;

namespace Partnership.Data.Synthetic;

/// <summary>One council in a preset: DfE code, name, number of children, hubs, postcode districts, whether a diverse town.</summary>
internal sealed record CouncilSpec(string Code, string Name, int Children, int Hubs, string Town, string[] Postcodes, bool Diverse, string Lpa);

/// <summary>
/// Deterministic synthetic councils: the same preset and seed always give the same rows (same ids), so tests and Relay ids are stable.
/// Presets: <c>test</c> (two small councils), <c>slough</c> (about 38,000 children, 16 hubs), <c>berkshire</c> (the six councils 867–872),
/// <c>thames-valley</c> (about half a million children).
/// </summary>
public static class SyntheticData
{
    public static readonly IReadOnlyList<string> Presets = ["test", "slough", "berkshire", "thames-valley"];

    /// <summary>
    /// The "today" of a generated world unless another is given: generation never reads the clock, so a (preset, seed, as-of)
    /// always gives the same rows. A hub seeds at its own today (<c>Data:SeedAsOf</c>), so its "upcoming" lists are upcoming.
    /// </summary>
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    private static readonly CouncilSpec Slough = new("871", "Slough", 38_000, 16, "Slough", ["SL1", "SL2", "SL3"], true, "Slough LPA");
    private static readonly CouncilSpec Reading = new("870", "Reading", 37_000, 10, "Reading", ["RG1", "RG2", "RG4", "RG30", "RG31"], true, "Reading LPA");
    private static readonly CouncilSpec[] Berkshire =
    [
        new("867", "Bracknell Forest", 28_000, 6, "Bracknell", ["RG12", "RG42", "GU47"], false, "Bracknell and Wokingham LPA"),
        new("868", "Windsor and Maidenhead", 33_000, 7, "Maidenhead", ["SL4", "SL6"], false, "Windsor and Maidenhead LPA"),
        new("869", "West Berkshire", 35_000, 7, "Newbury", ["RG14", "RG18", "RG19", "RG20"], false, "West Berkshire LPA"),
        Reading,
        Slough,
        new("872", "Wokingham", 38_000, 7, "Wokingham", ["RG40", "RG41", "RG10"], false, "Bracknell and Wokingham LPA"),
    ];
    private static readonly CouncilSpec[] OtherThamesValley =
    [
        new("931", "Oxfordshire", 142_000, 20, "Oxford", ["OX1", "OX2", "OX3", "OX4", "OX14", "OX16"], false, "Oxford LPA"),
        new("825", "Buckinghamshire", 115_000, 16, "Aylesbury", ["HP19", "HP20", "HP11", "HP13", "SL7"], false, "Buckinghamshire LPA"),
        new("826", "Milton Keynes", 64_000, 10, "Milton Keynes", ["MK1", "MK6", "MK9", "MK10", "MK13"], true, "Milton Keynes LPA"),
    ];

    internal static IReadOnlyList<CouncilSpec> Councils(string preset) => preset.ToLowerInvariant() switch
    {
        "test" => [Slough with { Children = 240, Hubs = 4 }, Reading with { Children = 120, Hubs = 2 }],
        "slough" => [Slough],
        "berkshire" => Berkshire,
        "thames-valley" => [.. Berkshire, .. OtherThamesValley],
        _ => throw new ArgumentException($"Unknown preset '{preset}'; use one of {string.Join(", ", Presets)}.", nameof(preset)),
    };

    /// <summary>
    /// Generates a preset in memory, as it stands on <paramref name="asOf"/> (default <see cref="AsOf"/>): five years of history
    /// before it, meetings and conferences booked after it. Deterministic in (<paramref name="preset"/>, <paramref name="seed"/>, as-of).
    /// </summary>
    public static SyntheticDataSet Generate(string preset, int seed = 871, DateOnly? asOf = null)
    {
        var specs = Councils(preset);
        var set = new SyntheticDataSet { Preset = preset.ToLowerInvariant(), Seed = seed, AsOf = asOf ?? AsOf };
        var shared = new SharedState();
        foreach (var spec in specs)
            new CouncilGenerator(set, spec, seed, shared).Generate();
        return set;
    }

    /// <summary>Generates and reports how long it took.</summary>
    public static (SyntheticDataSet Set, TimeSpan Elapsed) GenerateTimed(string preset, int seed = 871, DateOnly? asOf = null)
    {
        var sw = Stopwatch.StartNew();
        var set = Generate(preset, seed, asOf);
        return (set, sw.Elapsed);
    }
}

/// <summary>State shared across councils of one preset (identifier ranges must not collide).</summary>
internal sealed class SharedState
{
    /// <summary>Next candidate in the 999 test range of NHS numbers.</summary>
    public long NhsCursor;
    public int IdentifierSerial;
    public readonly Dictionary<string, Model.Organisation> PolicingAreas = new();
    public Model.Organisation? ForceMash;
    /// <summary>Staff by organisation, across councils (a policing area can serve two).</summary>
    public readonly Dictionary<Guid, List<Model.Practitioner>> Staff = [];
}
