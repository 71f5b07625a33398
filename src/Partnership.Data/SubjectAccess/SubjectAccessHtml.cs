using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Partnership.Data.SubjectAccess;

/// <summary>
/// The readable half of the export: one self-contained HTML page (inline CSS, no script, no external asset — it opens offline and
/// prints as it shows), with the same content as the JSON: every record and field, every access, and what was withheld and why.
/// </summary>
internal static partial class SubjectAccessHtml
{
    private const string Style = """
        :root { font-family: "Segoe UI", Arial, sans-serif; font-size: 11pt; color: #111; }
        body { margin: 2em auto; max-width: 60em; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.25em; border-bottom: 2px solid #333; margin-top: 2em; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; }
        th, td { border: 1px solid #999; padding: .25em .45em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; } table.record th { width: 30%; font-weight: normal; }
        table.record caption { text-align: left; font-weight: bold; padding: .2em 0; }
        .withheld { background: #222; color: #fff; padding: 0 .3em; font-size: .9em; }
        .confidential { outline: 3px solid #b00; } .badge { color: #b00; font-weight: bold; }
        .note { border-left: 4px solid #555; padding: .3em .8em; background: #f6f6f6; }
        .empty { color: #555; font-style: italic; }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { margin: 0; max-width: none; } nav { display: none; }
          h2 { break-after: avoid; } table.record, tr { break-inside: avoid; } thead { display: table-header-group; }
          .withheld { border: 1px solid #000; background: none; color: #000; } th { background: none; }
        }
        """;

    public static byte[] Write(SarDocument doc)
    {
        var h = new StringBuilder(64 * 1024);
        var child = doc.Sections.First(s => s.Key == "child").Records.Single();
        var name = string.Join(" ", new[] { child["GivenName"], child["FamilyName"] }.OfType<string>());
        h.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<title>Subject access export</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>Subject access export</h1>\n<table class=\"record\">\n");
        Row(h, "Child", E(name.Length > 0 ? name : "(not named)"));
        Row(h, "Hub id", E(doc.ChildId.ToString("D")));
        Row(h, "Generated", E(SarRecords.Text(doc.GeneratedAt)));
        Row(h, "This export", E($"audit entry {doc.AuditSequence} ({doc.AuditHash})"));
        h.Append("</table>\n");

        h.Append("<div class=\"note\"><p>This report holds everything the partnership hub stores about the child above, field by field, ")
         .Append("and every recorded access to it: who, for which organisation, when, why and under which sharing route. ")
         .Append("Information that would identify another person — another child, a parent or another household member — is ")
         .Append("<span class=\"withheld\">withheld</span> (UK GDPR Article 15(4); Data Protection Act 2018 Schedule 2 paragraph 16); ")
         .Append("the list of everything withheld, and why, is at the end. Practitioners are named: they acted in their official capacity.</p>");
        h.Append(doc.ConfidentialAddressWithheld
            ? "<p class=\"badge\">The child's confidential address has been withheld from this copy.</p>"
            : "<p>A confidential address, if any, is marked <span class=\"badge\">CONFIDENTIAL</span>: it is the child's own information. " +
              "Before this copy goes to anyone other than the child, check that the address may be released to them.</p>");
        h.Append("</div>\n");

        h.Append("<nav><h2>Contents</h2><ul>\n");
        foreach (var s in doc.Sections)
            h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{E(s.Key)}\">{E(s.Title)}</a> ({s.Records.Count})</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#accesses\">Accesses</a> ({doc.Accesses.Count})</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#redactions\">What was withheld</a> ({doc.Redactions.Count})</li>\n</ul></nav>\n");

        var names = Names(doc);
        foreach (var s in doc.Sections) Section(h, s, names);
        Accesses(h, doc.Accesses);
        Redactions(h, doc.Redactions);
        h.Append("</body>\n</html>\n");
        return new UTF8Encoding(false).GetBytes(h.ToString());
    }

    /// <summary>The organisations, practitioners and councils the export refers to, by id: shown beside each id that names one.</summary>
    private static Dictionary<string, string> Names(SarDocument doc)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in doc.Sections.Where(s => s.Key is "organisations" or "localAuthorities").SelectMany(s => s.Records))
            names[r.Id] = r["Name"] as string ?? "";
        foreach (var r in doc.Sections.Where(s => s.Key == "practitioners").SelectMany(s => s.Records))
            names[r.Id] = $"{r["GivenName"]} {r["FamilyName"]} ({Words(r["Role"] as string ?? "")})";
        return names;
    }

    private static void Section(StringBuilder h, SarSection s, Dictionary<string, string> names)
    {
        h.Append(CultureInfo.InvariantCulture, $"<section id=\"{E(s.Key)}\">\n<h2>{E(s.Title)}</h2>\n");
        if (s.Categories.Count > 0)
            h.Append(CultureInfo.InvariantCulture, $"<p>Data category: {E(string.Join(", ", s.Categories.Select(c => Words(c.ToString()))))}.</p>\n");
        if (s.Records.Count == 0) h.Append("<p class=\"empty\">Nothing held.</p>\n");
        foreach (var r in s.Records)
        {
            var confidential = r.Fields.Any(f => f.Name == "IsConfidential" && f.Value is true);
            h.Append(confidential ? "<table class=\"record confidential\">" : "<table class=\"record\">")
             .Append(CultureInfo.InvariantCulture, $"<caption>{E(Words(r.Entity))} {E(r.Id)}")
             .Append(confidential ? " <span class=\"badge\">CONFIDENTIAL</span>" : "").Append("</caption>\n");
            foreach (var f in r.Fields)
                Row(h, E(Words(f.Name)), Value(f) + (f.Name != "Id" && f.Value is string v && names.TryGetValue(v, out var n) ? $" <small>({E(n)})</small>" : ""));
            h.Append("</table>\n");
        }
        h.Append("</section>\n");
    }

    private static void Accesses(StringBuilder h, IReadOnlyList<SarAccess> accesses)
    {
        h.Append("<section id=\"accesses\">\n<h2>Accesses</h2>\n<p>Every recorded access to the child's information, oldest first, ")
         .Append("with the route that allowed each category (own record, statutory safeguarding, consent or emergency access).</p>\n");
        if (accesses.Count == 0)
        {
            h.Append("<p class=\"empty\">None recorded.</p>\n</section>\n");
            return;
        }
        h.Append("<table>\n<thead><tr><th>Entry</th><th>When</th><th>Who</th><th>Agency</th><th>Organisation</th><th>Purpose</th>")
         .Append("<th>Operation</th><th>Categories (route)</th></tr></thead>\n<tbody>\n");
        foreach (var a in accesses)
        {
            var who = a.PractitionerName is null ? E(a.Subject) : $"{E(a.PractitionerName)}<br><small>{E(a.Subject)}</small>";
            var items = string.Join("<br>", a.Items.Select(i => E($"{Words(i.Category.ToString())} ({Words(i.Route.ToString())})")));
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{a.Sequence}</td><td>{E(SarRecords.Text(a.OccurredAt))}</td><td>{who}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{E(Words(a.Agency.ToString()))}</td><td>{E(a.Organisation ?? "")}</td><td>{E(a.Purpose)}</td>")
             .Append(CultureInfo.InvariantCulture, $"<td>{E(a.Operation)}</td><td>{items}</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Redactions(StringBuilder h, IReadOnlyList<SarRedaction> redactions)
    {
        h.Append("<section id=\"redactions\">\n<h2>What was withheld</h2>\n");
        if (redactions.Count == 0)
        {
            h.Append("<p class=\"empty\">Nothing was withheld.</p>\n</section>\n");
            return;
        }
        h.Append("<table>\n<thead><tr><th>Section</th><th>Record</th><th>Field</th><th>Why</th></tr></thead>\n<tbody>\n");
        foreach (var r in redactions)
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Section)}</td><td>{E(r.RecordId)}</td><td>{E(Words(r.Field))}</td><td>{E(r.Reason)}</td></tr>\n");
        h.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder h, string header, string cell) => h.Append("<tr><th>").Append(header).Append("</th><td>").Append(cell).Append("</td></tr>\n");

    private static string Value(SarField f)
    {
        if (f.Value is null) return "<span class=\"empty\">none</span>";
        var text = E(f.Value is bool b ? (b ? "yes" : "no") : SarRecords.Text(f.Value));
        // A wholly withheld field, or free text with a name taken out: the withheld part is shown as a black bar.
        return f.Redacted ? text.Replace(SarField.Withheld, "<span class=\"withheld\">withheld</span>", StringComparison.Ordinal) : text;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"DateOfBirth" → "Date of birth", "NhsNumber" → "Nhs number": stored names made readable, not renamed.</summary>
    private static string Words(string name)
    {
        var spaced = PascalBoundary().Replace(name, " $1").Trim();
        return spaced.Length == 0 ? spaced : spaced[0] + spaced[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex PascalBoundary();
}
