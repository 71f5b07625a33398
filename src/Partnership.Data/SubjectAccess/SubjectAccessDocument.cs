using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;

namespace Partnership.Data.SubjectAccess;

/// <summary>One stored field of a record, with its value as written out (a string, number, boolean or null) or withheld.</summary>
internal sealed record SarField(string Name, object? Value, bool Redacted = false)
{
    public const string Withheld = "[withheld]";
}

/// <summary>One stored row: its entity type, its id as written out, and every one of its fields in declaration order.</summary>
internal sealed record SarRecord(string Entity, string Id, IReadOnlyList<SarField> Fields)
{
    public object? this[string name] => Fields.Single(f => f.Name == name).Value;
}

/// <summary>The rows of one kind the hub holds about the child, with the data categories the sharing policy gives them (none: reference data).</summary>
internal sealed record SarSection(string Key, string Title, IReadOnlyList<InformationCategory> Categories, IReadOnlyList<SarRecord> Records);

/// <summary>What was withheld, where, and under which rule; never the withheld value itself.</summary>
internal sealed record SarRedaction(string Section, string RecordId, string Field, string Reason);

/// <summary>One audited access to the child: who, for which organisation, when, why, by which operation, and the routes per category.</summary>
internal sealed record SarAccess(
    long Sequence, DateTimeOffset OccurredAt, string Subject, string? PractitionerName, Agency Agency, string? Organisation,
    string Operation, string Purpose, IReadOnlyList<(InformationCategory Category, SharingRoute Route)> Items);

/// <summary>Everything one export writes out: the child's records, every access to them, and what was withheld.</summary>
internal sealed record SarDocument(
    Guid ChildId, DateTimeOffset GeneratedAt, long AuditSequence, string AuditHash, bool ConfidentialAddressWithheld,
    IReadOnlyList<SarSection> Sections, IReadOnlyList<SarAccess> Accesses, IReadOnlyList<SarRedaction> Redactions)
{
    public const string Format = "partnership-subject-access-v1";
}

/// <summary>
/// Turns a stored entity into a <see cref="SarRecord"/> from the EF model itself, so every mapped column is written out — a column
/// added later appears in the export without anyone having to remember it.
/// </summary>
internal static class SarRecords
{
    public static SarRecord From(PartnershipDbContext db, object entity, IReadOnlySet<string>? withhold = null)
    {
        var entry = db.Entry(entity);
        var properties = entry.Metadata.GetProperties()
            .OrderBy(p => p.PropertyInfo?.MetadataToken ?? int.MaxValue).ThenBy(p => p.Name, StringComparer.Ordinal);
        var fields = new List<SarField>();
        foreach (var p in properties)
        {
            var value = entry.Property(p.Name).CurrentValue;
            fields.Add(withhold?.Contains(p.Name) == true && value is not null
                ? new SarField(p.Name, SarField.Withheld, Redacted: true)
                : new SarField(p.Name, Scalar(value)));
        }
        // A key that includes another person's id (a meeting's other child) is written with that part withheld, like the field.
        var key = entry.Metadata.FindPrimaryKey()!.Properties
            .Select(p => withhold?.Contains(p.Name) == true ? SarField.Withheld : Text(entry.Property(p.Name).CurrentValue));
        return new SarRecord(entry.Metadata.ClrType.Name, string.Join("/", key), fields);
    }

    /// <summary>A record with one field's value replaced (a free-text field with a third party's name taken out).</summary>
    public static SarRecord With(SarRecord record, string field, object? value, bool redacted) =>
        record with { Fields = record.Fields.Select(f => f.Name == field ? new SarField(field, value, redacted) : f).ToList() };

    /// <summary>Values as JSON and HTML write them: text in invariant, unambiguous forms; numbers and booleans as themselves.</summary>
    public static object? Scalar(object? value) => value switch
    {
        null => null,
        bool or int or long or short or byte => value,
        double d => d,
        decimal m => m,
        string s => s,
        _ => Text(value),
    };

    public static string Text(object? value) => value switch
    {
        null => "",
        Guid g => g.ToString("D"),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
