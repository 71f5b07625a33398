using Partnership.GraphQL.Cost;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;

namespace Partnership.Schema;

/// <summary>
/// The hub's limits on what one GraphQL request may cost (configuration section <c>GraphQL:Limits</c>); see
/// docs/security.md, "Cost and time". Each is checked by the engine before anything executes, except the timeout.
/// </summary>
public sealed class ExecutionLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>
    /// The largest estimated cost of one operation (<c>MAX_COST_EXCEEDED</c> above it); 0 turns the limit off.
    /// A page of 100 children with their plans and strategy meetings costs about 2,300; the deepest journey query about 1,300.
    /// </summary>
    public int MaxCost { get; set; } = 5_000;

    /// <summary>The most aliased fields in one document (<c>MAX_ALIASES_EXCEEDED</c>); 0 turns the limit off.</summary>
    public int MaxAliases { get; set; } = 20;

    /// <summary>The deepest field nesting an operation may select (<c>MAX_DEPTH_EXCEEDED</c>); 0 turns the limit off.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>The size assumed for a list field that declares none.</summary>
    public int DefaultListSize { get; set; } = CostOptions.DefaultDefaultListSize;

    /// <summary>How long a query or mutation may execute (<c>TIMEOUT</c>); zero turns the limit off.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The engine's options for <paramref name="schema"/> with these limits.</summary>
    public GraphQLExecutorOptions ToExecutorOptions(GraphQLSchema schema, bool exposeExceptionMessages = false) => new()
    {
        Schema = schema,
        ExposeExceptionMessages = exposeExceptionMessages,
        Cost = ToCostOptions(),
        ExecutionTimeout = ExecutionTimeout > TimeSpan.Zero ? ExecutionTimeout : null,
    };

    public CostOptions ToCostOptions() => new()
    {
        MaxCost = MaxCost > 0 ? MaxCost : null,
        MaxAliases = MaxAliases > 0 ? MaxAliases : null,
        MaxDepth = MaxDepth > 0 ? MaxDepth : null,
        DefaultListSize = DefaultListSize,
    };
}
