namespace Partnership.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/> (graphql-js <c>ParseOptions</c> plus a nesting limit).</summary>
public sealed class ParserOptions
{
    /// <summary>The default: locations kept, nesting limited to <see cref="DefaultMaxDepth"/>.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// The default nesting limit. Deep enough for any real document (the introspection query nests about 20
    /// levels), shallow enough that the recursive parser and the phases after it never run out of stack.
    /// </summary>
    public const int DefaultMaxDepth = 500;

    /// <summary>When true, nodes get no <see cref="Location"/> (graphql-js <c>noLocation</c>).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// The most lexical tokens (comments excluded) a document may have; null for no limit. Exceeding it fails with
    /// graphql-js's <c>Syntax Error: Document contains more than {n} tokens. Parsing aborted.</c>
    /// </summary>
    public int? MaxTokens { get; init; }

    /// <summary>The most comments a document may have (graphql-js <c>maxComments</c>); null for no limit.</summary>
    public int? MaxComments { get; init; }

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types; null for no limit.
    /// Exceeding it fails with <c>Syntax Error: Document contains more than {n} levels of nesting. Parsing aborted.</c>
    /// </summary>
    public int? MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// Whether <c>{ }</c> is a valid selection set. graphql-js 17 accepts it by default (graphql-spec PR 1227);
    /// false restores <c>SelectionSet : { Selection+ }</c>.
    /// </summary>
    public bool AllowEmptySelectionSets { get; init; } = true;
}
