using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Partnership.GraphQL.AspNetCore.Persisted;

/// <summary>Reads the trusted-documents manifest and checks that every hash is the SHA-256 of its document.</summary>
internal static class TrustedDocumentManifest
{
    public const string Sha256Prefix = "sha256:";

    /// <summary>The documents of the file at <paramref name="path"/> by lower-case hex hash; throws <see cref="InvalidDataException"/> with a clear message.</summary>
    public static Dictionary<string, string> Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"The trusted-documents file '{path}' does not exist.");
        JsonDocument json;
        try { json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 }); }
        catch (JsonException e) { throw new InvalidDataException($"The trusted-documents file '{path}' is not valid JSON: {e.Message}"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"The trusted-documents file '{path}' must hold a JSON object mapping hashes to documents.");
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
            {
                // Apollo's persisted-query manifest: {"format": "apollo-persisted-query-manifest", "operations": [{"id", "body"}]}.
                foreach (var operation in operations.EnumerateArray())
                {
                    if (operation.ValueKind != JsonValueKind.Object
                        || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                        || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
                        throw new InvalidDataException($"The trusted-documents file '{path}' has an operation without a string \"id\" and \"body\".");
                    Add(documents, path, id.GetString()!, body.GetString()!);
                }
                return documents;
            }
            foreach (var entry in root.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                    throw new InvalidDataException($"The trusted-documents file '{path}': the value of \"{entry.Name}\" must be the document's text.");
                Add(documents, path, entry.Name, entry.Value.GetString()!);
            }
            return documents;
        }
    }

    private static void Add(Dictionary<string, string> documents, string path, string key, string document)
    {
        var hash = NormaliseHash(key)
                   ?? throw new InvalidDataException($"The trusted-documents file '{path}': \"{Shorten(key)}\" is not a SHA-256 hash (64 hex digits, optionally after \"sha256:\").");
        if (Sha256Hex(document) != hash)
            throw new InvalidDataException($"The trusted-documents file '{path}': the hash {hash} is not the SHA-256 of its document (UTF-8, as written).");
        documents[hash] = document;
    }

    /// <summary>The lower-case hex of a 64-digit hash, with or without the <c>sha256:</c> prefix; null when it is not one.</summary>
    public static string? NormaliseHash(string value)
    {
        if (value.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase)) value = value[Sha256Prefix.Length..];
        if (value.Length != 64) return null;
        foreach (var c in value)
            if (!char.IsAsciiHexDigit(c)) return null;
        return value.ToLowerInvariant();
    }

    /// <summary>The SHA-256 of the document's UTF-8 bytes, as lower-case hex (what Apollo clients and graphql-codegen send).</summary>
    public static string Sha256Hex(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static string Shorten(string key) => key.Length <= 80 ? key : key[..80] + "…";
}
