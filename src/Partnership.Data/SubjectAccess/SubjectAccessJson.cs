using System.Text.Encodings.Web;
using System.Text.Json;

namespace Partnership.Data.SubjectAccess;

/// <summary>
/// The machine-readable half of the export (UK GDPR Article 15(3): a copy, in a commonly used electronic form when asked for
/// electronically). Fields keep their stored names and appear whether empty or not, so the reader sees every column held.
/// </summary>
internal static class SubjectAccessJson
{
    public static byte[] Write(SarDocument doc)
    {
        using var buffer = new MemoryStream();
        // Names outside ASCII stay readable; the file is never embedded in a page, so HTML-sensitive characters need no escaping.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", SarDocument.Format);
            w.WriteString("childId", doc.ChildId);
            w.WriteString("generatedAt", SarRecords.Text(doc.GeneratedAt));
            w.WriteStartObject("audit");
            w.WriteNumber("sequence", doc.AuditSequence);
            w.WriteString("hash", doc.AuditHash);
            w.WriteEndObject();
            w.WriteBoolean("confidentialAddressWithheld", doc.ConfidentialAddressWithheld);

            w.WriteStartArray("sections");
            foreach (var section in doc.Sections)
            {
                w.WriteStartObject();
                w.WriteString("key", section.Key);
                w.WriteString("title", section.Title);
                w.WriteStartArray("categories");
                foreach (var c in section.Categories) w.WriteStringValue(c.ToString());
                w.WriteEndArray();
                w.WriteStartArray("records");
                foreach (var record in section.Records) WriteRecord(w, record);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("accesses");
            foreach (var a in doc.Accesses)
            {
                w.WriteStartObject();
                w.WriteNumber("sequence", a.Sequence);
                w.WriteString("occurredAt", SarRecords.Text(a.OccurredAt));
                w.WriteString("subject", a.Subject);
                w.WriteString("practitioner", a.PractitionerName);
                w.WriteString("agency", a.Agency.ToString());
                w.WriteString("organisation", a.Organisation);
                w.WriteString("operation", a.Operation);
                w.WriteString("purpose", a.Purpose);
                w.WriteStartArray("items");
                foreach (var (category, route) in a.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("category", category.ToString());
                    w.WriteString("route", route.ToString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("redactions");
            foreach (var r in doc.Redactions)
            {
                w.WriteStartObject();
                w.WriteString("section", r.Section);
                w.WriteString("recordId", r.RecordId);
                w.WriteString("field", r.Field);
                w.WriteString("reason", r.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteRecord(Utf8JsonWriter w, SarRecord record)
    {
        w.WriteStartObject();
        w.WriteString("entity", record.Entity);
        w.WriteString("id", record.Id);
        w.WriteStartObject("fields");
        foreach (var f in record.Fields)
        {
            w.WritePropertyName(f.Name);
            switch (f.Value)
            {
                case null: w.WriteNullValue(); break;
                case bool b: w.WriteBooleanValue(b); break;
                case int i: w.WriteNumberValue(i); break;
                case long l: w.WriteNumberValue(l); break;
                case short s: w.WriteNumberValue(s); break;
                case byte y: w.WriteNumberValue(y); break;
                case double d: w.WriteNumberValue(d); break;
                case decimal m: w.WriteNumberValue(m); break;
                default: w.WriteStringValue(SarRecords.Text(f.Value)); break;
            }
        }
        w.WriteEndObject();
        w.WriteStartArray("withheld");
        foreach (var f in record.Fields.Where(f => f.Redacted)) w.WriteStringValue(f.Name);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
