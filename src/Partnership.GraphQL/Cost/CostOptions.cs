namespace Partnership.GraphQL.Cost;

/// <summary>
/// The limits a <see cref="Execution.GraphQLExecutor"/> enforces after an operation is selected and its variables
/// coerced, before anything executes. Every limit is off (null) by default, so the engine behaves as graphql-js;
/// a host turns on the ones it wants.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The default of <see cref="DefaultListSize"/>.</summary>
    public const int DefaultDefaultListSize = 10;

    /// <summary>The largest cost (<see cref="CostAnalysis"/>) an operation may have; more is <c>MAX_COST_EXCEEDED</c>. Null: no limit.</summary>
    public int? MaxCost { get; init; }

    /// <summary>The most aliased fields a document may have; more is <c>MAX_ALIASES_EXCEEDED</c>. Null: no limit.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The deepest field nesting an operation may select (a root field is 1); deeper is <c>MAX_DEPTH_EXCEEDED</c>. Null: no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The size of a list field that declares none (<see cref="Types.FieldDefinition.ListSize"/>).</summary>
    public int DefaultListSize { get; init; } = DefaultDefaultListSize;

    /// <summary>True when a limit needs the operation's cost or depth.</summary>
    internal bool Enabled => MaxCost is not null || MaxDepth is not null;
}
