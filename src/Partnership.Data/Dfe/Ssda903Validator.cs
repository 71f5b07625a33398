using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Dfe;

/// <summary>One problem in an SSDA903 table: which file, which line, which child, what is wrong.</summary>
internal sealed record Ssda903Problem(string File, int Line, string? ChildId, string Message)
{
    public override string ToString() => $"{File} line {Line}{(ChildId is null ? "" : $", child {ChildId}")}: {Message}";
}

/// <summary>A table as given: a name to report problems against (the file name) and its text.</summary>
internal sealed record Ssda903File(string Name, string Text);

internal sealed record Ssda903HeaderRow(int Line, string Child, Sex Sex, DateOnly BirthDate, Ethnicity Ethnicity, string Upn);

internal sealed record Ssda903EpisodeRow(int Line, string Child, DateOnly Start, EpisodeReason Reason, LegalStatus LegalStatus, PrimaryNeed Need,
    PlacementType Placement, PlacementProvider? Provider, DateOnly? End, EpisodeEndReason? EndReason, PlacementChangeReason? ChangeReason,
    string? HomePostcode, string? PlacementPostcode, string? Urn);

/// <summary>A return that passed validation: its Episodes table and, when given, its Header table.</summary>
internal sealed record Ssda903Return(string EpisodesFile, IReadOnlyList<Ssda903EpisodeRow> Episodes, string? HeaderFile, IReadOnlyList<Ssda903HeaderRow> Header);

/// <summary>
/// Validates SSDA903 tables against the DfE specification (columns, blanks, dates, code lists) and then against the rules the
/// hub needs to store them: one row per child (Header) and per child and start date (Episodes), episodes of a child in
/// order without overlaps, a reason for every ended episode, X1 followed by the next episode the same day, valid UPNs.
/// Reports every problem, not just the first.
/// </summary>
internal static class Ssda903Validator
{
    public const string HeaderTable = "Header", EpisodesTable = "Episodes";
    private const int MaxChildId = 400, MaxPostcode = 8, MaxUrn = 8;

    public static (IReadOnlyList<Ssda903Problem> Problems, Ssda903Return? Return) Validate(IReadOnlyList<Ssda903File> files)
    {
        var problems = new List<Ssda903Problem>();
        var schema = Ssda903Schema.Y2024;
        var tables = new Dictionary<string, (string File, List<(CsvRecord Record, Dictionary<string, string> Values)> Rows)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var (records, error, errorLine) = Ssda903Csv.Read(file.Text);
            if (error is not null) problems.Add(new Ssda903Problem(file.Name, errorLine, null, error));
            if (records.Count == 0)
            {
                problems.Add(new Ssda903Problem(file.Name, 1, null, "The file is empty: an SSDA903 table starts with its row of column names."));
                continue;
            }
            var table = Identify(schema, file.Name, records[0], problems);
            if (table is null) continue;
            if (tables.TryGetValue(table, out var other))
            {
                problems.Add(new Ssda903Problem(file.Name, 1, null, $"This is the {table} table, which {other.File} already is."));
                continue;
            }
            var names = records[0].Fields;
            var childAt = names.ToList().IndexOf("CHILD");
            var rows = new List<(CsvRecord, Dictionary<string, string>)>();
            foreach (var record in records.Skip(1))
            {
                var child = childAt < record.Fields.Count ? NullIfBlank(record.Fields[childAt]) : null;
                if (record.Fields.Count != names.Count)
                {
                    problems.Add(new Ssda903Problem(file.Name, record.Line, child, $"The row has {record.Fields.Count} values for {names.Count} columns."));
                    continue;
                }
                var values = names.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                var before = problems.Count;
                foreach (var column in schema[table])
                    if (column.Check(values[column.Name]) is { } message)
                        problems.Add(new Ssda903Problem(file.Name, record.Line, child, message));
                if (problems.Count == before) rows.Add((record, values));
            }
            tables[table] = (file.Name, rows);
        }
        if (!tables.ContainsKey(EpisodesTable) && problems.Count == 0)
            problems.Add(new Ssda903Problem(files.Count > 0 ? files[0].Name : "(no file)", 1, null, "No Episodes table was given: the hub imports episodes, with the Header table beside them."));

        var header = tables.TryGetValue(HeaderTable, out var h) ? ReadHeader(h.File, h.Rows, problems) : [];
        var episodes = tables.TryGetValue(EpisodesTable, out var e) ? ReadEpisodes(e.File, e.Rows, problems) : [];
        if (e.File is not null) CheckEpisodes(e.File, episodes, header, problems);

        problems.Sort((a, b) => a.File != b.File ? string.CompareOrdinal(a.File, b.File) : a.Line.CompareTo(b.Line));
        return problems.Count > 0 ? (problems, null) : (problems, new Ssda903Return(e.File!, episodes, h.File, header));
    }

    // A table is known by its column row; columns may come in any order, as spreadsheets reorder them.
    private static string? Identify(Ssda903Schema schema, string file, CsvRecord columns, List<Ssda903Problem> problems)
    {
        var given = columns.Fields.ToHashSet(StringComparer.Ordinal);
        var exact = schema.Tables.FirstOrDefault(t => given.SetEquals(t.Value.Select(c => c.Name)));
        if (exact.Key is HeaderTable or EpisodesTable && given.Count == columns.Fields.Count) return exact.Key;
        if (exact.Key is not null)
        {
            problems.Add(new Ssda903Problem(file, 1, null, $"This is the {exact.Key} table; the hub imports only the Header and Episodes tables."));
            return null;
        }
        var nearest = new[] { EpisodesTable, HeaderTable }.OrderByDescending(t => schema[t].Count(c => given.Contains(c.Name))).First();
        var expected = schema[nearest].Select(c => c.Name).ToList();
        var missing = expected.Where(c => !given.Contains(c)).ToList();
        var unknown = columns.Fields.Where(c => !expected.Contains(c)).Distinct().ToList();
        var repeated = columns.Fields.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        problems.Add(new Ssda903Problem(file, 1, null, $"The columns are not those of the {nearest} table ({string.Join(",", expected)}):" +
            (missing.Count > 0 ? $" missing {string.Join(", ", missing)};" : "") + (unknown.Count > 0 ? $" unknown {string.Join(", ", unknown)};" : "") +
            (repeated.Count > 0 ? $" repeated {string.Join(", ", repeated)};" : "")));
        return null;
    }

    private static List<Ssda903HeaderRow> ReadHeader(string file, List<(CsvRecord Record, Dictionary<string, string> V)> rows, List<Ssda903Problem> problems)
    {
        var list = new List<Ssda903HeaderRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (record, v) in rows)
        {
            var child = v["CHILD"];
            void Add(string message) => problems.Add(new Ssda903Problem(file, record.Line, child, message));
            if (child.Length > MaxChildId) Add($"CHILD is longer than {MaxChildId} characters.");
            if (!seen.TryAdd(child, record.Line)) Add($"CHILD {child} has more than one Header row (first at line {seen[child]}).");
            var upn = v["UPN"];
            if (!DfeCode.TryParse<UpnUnknownReason>(upn, out _) && !Upn.TryParse(upn, "UPN", out _, out var error)) Add($"{error} (or give a reason code UN1–UN7).");
            if (v["MOTHER"] == "1" && v["SEX"] != "2") Add("MOTHER is 1 for a child who is not female.");
            Ssda903Column.TryDate(v["DOB"], out var dob);
            list.Add(new Ssda903HeaderRow(record.Line, child, (Sex)int.Parse(v["SEX"], System.Globalization.CultureInfo.InvariantCulture), dob,
                DfeCode.Parse<Ethnicity>(v["ETHNIC"], "ETHNIC"), upn.ToUpperInvariant()));
        }
        return list;
    }

    private static List<Ssda903EpisodeRow> ReadEpisodes(string file, List<(CsvRecord Record, Dictionary<string, string> V)> rows, List<Ssda903Problem> problems)
    {
        var list = new List<Ssda903EpisodeRow>();
        foreach (var (record, v) in rows)
        {
            var child = v["CHILD"];
            void Add(string message) => problems.Add(new Ssda903Problem(file, record.Line, child, message));
            if (child.Length > MaxChildId) Add($"CHILD is longer than {MaxChildId} characters.");
            foreach (var (column, max) in new[] { ("HOME_POST", MaxPostcode), ("PL_POST", MaxPostcode), ("URN", MaxUrn) })
                if (v[column].Length > max) Add($"{column} is longer than {max} characters.");
            Ssda903Column.TryDate(v["DECOM"], out var start);
            DateOnly? end = Ssda903Column.TryDate(v["DEC"], out var d) ? d : null;
            list.Add(new Ssda903EpisodeRow(record.Line, child, start,
                DfeCode.Parse<EpisodeReason>(v["RNE"], "RNE"), DfeCode.Parse<LegalStatus>(v["LS"], "LS"), DfeCode.Parse<PrimaryNeed>(v["CIN"], "CIN"),
                DfeCode.Parse<PlacementType>(v["PLACE"], "PLACE"), Code<PlacementProvider>(v["PLACE_PROVIDER"]), end,
                Code<EpisodeEndReason>(v["REC"]), Code<PlacementChangeReason>(v["REASON_PLACE_CHANGE"]),
                NullIfBlank(v["HOME_POST"])?.ToUpperInvariant(), NullIfBlank(v["PL_POST"])?.ToUpperInvariant(), NullIfBlank(v["URN"])?.ToUpperInvariant()));
        }
        return list;
    }

    private static void CheckEpisodes(string file, List<Ssda903EpisodeRow> episodes, List<Ssda903HeaderRow> header, List<Ssda903Problem> problems)
    {
        var births = header.ToDictionary(r => r.Child, r => r.BirthDate, StringComparer.Ordinal);
        foreach (var child in episodes.GroupBy(r => r.Child, StringComparer.Ordinal))
        {
            var ordered = child.OrderBy(r => r.Start).ThenBy(r => r.Line).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var r = ordered[i];
                void Add(string message) => problems.Add(new Ssda903Problem(file, r.Line, r.Child, message));
                if (r.End < r.Start) Add($"DEC {D(r.End.Value)} is before DECOM {D(r.Start)}.");
                if (r.End is not null && r.EndReason is null) Add("REC is blank for an episode that has ended (DEC is given).");
                if (r.End is null && r.EndReason is not null) Add("REC is given for an episode that has not ended (DEC is blank).");
                if (births.TryGetValue(r.Child, out var born) && r.Start < born) Add($"DECOM {D(r.Start)} is before the child's DOB {D(born)}.");
                if (i == 0) continue;
                var previous = ordered[i - 1];
                if (previous.Start == r.Start) Add($"Another episode of this child starts on {D(r.Start)} (line {previous.Line}).");
                else if (previous.End is null) Add($"The episode starting {D(previous.Start)} (line {previous.Line}) has no DEC, so no later episode can start.");
                else if (previous.End > r.Start) Add($"The episode overlaps the one from {D(previous.Start)} to {D(previous.End.Value)} (line {previous.Line}).");
                else if (previous.EndReason == EpisodeEndReason.X1 && previous.End != r.Start)
                    Add($"The episode before it (line {previous.Line}) ended with REC X1 on {D(previous.End.Value)}, so this one should start that day.");
            }
            var last = ordered[^1];
            if (last.EndReason == EpisodeEndReason.X1)
                problems.Add(new Ssda903Problem(file, last.Line, last.Child, $"REC X1 says a new episode starts on {D(last.End!.Value)}, but none of this child's episodes does."));
        }
    }

    private static T? Code<T>(string value) where T : struct, Enum => value.Length == 0 ? null : DfeCode.Parse<T>(value, typeof(T).Name);

    private static string? NullIfBlank(string value) => value.Length == 0 ? null : value;

    internal static string D(DateOnly d) => d.ToString(Ssda903Column.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
}
