using System.Text.RegularExpressions;

namespace Partnership.Data.SubjectAccess;

/// <summary>
/// Withholds third parties' personal data from a subject access export and keeps the list of what it withheld.
/// <para>
/// The law's reasoning. UK GDPR Article 15(4): the right to a copy must not adversely affect the rights and freedoms of others.
/// Data Protection Act 2018 Schedule 2 Part 3 paragraph 16: a controller need not disclose information that identifies another
/// individual (another child, a parent, a sibling, another household member) unless that person consents or disclosure without
/// consent is reasonable in all the circumstances — a judgement a data protection officer makes case by case, which a program
/// cannot. So the export withholds by default and lists every withholding, for the officer to release what is reasonable.
/// Paragraph 17 makes disclosure reasonable for a social worker, health worker or education worker acting in that capacity, so
/// practitioners and organisations are not withheld; police officers acting in their official role are treated alike.
/// </para>
/// </summary>
internal sealed class SarRedactor
{
    public const string OtherPerson = "identifies another person (a family or household member); DPA 2018 Sch. 2 para. 16";
    public const string OtherChild = "concerns another child discussed at the same meeting; DPA 2018 Sch. 2 para. 16";
    public const string NameInText = "names another person in free text; DPA 2018 Sch. 2 para. 16";
    public const string ConfidentialAddress =
        "confidential address withheld at the operator's request (a request made on the child's behalf); DPA 2018 Sch. 3 Part 3 para. 7";

    private readonly List<SarRedaction> _redactions = [];
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ownNames;
    private Regex? _names;

    /// <param name="ownNames">The child's own names: never taken out of text, even when a sibling shares them.</param>
    public SarRedactor(IEnumerable<string?> ownNames) =>
        _ownNames = new HashSet<string>(ownNames.OfType<string>().Where(n => n.Length > 0), StringComparer.Ordinal);

    public IReadOnlyList<SarRedaction> Redactions => _redactions;

    /// <summary>A third party whose names must not appear in any free text of the export.</summary>
    public void AddThirdParty(string? givenName, string? familyName)
    {
        if (!string.IsNullOrWhiteSpace(givenName) && !string.IsNullOrWhiteSpace(familyName)) _fullNames.Add($"{givenName.Trim()} {familyName.Trim()}");
        // A family name alone is usually the child's own (siblings, parents); only given names that are not the child's are taken out.
        if (!string.IsNullOrWhiteSpace(givenName) && givenName.Trim().Length > 1 && !_ownNames.Contains(givenName.Trim())) _givenNames.Add(givenName.Trim());
        _names = null;
    }

    /// <summary>Builds the record with <paramref name="fields"/> withheld (those that hold a value) and lists each.</summary>
    public SarRecord Withhold(PartnershipDbContext db, string section, object entity, IReadOnlySet<string> fields, string reason)
    {
        var record = SarRecords.From(db, entity, fields);
        foreach (var f in record.Fields.Where(f => f.Redacted)) _redactions.Add(new SarRedaction(section, record.Id, f.Name, reason));
        return record;
    }

    // The free-text fields of the model, where a practitioner may have written another person's name.
    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal)
    {
        "Text", "Summary", "Objectives", "Description", "Notes", "Reason", "Message", "Location", "CancellationReason", "ReviewOutcome",
        "DecisionCriminalInvestigation", "DecisionFurtherInformation", "DecisionSiblings", "DecisionNotes",
    };

    /// <summary>The record as stored, with third parties' names taken out of its free-text fields (each such field listed).</summary>
    public SarRecord Scrub(string section, SarRecord record)
    {
        if (_fullNames.Count + _givenNames.Count == 0) return record;
        _names ??= new Regex(
            @"\b(?:" + string.Join("|", _fullNames.Concat(_givenNames).OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        foreach (var field in record.Fields)
        {
            if (field.Redacted || !FreeText.Contains(field.Name) || field.Value is not string text || !_names.IsMatch(text)) continue;
            record = SarRecords.With(record, field.Name, _names.Replace(text, SarField.Withheld), redacted: true);
            _redactions.Add(new SarRedaction(section, record.Id, field.Name, NameInText));
        }
        return record;
    }
}
