namespace Partnership.GraphQL.Types;

/// <summary>
/// How many items a list field returns, for cost analysis (the GraphQL cost directive spec's <c>@listSize</c>):
/// the value of the first slicing argument the request gives (<c>first</c>, <c>last</c>), else
/// <see cref="AssumedSize"/>, else the analyser's default. With <see cref="SizedFields"/> the field is a page (a
/// connection) and the size applies to those child lists (<c>edges</c>, <c>nodes</c>) rather than to the field itself.
/// </summary>
public sealed record ListSize
{
    /// <summary>The size when no slicing argument is given (a page's default size, a declared bound).</summary>
    public int? AssumedSize { get; init; }

    /// <summary>Arguments whose value is the number of items returned; the largest given one counts.</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    /// <summary>Child fields the size applies to (a connection's <c>edges</c> and <c>nodes</c>); empty for the field itself.</summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    /// <summary>A list of at most <paramref name="size"/> items.</summary>
    public static ListSize Assumed(int size) => new() { AssumedSize = size };

    /// <summary>A Relay connection: <c>first</c>/<c>last</c>, else <paramref name="defaultPageSize"/>, sizing <c>edges</c> and <c>nodes</c>.</summary>
    public static ListSize Connection(int defaultPageSize) => new()
    {
        AssumedSize = defaultPageSize,
        SlicingArguments = ["first", "last"],
        SizedFields = ["edges", "nodes"],
    };
}
