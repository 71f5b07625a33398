using System.Collections;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data.Paging;

namespace Partnership.Schema.Data.Projection;

/// <summary>What one slot of a projected row holds.</summary>
internal sealed class Slot(EntityField field, bool denied, long bit, RowPlan? child)
{
    public EntityField Field { get; } = field;
    /// <summary>The policy denied the field: nothing was read, resolving it is NOT_AUTHORIZED.</summary>
    public bool Denied { get; } = denied;
    /// <summary>Non-zero when the field is conditional: set in <see cref="EntityRow.Hidden"/> on rows where it is hidden.</summary>
    public long Bit { get; } = bit;
    /// <summary>The plan of a reference's or list's rows.</summary>
    public RowPlan? Child { get; } = child;
}

/// <summary>The shape of projected rows for one selection of one entity type: which response key is in which slot.</summary>
internal sealed class RowPlan(EntityType type)
{
    public EntityType Type { get; } = type;
    public Dictionary<string, int> SlotByKey { get; } = new(StringComparer.Ordinal);
    public List<Slot> Slots { get; } = [];
    /// <summary>The index of the hidden-field mask (after the field slots).</summary>
    public int MaskIndex => Slots.Count;
    /// <summary>Sort column values for cursors follow the mask (root plans of connections only).</summary>
    public int CursorColumns { get; set; }
    /// <summary>The row's key follows the mask (<see cref="DataOptions.ProjectKeys"/>).</summary>
    public bool HasKey { get; set; }
    /// <summary>A list is projected here or below (a reference's rows may hold lists): the query splits into one statement per list level.</summary>
    public bool HasLists
    {
        get
        {
            foreach (var slot in Slots)
                if (slot.Child is { } child && (slot.Field.Kind == EntityFieldKind.List || child.HasLists)) return true;
            return false;
        }
    }
    /// <summary>The index of the first appended column (cursor values, or a requested key).</summary>
    public int ExtraIndex => MaskIndex + (HasKey ? 2 : 1);
}

/// <summary>A projected row: the parent value of an entity type's fields.</summary>
internal sealed class EntityRow
{
    private EntityRow(RowPlan plan, object?[] values, long hidden)
    {
        Plan = plan;
        Values = values;
        Hidden = hidden;
    }

    public RowPlan Plan { get; }
    public EntityType Type => Plan.Type;
    public object?[] Values { get; }
    public long Hidden { get; }

    /// <summary>The key, when the query asked for it (node lookups).</summary>
    public object? Key { get; set; }

    /// <summary>The edge cursor (connections only).</summary>
    public string? Cursor { get; set; }

    /// <summary>Turns the materialised arrays into rows (nested arrays and lists into nested rows).</summary>
    public static EntityRow FromRaw(object?[] raw, RowPlan plan)
    {
        var values = new object?[plan.Slots.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var child = plan.Slots[i].Child;
            var value = raw[i];
            if (child is null || value is null) values[i] = value;
            else if (value is object?[] nested) values[i] = FromRaw(nested, child);
            else
            {
                var list = new List<EntityRow>();
                foreach (object?[] item in (IEnumerable)value) list.Add(FromRaw(item, child));
                values[i] = list;
            }
        }
        return new EntityRow(plan, values, raw[plan.MaskIndex] is long mask ? mask : 0L) { Key = plan.HasKey ? raw[plan.MaskIndex + 1] : null };
    }
}

/// <summary>The resolvers of entity fields: read the slot of the field's response key, enforce the policy's verdict.</summary>
internal static class EntityResolvers
{
    public static FieldResolver For(EntityField field) => ctx =>
    {
        if (ctx.Source is not EntityRow row)
            throw new InvalidOperationException($"\"{field}\" resolves only under a data field (connection, list, lookup or node).");
        var key = ctx.FieldNodes[0].ResponseKey;
        if (!row.Plan.SlotByKey.TryGetValue(key, out var index))
            throw new InvalidOperationException($"\"{field}\" was not projected for response key \"{key}\".");
        var slot = row.Plan.Slots[index];
        if (slot.Denied || (row.Hidden & slot.Bit) != 0) throw DataErrors.NotAuthorized(field);
        var value = row.Values[index];
        if (field.Kind == EntityFieldKind.Id && value is not null) value = GlobalId.Encode(row.Type.Name, value);
        if (field.Convert is { } convert) value = convert(value, ctx);
        return new ValueTask<object?>(value);
    };
}
