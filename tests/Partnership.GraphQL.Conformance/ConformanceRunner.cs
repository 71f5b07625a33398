using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Conformance;

/// <summary>
/// The engine side of the conformance protocol (tests/README.md): one JSON line in, one JSON line out.
/// Builds and validates the schema from SDL as graphql-js's <c>buildSchema</c> + <c>validateSchema</c> do,
/// then parses, validates and executes with the default resolvers over the line's plain-JSON root value.
/// </summary>
public sealed class ConformanceRunner
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The protocol compares parsed JSON, so escaping style is free; relaxed keeps the lines readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ExecutionOptions ExposeMessages = new() { ExposeExceptionMessages = true };

    private readonly ConcurrentDictionary<string, SchemaOrErrors> _schemas = new(StringComparer.Ordinal);

    /// <summary>Runs one protocol line (<c>run</c> mode) and returns the answer line.</summary>
    public async Task<string> RunAsync(string line)
    {
        try
        {
            using var input = JsonDocument.Parse(line);
            var root = input.RootElement;
            var loaded = LoadSchema(GetString(root, "sdl") ?? "", validate: true);
            if (loaded.Errors is { } schemaErrors) return Write(w => WriteErrors(w, "schemaErrors", schemaErrors));
            var schema = loaded.Schema!;

            DocumentNode document;
            try
            {
                document = Parser.Parse(new Source(GetString(root, "query") ?? ""));
            }
            catch (GraphQLError syntaxError)
            {
                return Write(w => WriteErrors(w, "errors", [syntaxError]));
            }

            var validationErrors = DocumentValidator.Validate(schema, document);
            if (validationErrors.Count > 0) return Write(w => WriteErrors(w, "errors", validationErrors));
            if (root.TryGetProperty("validateOnly", out var validateOnly) && validateOnly.ValueKind == JsonValueKind.True)
            {
                return Write(w => w.WriteBoolean("valid", true));
            }

            var result = await Executor.ExecuteAsync(new ExecutionArgs
            {
                Schema = schema,
                Document = document,
                RootValue = GetMap(root, "rootValue"),
                VariableValues = GetMap(root, "variables"),
                OperationName = GetString(root, "operationName"),
                // graphql-js reports a resolver's exception message as is; the default resolvers here throw none,
                // but the protocol is graphql-js's behaviour, not the hub's safer default.
                Options = ExposeMessages,
            }).ConfigureAwait(false);
            return Write(w => WriteResult(w, result));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Not a protocol answer: the comparison shows it as a disagreement with the stack to route it.
            return Write(w => w.WriteString("internalError", exception.ToString()));
        }
    }

    /// <summary>Answers one <c>print-schema</c> line: <c>{"printed"}</c> or <c>{"schemaErrors"}</c>.</summary>
    public string PrintSchema(string line)
    {
        try
        {
            using var input = JsonDocument.Parse(line);
            var loaded = LoadSchema(GetString(input.RootElement, "sdl") ?? "", validate: false);
            if (loaded.Errors is { } errors) return Write(w => WriteErrors(w, "schemaErrors", errors));
            var printed = SchemaPrinter.PrintSchema(loaded.Schema!);
            return Write(w => w.WriteString("printed", printed));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Write(w => w.WriteString("internalError", exception.ToString()));
        }
    }

    private SchemaOrErrors LoadSchema(string sdl, bool validate)
    {
        var built = _schemas.GetOrAdd(sdl, static text =>
        {
            try
            {
                return new SchemaOrErrors(SchemaBuilder.BuildSchema(text), null);
            }
            catch (GraphQLError syntaxError)
            {
                return new SchemaOrErrors(null, [syntaxError]);
            }
            catch (SdlValidationException sdlErrors)
            {
                // graphql-js's buildSchema throws these joined into one message; the protocol keeps them apart,
                // with their locations (the oracle runs the same validateSDL first).
                return new SchemaOrErrors(null, sdlErrors.Errors);
            }
        });
        if (!validate || built.Schema is null || built.Validated) return built;
        var errors = SchemaValidator.Validate(built.Schema);
        var checkedSchema = errors.Count > 0 ? new SchemaOrErrors(null, errors) : built with { Validated = true };
        _schemas[sdl] = checkedSchema;
        return checkedSchema;
    }

    private static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors) WriteErrorArray(writer, "errors", errors);
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            if (result.Data is IResultWriter tree) tree.WriteTo(writer);
            else JsonValueWriter.Write(writer, result.Data);
        }
    }

    private static void WriteErrors(Utf8JsonWriter writer, string name, IReadOnlyList<GraphQLError> errors) =>
        WriteErrorArray(writer, name, errors);

    /// <summary>Errors as the protocol wants them: message, locations, path — extensions are the engine's own.</summary>
    private static void WriteErrorArray(Utf8JsonWriter writer, string name, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray(name);
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("locations");
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (error.Path is { } path)
            {
                writer.WriteStartArray("path");
                foreach (var segment in path)
                {
                    if (segment is int index) writer.WriteNumberValue(index);
                    else writer.WriteStringValue(segment.ToString());
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyDictionary<string, object?>? GetMap(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? JsonValues.ToMap(value) : null;

    private sealed record SchemaOrErrors(GraphQLSchema? Schema, IReadOnlyList<GraphQLError>? Errors)
    {
        public bool Validated { get; init; }
    }
}
