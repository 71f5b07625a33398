using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Partnership.Data.Identifiers;

namespace Partnership.Data.Dfe;

/// <summary>One problem in a CIN census file: where it is, which child, what is wrong.</summary>
public sealed record CinProblem(int Line, int Column, string? LaChildId, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}{(LaChildId is null ? "" : $", child {LaChildId}")}: {Message}";
}

/// <summary>
/// Validates a CIN census file against the DfE 2024 XSD (embedded) and then against the rules the hub needs to store it
/// (UPN check letters, dates in order, one record per child). Reports every problem, not just the first.
/// </summary>
public static class CinCensusValidator
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        using var s = typeof(CinCensusValidator).Assembly.GetManifestResourceStream("Partnership.Data.Dfe.CIN_schema_2024.xsd")
            ?? throw new InvalidOperationException("The CIN census schema is not embedded.");
        var set = new XmlSchemaSet();
        set.Add(null, XmlReader.Create(s));
        set.Compile();
        return set;
    });

    /// <summary>XSD problems only.</summary>
    public static IReadOnlyList<CinProblem> ValidateSchema(string xml)
    {
        var problems = new List<CinProblem>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        string? laChildId = null;
        var inLaChildId = false;
        settings.ValidationEventHandler += (_, e) =>
            problems.Add(new CinProblem(e.Exception.LineNumber, e.Exception.LinePosition, laChildId, e.Message));
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.LocalName == "Child":
                        laChildId = null;
                        break;
                    case XmlNodeType.Element when reader.LocalName == "LAchildID":
                        inLaChildId = !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.Text when inLaChildId:
                        laChildId = reader.Value.Trim();
                        break;
                    case XmlNodeType.EndElement when reader.LocalName == "LAchildID":
                        inLaChildId = false;
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            problems.Add(new CinProblem(e.LineNumber, e.LinePosition, laChildId, $"The file is not well-formed XML: {e.Message}"));
        }
        return problems;
    }

    /// <summary>XSD problems, then (if the file is well-formed) the hub's own rules. Empty when the file can be imported.</summary>
    public static IReadOnlyList<CinProblem> Validate(string xml)
    {
        var problems = ValidateSchema(xml).ToList();
        if (problems.Any(p => p.Message.StartsWith("The file is not well-formed", StringComparison.Ordinal))) return problems;
        var doc = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        if (doc.Root?.Element("Header")?.Element("Source")?.Element("LEA") is null)
            problems.Add(new CinProblem(1, 1, null, "The file has no Header/Source/LEA, so the hub cannot tell which council it is for."));

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in doc.Descendants("Child"))
        {
            var idElement = child.Element("ChildIdentifiers")?.Element("LAchildID");
            var id = idElement?.Value.Trim();
            void Add(XObject at, string message)
            {
                var li = (IXmlLineInfo)at;
                problems.Add(new CinProblem(li.LineNumber, li.LinePosition, id, message));
            }
            if (id is not null && idElement is not null)
            {
                if (seen.TryGetValue(id, out var firstLine)) Add(idElement, $"LAchildID {id} appears more than once (first at line {firstLine}).");
                else seen[id] = ((IXmlLineInfo)idElement).LineNumber;
            }
            foreach (var name in new[] { "UPN", "FormerUPN" })
                if (child.Element("ChildIdentifiers")?.Element(name) is { } upn && !Upn.TryParse(upn.Value, name, out _, out var error))
                    Add(upn, error);
            foreach (var details in child.Elements("CINdetails"))
            {
                var referral = Date(details.Element("CINreferralDate"));
                var closure = Date(details.Element("CINclosureDate"));
                if (referral is not null && closure < referral) Add(details.Element("CINclosureDate")!, "CINclosureDate is before CINreferralDate.");
                if (details.Element("ReasonForClosure") is { } reason && closure is null) Add(reason, "ReasonForClosure is given without a CINclosureDate.");
                foreach (var cpp in details.Elements("ChildProtectionPlans"))
                    if (Date(cpp.Element("CPPendDate")) < Date(cpp.Element("CPPstartDate")))
                        Add(cpp.Element("CPPendDate")!, "CPPendDate is before CPPstartDate.");
                foreach (var plan in details.Elements("CINPlanDates"))
                    if (Date(plan.Element("CINPlanEndDate")) < Date(plan.Element("CINPlanStartDate")))
                        Add(plan.Element("CINPlanEndDate")!, "CINPlanEndDate is before CINPlanStartDate.");
            }
        }
        problems.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return problems;
    }

    internal static DateOnly? Date(XElement? e) =>
        e is not null && DateOnly.TryParseExact(e.Value.Trim(), "yyyy-MM-dd", out var d) ? d : null;
}
