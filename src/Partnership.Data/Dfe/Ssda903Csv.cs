using System.Text;

namespace Partnership.Data.Dfe;

/// <summary>A CSV record with the line it starts on (1-based, the column row being line 1).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 CSV as the SSDA903 tables are exchanged: comma-separated, optional double quotes, CRLF or LF.</summary>
internal static class Ssda903Csv
{
    /// <summary>The records of <paramref name="text"/>; an unterminated quote is reported as the error and ends the reading.</summary>
    public static (List<CsvRecord> Records, string? Error, int ErrorLine) Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted) return (records, "A quoted value is not closed before the end of the file.", recordLine);
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRecord();
        }
        return (records, null, 0);

        void AddRecord()
        {
            // A blank line (often the last) is not a record.
            if (!(fields.Count == 1 && fields[0].Trim().Length == 0)) records.Add(new CsvRecord(recordLine, fields.Select(f => f.Trim()).ToList()));
            fields = [];
        }
    }

    /// <summary>One table: the column row, then the rows, CRLF line ends, quoting only where a value needs it.</summary>
    public static string Write(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', columns.Select(Quote))).Append("\r\n");
        foreach (var row in rows) sb.Append(string.Join(',', row.Select(v => Quote(v ?? "")))).Append("\r\n");
        return sb.ToString();
    }

    private static string Quote(string v) =>
        v.IndexOfAny([',', '"', '\r', '\n']) < 0 ? v : $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
