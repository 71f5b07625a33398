using System.Globalization;

namespace Partnership.Data.Dfe;

internal enum Ssda903ColumnKind { String, Date, Category, Numeric }

/// <summary>One column of an SSDA903 table as the DfE specification defines it.</summary>
internal sealed record Ssda903Column(string Name, Ssda903ColumnKind Kind, IReadOnlySet<string> Codes, bool CanBeBlank)
{
    /// <summary>Every date in the 2024 specification is "%d/%m/%Y".</summary>
    public const string DateFormat = "dd/MM/yyyy";

    /// <summary>Why <paramref name="value"/> does not fit the column, or null when it does.</summary>
    public string? Check(string value)
    {
        if (value.Length == 0) return CanBeBlank ? null : $"{Name} must not be blank.";
        return Kind switch
        {
            Ssda903ColumnKind.Date when !TryDate(value, out _) => $"{Name} '{value}' is not a date as dd/mm/yyyy.",
            Ssda903ColumnKind.Category when !Codes.Contains(value) => $"{Name} '{value}' is not one of the codes {string.Join(", ", Codes)}.",
            Ssda903ColumnKind.Numeric when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) => $"{Name} '{value}' is not a whole number.",
            Ssda903ColumnKind.String when !value.All(c => char.IsAsciiLetterOrDigit(c) || c == ' ') => $"{Name} '{value}' may hold only letters, digits and spaces.",
            _ => null,
        };
    }

    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>
/// The SSDA903 column specification (<c>SSDA903_schema_2024.yml</c>, embedded unchanged): every table's columns with their
/// kind, code list and whether they may be blank. The file uses a small, regular subset of YAML — tables, columns, then
/// attributes at deeper indents — which this reads line by line rather than taking a YAML library for one file.
/// </summary>
internal sealed class Ssda903Schema
{
    private static readonly Lazy<Ssda903Schema> Embedded = new(() =>
    {
        using var s = typeof(Ssda903Schema).Assembly.GetManifestResourceStream("Partnership.Data.Dfe.SSDA903_schema_2024.yml")
            ?? throw new InvalidOperationException("The SSDA903 specification is not embedded.");
        using var r = new StreamReader(s);
        return Parse(r.ReadToEnd());
    });

    public static Ssda903Schema Y2024 => Embedded.Value;

    public required IReadOnlyDictionary<string, IReadOnlyList<Ssda903Column>> Tables { get; init; }

    public IReadOnlyList<Ssda903Column> this[string table] => Tables[table];

    public static Ssda903Schema Parse(string yaml)
    {
        var tables = new Dictionary<string, List<Ssda903Column>>(StringComparer.Ordinal);
        int? tableIndent = null, columnIndent = null;
        List<Ssda903Column>? columns = null;
        string? column = null;
        var kind = Ssda903ColumnKind.String;
        var codes = new List<string>();
        var canBeBlank = false;

        void Close()
        {
            if (columns is not null && column is not null)
                columns.Add(new Ssda903Column(column, kind, codes.ToHashSet(StringComparer.Ordinal), canBeBlank));
            column = null;
            kind = Ssda903ColumnKind.String;
            codes = [];
            canBeBlank = false;
        }

        foreach (var raw in yaml.ReplaceLineEndings("\n").Split('\n'))
        {
            var text = raw.TrimEnd();
            if (text.Length == 0 || text.TrimStart().StartsWith('#')) continue;
            var indent = text.Length - text.TrimStart().Length;
            var line = text.Trim();
            if (indent == 0) continue; // column_map:
            tableIndent ??= indent;
            if (indent == tableIndent)
            {
                Close();
                columns = tables[line.TrimEnd(':')] = [];
                columnIndent = null;
                continue;
            }
            columnIndent ??= indent;
            if (indent == columnIndent)
            {
                Close();
                column = line.TrimEnd(':');
                continue;
            }
            if (line.StartsWith("string:", StringComparison.Ordinal)) kind = Ssda903ColumnKind.String;
            else if (line.StartsWith("date:", StringComparison.Ordinal)) kind = Ssda903ColumnKind.Date;
            else if (line.StartsWith("numeric:", StringComparison.Ordinal)) kind = Ssda903ColumnKind.Numeric;
            else if (line.StartsWith("category:", StringComparison.Ordinal)) kind = Ssda903ColumnKind.Category;
            else if (line.StartsWith("- code:", StringComparison.Ordinal)) codes.Add(Unquote(line["- code:".Length..]));
            else if (line.StartsWith("canbeblank:", StringComparison.Ordinal)) canBeBlank = line["canbeblank:".Length..].Trim() == "yes";
            // name: and dictionary: (labels a spreadsheet may show instead of codes) are not accepted in a return file.
        }
        Close();
        return new Ssda903Schema { Tables = tables.ToDictionary(t => t.Key, t => (IReadOnlyList<Ssda903Column>)t.Value, StringComparer.Ordinal) };
    }

    // The published file has one code with a stray space ("PCCHAN "): codes are compared trimmed, as the values are.
    private static string Unquote(string value) => value.Trim().Trim('"').Trim();
}
