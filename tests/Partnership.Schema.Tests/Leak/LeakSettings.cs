namespace Partnership.Schema.Tests.Leak;

/// <summary>The leak run's knobs, from the environment (see Leak/README.md).</summary>
internal static class LeakSettings
{
    /// <summary>
    /// Requests per agency on SQLite: <c>PARTNERSHIP_LEAK_QUERIES</c>. The default is 40 because the hub costs about 0.05–0.7 s per
    /// generated request on SQLite with two cores (see Leak/README.md) and the whole Leak filter should stay under about four
    /// minutes; 10,000 per agency is the nightly figure.
    /// </summary>
    public static int QueriesPerAgency => Int("PARTNERSHIP_LEAK_QUERIES", 40);

    /// <summary>
    /// Requests per agency on PostgreSQL: <c>PARTNERSHIP_LEAK_PG_QUERIES</c>, default 20 — the same generator and oracle as on
    /// SQLite, kept small in CI because it proves the provider's translation of the same row rules, not new policy.
    /// </summary>
    public static int PostgresQueriesPerAgency => Int("PARTNERSHIP_LEAK_PG_QUERIES", 20);

    /// <summary>Steps of the mutating run (consent, withdrawal, emergency access, logs): <c>PARTNERSHIP_LEAK_MUTATIONS</c>, default 30.</summary>
    public static int Mutations => Int("PARTNERSHIP_LEAK_MUTATIONS", 30);

    /// <summary>Seed of the query generator: <c>PARTNERSHIP_LEAK_SEED</c>, default 20260331.</summary>
    public static int QuerySeed => Int("PARTNERSHIP_LEAK_SEED", 20260331);

    /// <summary>Seed of the generated world: <c>PARTNERSHIP_LEAK_DATA_SEED</c>, default 871.</summary>
    public static int DataSeed => Int("PARTNERSHIP_LEAK_DATA_SEED", 871);

    /// <summary>Requests run at once: <c>PARTNERSHIP_LEAK_PARALLEL</c>, default the processor count.</summary>
    public static int Parallel => Int("PARTNERSHIP_LEAK_PARALLEL", Environment.ProcessorCount);

    /// <summary>
    /// The readings the leak run checks with: the decided ones, and the oracle's own where nothing was decided, except that
    /// an undecided cell where the hub hides more than the oracle (housing's protection status by consent) is checked with the
    /// hub's reading so that other defects still show; PARTNERSHIP_LEAK_STRICT=1 checks the oracle's own readings throughout.
    /// </summary>
    public static OracleReadings Readings { get; } = Strict ? new() : new() { HousingStatusByConsent = false };

    /// <summary><c>PARTNERSHIP_LEAK_STRICT=1</c>: no reading of the policy author's is accepted where undecided.</summary>
    public static bool Strict => Environment.GetEnvironmentVariable("PARTNERSHIP_LEAK_STRICT") == "1";

    private static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;
}
