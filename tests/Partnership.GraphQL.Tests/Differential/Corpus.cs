using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>One hand-written corpus line: a protocol line plus what its author expects graphql-js to do.</summary>
internal sealed record CorpusCase(string File, int LineNumber, string Group, string Name, JsonObject Json)
{
    /// <summary>valid | invalid | syntax | errors | data | partial | schemaErrors (see tests/README.md).</summary>
    public string? Expect => (string?)Json["expect"];

    public IReadOnlyList<string> ExpectMessages => Json["expectMessage"] switch
    {
        null => [],
        JsonArray array => array.Select(m => (string)m!).ToList(),
        var single => [(string)single!],
    };

    public int? ExpectCount => (int?)Json["expectCount"];

    /// <summary>The line as both sides receive it (the harness's own keys stay: the protocol ignores unknown keys).</summary>
    public string ProtocolLine => Json.ToJsonString();

    public string Title => $"{File}:{LineNumber} [{Group}] {Name}";
}

/// <summary>The corpus files: Corpus/*.jsonl, with <c>"schema": "name"</c> expanded to the SDL of Corpus/Schemas/name.graphql.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> AllCases = new(Load);
    private static readonly Dictionary<string, string> SchemaCache = new(StringComparer.Ordinal);

    public static IReadOnlyList<CorpusCase> Cases => AllCases.Value;

    /// <summary>The schemas in Corpus/Schemas, by name (file name without extension).</summary>
    public static IReadOnlyList<string> SchemaNames =>
        Directory.GetFiles(DifferentialEnvironment.SchemaDirectory, "*.graphql")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    public static string Sdl(string schemaName)
    {
        lock (SchemaCache)
        {
            if (!SchemaCache.TryGetValue(schemaName, out var sdl))
            {
                sdl = File.ReadAllText(Path.Combine(DifferentialEnvironment.SchemaDirectory, schemaName + ".graphql"));
                SchemaCache[schemaName] = sdl;
            }
            return sdl;
        }
    }

    /// <summary>(file, group) pairs in corpus order: one test case each.</summary>
    public static TheoryData<string, string> Groups()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        foreach (var c in Cases)
        {
            if (seen.Add((c.File, c.Group))) data.Add(c.File, c.Group);
        }
        return data;
    }

    public static IReadOnlyList<CorpusCase> InGroup(string file, string group) =>
        Cases.Where(c => c.File == file && c.Group == group).ToList();

    private static IReadOnlyList<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var path in Directory.GetFiles(DifferentialEnvironment.CorpusDirectory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(lines[i])) continue;
                var json = JsonNode.Parse(lines[i]) as JsonObject
                           ?? throw new InvalidOperationException($"{file}:{i + 1} is not a JSON object.");
                if (json["schema"] is { } schema && json["sdl"] is null) json["sdl"] = Sdl((string)schema!);
                var group = (string?)json["group"] ?? throw new InvalidOperationException($"{file}:{i + 1} has no \"group\".");
                var name = (string?)json["name"] ?? throw new InvalidOperationException($"{file}:{i + 1} has no \"name\".");
                cases.Add(new CorpusCase(file, i + 1, group, name, json));
            }
        }
        return cases;
    }
}
