using System.Text.Json;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Errors;

/// <summary>
/// An error as the GraphQL specification (section 7.1.2) and graphql-js shape it: a message,
/// the source locations of the AST nodes it concerns, the response path of the field that raised it,
/// and extensions (the hub always sets <c>extensions.code</c> for errors a client should act on).
/// </summary>
public class GraphQLError : Exception
{
    private IReadOnlyList<SourceLocation>? _locations;

    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
        : base(message, originalError)
    {
        Nodes = nodes ?? [];
        Path = path;
        Extensions = extensions;
    }

    public GraphQLError(string message, Node node, string? code = null)
        : this(message, [node], extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code })
    {
    }

    /// <summary>Error from a position in a source, for syntax errors.</summary>
    public GraphQLError(string message, Source source, int byteOffset, string? code = null)
        : this(message, extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code })
    {
        Source = source;
        Positions = [byteOffset];
    }

    /// <summary>The AST nodes the error concerns (may be empty).</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>The source for a positional (syntax) error.</summary>
    public new Source? Source { get; }

    /// <summary>Byte offsets in <see cref="Source"/> for a positional error.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>The response path: string keys and integer list indices.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The exception a resolver threw, if this error wraps one. Never serialized.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary><c>extensions.code</c>, when set.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>Locations computed from the nodes or the positions; empty when there are none.</summary>
    public IReadOnlyList<SourceLocation> Locations => _locations ??= ComputeLocations();

    private IReadOnlyList<SourceLocation> ComputeLocations()
    {
        if (Source is not null && Positions is not null)
        {
            var result = new SourceLocation[Positions.Count];
            for (int i = 0; i < result.Length; i++) result[i] = Source.GetLocation(Positions[i]);
            return result;
        }
        var list = new List<SourceLocation>(Nodes.Count);
        foreach (var node in Nodes)
        {
            if (node.Location is { } loc) list.Add(loc.Source.GetLocation(loc.Start));
        }
        return list;
    }

    /// <summary>
    /// This error with <c>extensions.code</c> = <paramref name="code"/>: the same instance when it already has a code
    /// (a more specific one set where the error arose), otherwise a copy that keeps everything else.
    /// </summary>
    public GraphQLError WithDefaultCode(string code)
    {
        if (Code is not null) return this;
        IReadOnlyDictionary<string, object?> extensions;
        if (Extensions is not { Count: > 0 } existing)
        {
            extensions = ErrorCodes.Extensions(code);
        }
        else
        {
            var merged = new Dictionary<string, object?>(existing.Count + 1, StringComparer.Ordinal);
            foreach (var (key, value) in existing) merged[key] = value;
            merged["code"] = code;
            extensions = merged;
        }
        return new GraphQLError(this, extensions);
    }

    private GraphQLError(GraphQLError other, IReadOnlyDictionary<string, object?> extensions)
        : base(other.Message, other.InnerException)
    {
        Nodes = other.Nodes;
        Source = other.Source;
        Positions = other.Positions;
        Path = other.Path;
        Extensions = extensions;
        _locations = other._locations;
    }

    /// <summary>A copy of this error at a response path (used when a resolver error reaches the executor).</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, path, Extensions, InnerException);

    /// <summary>Writes the error as the response format requires: message, locations, path, extensions.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        var locations = Locations;
        if (locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var l in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (Path is { } path)
        {
            writer.WriteStartArray("path");
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, extensions);
        }
        writer.WriteEndObject();
    }

    public override string ToString()
    {
        var locations = Locations;
        return locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))})";
    }
}
