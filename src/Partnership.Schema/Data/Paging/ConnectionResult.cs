namespace Partnership.Schema.Data.Paging;

/// <summary>A resolved connection: the page's rows (each with its cursor), page info and, when selected, the total count.</summary>
internal sealed class ConnectionResult(IReadOnlyList<Projection.EntityRow> rows, PageInfo pageInfo, int? totalCount)
{
    public IReadOnlyList<Projection.EntityRow> Rows { get; } = rows;
    public PageInfo PageInfo { get; } = pageInfo;
    public int? TotalCount { get; } = totalCount;
}
