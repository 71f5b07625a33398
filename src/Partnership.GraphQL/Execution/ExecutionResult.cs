using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Execution;

/// <summary>Why a request produced no data, so a transport can pick its status code.</summary>
public enum RequestFailure
{
    /// <summary>The request executed (data present, possibly null with field errors).</summary>
    None,
    /// <summary>The document did not parse.</summary>
    Syntax,
    /// <summary>The document failed validation.</summary>
    Validation,
    /// <summary>No operation could be selected (none, several without a name, unknown name).</summary>
    OperationSelection,
    /// <summary>The operation's type is not allowed on this transport path (for example a mutation over GET).</summary>
    OperationNotAllowed,
    /// <summary>Variable values could not be coerced.</summary>
    VariableCoercion,
    /// <summary>The request was refused before execution for another reason (authentication, limits).</summary>
    Refused,
}

/// <summary>The result of a request: <c>data</c>, <c>errors</c>, <c>extensions</c>.</summary>
public sealed class ExecutionResult
{
    /// <summary>The data map, or null: either the request failed before execution (<see cref="Failure"/> is not None)
    /// or null propagated to the root.</summary>
    public object? Data { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public RequestFailure Failure { get; init; }

    /// <summary>The type of the operation that was selected, when one was.</summary>
    public OperationType? OperationType { get; init; }

    /// <summary>True when execution started, so the response has a <c>data</c> member (possibly null).</summary>
    public bool HasData => Failure == RequestFailure.None;

    public static ExecutionResult FromErrors(RequestFailure failure, params GraphQLError[] errors) =>
        new() { Failure = failure, Errors = errors };

    /// <summary>Writes the response object in graphql-js order: errors, data, extensions.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is { Count: > 0 } errors)
        {
            writer.WriteStartArray("errors");
            foreach (var error in errors) error.WriteTo(writer);
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            if (Data is IResultWriter resultWriter) resultWriter.WriteTo(writer);
            else JsonValueWriter.Write(writer, Data);
        }
        if (Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, extensions);
        }
        writer.WriteEndObject();
    }
}

/// <summary>A result value that writes itself (the executor's result tree).</summary>
public interface IResultWriter
{
    void WriteTo(Utf8JsonWriter writer);
}
