using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Partnership.GraphQL.Tests.Differential;

/// <summary>A message the engine words differently from graphql-js on purpose, with the reason.</summary>
internal sealed record MessageDifference(Regex GraphqlJs, Regex Engine, string Reason);

/// <summary>
/// Corpus cases (a file, optionally one group) where the engine may answer differently, with the reason;
/// with <see cref="EngineMessage"/>, only when the engine's answer has an error matching it.
/// </summary>
internal sealed record CaseDifference(string File, string? Group, string Reason, Regex? EngineMessage = null)
{
    public bool Covers(CorpusCase corpusCase, JsonObject engineAnswer)
    {
        if (corpusCase.File != File || (Group is not null && corpusCase.Group != Group)) return false;
        if (EngineMessage is null) return true;
        foreach (var error in engineAnswer["errors"] as JsonArray ?? [])
        {
            if (error?["message"] is JsonValue message && EngineMessage.IsMatch(message.GetValue<string>())) return true;
        }
        return false;
    }
}

/// <summary>
/// The one place where the differential tests accept a difference from graphql-js 17.1.0. Each entry says why
/// (the specification section or the design decision). Everything not listed here must agree exactly.
/// </summary>
internal static class DeliberateDifferences
{
    /// <summary>Messages that may differ (only the text: validity, count, locations and paths must still agree).</summary>
    public static readonly IReadOnlyList<MessageDifference> Messages =
    [
    ];

    /// <summary>Whole cases whose answer may differ. Each is still run on both sides and reported in the test output.</summary>
    public static readonly IReadOnlyList<CaseDifference> Cases =
    [
        new("validation-defer-stream.jsonl", null,
            "The engine does not implement @defer/@stream, so it leaves out graphql-js 17's four defer/stream rules " +
            "(DeferStreamDirectiveOnRootField, DeferStreamDirectiveOnValidOperations, DeferStreamDirectiveLabel, " +
            "StreamDirectiveOnListField), which issue 2 requires only with @defer/@stream. graphql-js applies them to " +
            "any schema that declares directives named defer or stream; neither directive is in the September 2025 " +
            "specification. Remove this entry when @defer/@stream are implemented."),
        new("syntax.jsonl", "nesting limits",
            "The engine's parser limits nesting (selection sets, list and object values, list types) to " +
            "ParserOptions.DefaultMaxDepth = 500 levels, as issue 2 asks (\"limits on tokens and nesting depth, set by " +
            "options, so hostile documents fail fast\"); graphql-js 17 has no nesting limit. The runner keeps the " +
            "engine's defaults because that is what the hub serves.",
            new Regex("^Syntax Error: Document contains more than 500 levels of nesting\\. Parsing aborted\\.$")),
    ];

    public static CaseDifference? Explain(CorpusCase corpusCase, JsonObject engineAnswer)
    {
        foreach (var difference in Cases)
        {
            if (difference.Covers(corpusCase, engineAnswer)) return difference;
        }
        return null;
    }

    // Tolerances in how results are compared (not differences in what they contain), kept here so the whole
    // list of what is not compared byte for byte is in one place:
    // - Field errors from execution are compared as a set, sorted by path, message and location: the order of
    //   errors produced while executing fields is not defined by the specification (7.1.2 "Errors"; fields of a
    //   query may execute in parallel, 6.3.1). Request errors (syntax, validation, variable coercion, schema) are
    //   compared in order: graphql-js's order is deterministic (rule order, document order) and the engine runs
    //   the same rules in the same order in one traversal.
    // - Numbers are compared by value, not by spelling (1e+21 and 1E+21, 1.0 and 1): JSON does not tell them
    //   apart (RFC 8259 section 6).
    // - String escaping in the JSON lines is free (both sides' lines are parsed before they are compared).

    public static MessageDifference? Explain(string graphqlJsMessage, string engineMessage)
    {
        foreach (var difference in Messages)
        {
            if (difference.GraphqlJs.IsMatch(graphqlJsMessage) && difference.Engine.IsMatch(engineMessage)) return difference;
        }
        return null;
    }
}
