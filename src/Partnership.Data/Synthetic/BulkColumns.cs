using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Partnership.Data.Synthetic;

/// <summary>A table's columns as EF maps them: name, store type and a getter that applies the model's value converters.</summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public static BulkTable For(PartnershipDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => new BulkColumn(p.GetColumnName(table)!, p.GetColumnType(), p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToList();
        return new BulkTable(entity.GetTableName()!, columns);
    }
}

internal sealed record BulkColumn(string Name, string StoreType, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
{
    /// <summary>The value as the provider stores it (after enum-to-code, identifier and UTC converters).</summary>
    public object? ProviderValue(object entity)
    {
        var v = Getter.GetClrValue(entity);
        if (v is null) return null;
        return Mapping.Converter is { } c ? c.ConvertToProvider(v) : v;
    }
}
