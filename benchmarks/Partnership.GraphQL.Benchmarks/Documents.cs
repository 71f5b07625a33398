using System.Buffers;
using System.Text.Json;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Benchmarks;

/// <summary>
/// The benchmark inputs, shared with the graphql-js script: the schema, three documents (small, the full
/// introspection query, a large query with hundreds of fields, fragments and variables), their variables and the
/// plain-data root value every field resolves from with the default resolver.
/// </summary>
public sealed class Documents
{
    public static readonly string[] Names = ["small", "introspection", "large"];

    private static readonly Lazy<Documents> Shared = new(() => new Documents());

    private Documents()
    {
        Sdl = Read("schema.graphql");
        Schema = SchemaBuilder.BuildSchema(Sdl);
        RootValue = (IReadOnlyDictionary<string, object?>)ToValue(JsonDocument.Parse(Read("root.json")).RootElement)!;
        foreach (var name in Names)
        {
            var text = Read(name + ".graphql");
            Text[name] = text;
            Parsed[name] = Parser.Parse(text);
            var variablesFile = Path.Combine(Folder, name + ".variables.json");
            Variables[name] = File.Exists(variablesFile)
                ? (IReadOnlyDictionary<string, object?>)ToValue(JsonDocument.Parse(File.ReadAllText(variablesFile)).RootElement)!
                : null;
        }
    }

    public static Documents Load() => Shared.Value;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "documents");

    public string Sdl { get; }
    public GraphQLSchema Schema { get; }
    public IReadOnlyDictionary<string, object?> RootValue { get; }
    public Dictionary<string, string> Text { get; } = [];
    public Dictionary<string, DocumentNode> Parsed { get; } = [];
    public Dictionary<string, IReadOnlyDictionary<string, object?>?> Variables { get; } = [];

    /// <summary>Writes a result as a server would send it, into a reused buffer.</summary>
    public static int Serialize(ExecutionResult result, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        result.WriteTo(writer);
        writer.Flush();
        return buffer.WrittenCount;
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    /// <summary>JSON as the engine's plain values: dictionaries, lists, strings, longs, doubles, booleans.</summary>
    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
