using System.Collections;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Audit;

/// <summary>One returned row's category: entity type name, row key and the category of a field whose value was returned.</summary>
internal readonly record struct RowAccess(string Entity, object Key, InformationCategory Category);

/// <summary>
/// Collects, per request, what the data fields returned: every projected row's visible, non-null fields by category
/// (rows carry their keys, see <c>DataOptions.ProjectKeys</c>). Denied and hidden fields are not counted: the caller did not
/// receive them. Thread-safe, as root fields may resolve concurrently.
/// </summary>
public sealed class AccessCollector
{
    /// <summary>The key under which the request's collector is kept in the request's context data.</summary>
    public const string ContextKey = "partnership.access";

    private readonly Lock _lock = new();
    private readonly HashSet<RowAccess> _rows = [];
    private readonly List<string> _rootFields = [];
    private readonly HashSet<(Guid Child, InformationCategory Category)> _direct = [];

    internal IReadOnlyCollection<RowAccess> Rows => _rows;
    internal IReadOnlyCollection<(Guid Child, InformationCategory Category)> Direct => _direct;
    public IReadOnlyList<string> RootFields => _rootFields;

    public bool IsEmpty { get { lock (_lock) return _rows.Count == 0 && _direct.Count == 0; } }

    /// <summary>The name of the operation that ran, as the document gives it.</summary>
    public string? OperationName { get; private set; }

    /// <summary>The recorder of one field built by <see cref="AuditedFields"/> (the only caller): what it reports is attributed to that field.</summary>
    internal static FieldAudit For(IResolveFieldContext ctx, string field) => new(Of(ctx), field);

    private static AccessCollector? Of(IResolveFieldContext ctx)
    {
        if (!ctx.ContextData.TryGetValue(ContextKey, out var value) || value is not AccessCollector collector) return null;
        collector.OperationName ??= ctx.Operation.Name?.Value;
        return collector;
    }

    /// <summary>Records the rows a data field returned (an <see cref="EntityRow"/>, a list of them or a connection).</summary>
    private void AddResult(string rootField, object? result)
    {
        lock (_lock)
        {
            if (!_rootFields.Contains(rootField)) _rootFields.Add(rootField);
            Walk(result);
        }
    }

    /// <summary>Records data about a child returned outside the entity rows (for example a mutation's own answer).</summary>
    private void AddDirect(string rootField, Guid child, InformationCategory category)
    {
        lock (_lock)
        {
            if (!_rootFields.Contains(rootField)) _rootFields.Add(rootField);
            _direct.Add((child, category));
        }
    }

    private void Walk(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case EntityRow row:
                WalkRow(row);
                return;
            case ConnectionResult connection:
                foreach (var r in connection.Rows) WalkRow(r);
                return;
            case IEnumerable list and not string:
                foreach (var item in list) Walk(item);
                return;
        }
    }

    private void WalkRow(EntityRow row)
    {
        var slots = row.Plan.Slots;
        for (int i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            if (slot.Denied || (row.Hidden & slot.Bit) != 0) continue;
            var value = row.Values[i];
            if (value is null || value is ICollection { Count: 0 }) continue;
            if (slot.Field.Category is InformationCategory category && row.Key is { } key) _rows.Add(new RowAccess(row.Type.Name, key, category));
            if (slot.Child is not null) Walk(value);
        }
    }

    /// <summary>
    /// What one audited field records. Private to the collector's recording, so a resolver records only through the field
    /// <see cref="AuditedFields"/> built; a request without a collector (no caller) records nothing.
    /// </summary>
    internal sealed class FieldAudit(AccessCollector? collector, string field)
    {
        /// <summary>The entity rows the field returned (an <see cref="EntityRow"/>, a list of them or a connection).</summary>
        public void Rows(object? result) => collector?.AddResult(field, result);

        /// <summary>A category of a child's data the field returned or wrote outside entity rows.</summary>
        public void Child(Guid child, InformationCategory category) => collector?.AddDirect(field, child, category);
    }
}
