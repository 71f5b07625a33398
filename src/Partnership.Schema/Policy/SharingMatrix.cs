using System.Text;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Policy;

/// <summary>
/// Renders the published sharing matrix, docs/__snapshots__/sharing-matrix.md, from <see cref="SharingPolicy"/> and the schema (the
/// document is the schema tests' snapshot: a test fails when it is stale).
/// </summary>
public static class SharingMatrix
{
    private static readonly Agency[] Agencies = Enum.GetValues<Agency>();

    public static string Render(GraphQLSchema schema)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Sharing matrix");
        sb.AppendLine();
        sb.AppendLine("Generated from `src/Partnership.Schema/Policy/SharingPolicy.cs` by `SharingMatrix.Render` — do not edit by hand;");
        sb.AppendLine("it is a snapshot of the schema tests: run them with `PARTNERSHIP_UPDATE_GOLDEN=1` to regenerate it. The law it follows is summarised in");
        sb.AppendLine("[domain.md](../domain.md).");
        sb.AppendLine();
        sb.AppendLine("## Who sees which category, and by which route");
        sb.AppendLine();
        sb.AppendLine("Every cell lists the grants through which the agency sees the category of a child of a council its token names");
        sb.AppendLine("(route in brackets: the lawful basis recorded in the audit). An empty cell is *never*.");
        sb.AppendLine();
        sb.Append("| category |");
        foreach (var a in Agencies) sb.Append(' ').Append(Name(a)).Append(" |");
        sb.AppendLine();
        sb.Append("| --- |");
        foreach (var _ in Agencies) sb.Append(" --- |");
        sb.AppendLine();
        foreach (var category in Enum.GetValues<InformationCategory>())
        {
            sb.Append("| ").Append(Name(category)).Append(" |");
            foreach (var agency in Agencies)
            {
                var grants = SharingPolicy.Cell(category, agency);
                sb.Append(' ').Append(grants.Count == 0 ? "never" : string.Join("; ", grants.Select(Describe))).Append(" |");
            }
            sb.AppendLine();
        }
        sb.AppendLine();
        sb.AppendLine("## What each kind of organisation sees");
        sb.AppendLine();
        sb.AppendLine("Sharing is with organisations, not whole agencies: a grant tied to a kind of organisation (a school's roll, a team's caseload)");
        sb.AppendLine("never holds for a token of another kind. Per kind, the grants that can hold for it:");
        sb.AppendLine();
        foreach (var (agency, kind) in SharingPolicy.OrganisationTypes)
        {
            sb.AppendLine($"### {Name(agency)}: {Name(kind)}");
            sb.AppendLine();
            foreach (var category in Enum.GetValues<InformationCategory>())
            {
                var grants = SharingPolicy.CellFor(category, agency, kind).ToList();
                sb.AppendLine($"- {Name(category)}: {(grants.Count == 0 ? "never" : string.Join("; ", grants.Select(Describe)))}");
            }
            sb.AppendLine();
        }
        sb.AppendLine("## Grants");
        sb.AppendLine();
        foreach (var basis in Enum.GetValues<Basis>())
            sb.AppendLine($"- **{Name(basis)}** ({Name(SharingPolicy.RouteOf(basis))}): {SharingPolicy.Bases[basis].Meaning}");
        sb.AppendLine();
        sb.AppendLine("## Summary scopes");
        sb.AppendLine();
        foreach (var (scope, fields) in SharingPolicy.ScopeFields)
            sb.AppendLine($"- **{Name(scope)}** covers only: {string.Join(", ", fields.Order(StringComparer.Ordinal).Select(f => $"`{f}`"))}.");
        sb.AppendLine();
        sb.AppendLine($"Emergency access opens at most: {string.Join(", ", SharingPolicy.EmergencyCategories.Select(c => Name(c)))} (for the agencies whose cells list it).");
        sb.AppendLine("Consent opens only cells that list it: a cell marked *never* stays never, whatever the family agrees.");
        sb.AppendLine();
        sb.AppendLine("## Rows");
        sb.AppendLine();
        sb.AppendLine("- A **child** exists for the caller when it belongs to a council the token names and the caller may see its identity.");
        sb.AppendLine("- A **plan** (and a protection status) exists when the caller may see the child's full protection status.");
        sb.AppendLine("- An **address** exists when the caller may see the child's contact details (a confidential one: its confidential address).");
        sb.AppendLine("- A **strategy meeting** (its decisions, invitations and actions) exists when it is in a council the token names and the meeting schedule cell grants it.");
        sb.AppendLine("- A **contribution** exists when its meeting does and the agency cell grants it (own; others' at a meeting the agency attends, never assessment notes or a confidential address).");
        sb.AppendLine("- A **consent** exists for children's social care only.");
        sb.AppendLine($"- A **sharing decision** exists for children's social care and for information governance leads (role `{SharingDecisions.GovernanceRole}`, any agency) when it is about a child of a council the token names, or about no particular child and its recipient organisation serves such a council; its child is named only where the caller may see the child.");
        sb.AppendLine();
        var options = new SharingOptions();
        sb.AppendLine("## Purpose, audit and notifications");
        sb.AppendLine();
        sb.AppendLine("Every request that returns data about a child writes one hash-chained audit entry (who, when, operation, which children,");
        sb.AppendLine("which categories, the route of each, the purpose) before the response is returned; if it cannot be written the request");
        sb.AppendLine("fails with `AUDIT_FAILED` and no data. A client states its purpose in the `" + SharingOptions.PurposeHeader + "` request header or the");
        sb.AppendLine($"request extension `purpose` (1 to {SharingOptions.MaxPurposeLength} characters; otherwise `INVALID_PURPOSE`). Without one, the default of the caller's first");
        sb.AppendLine("role listed below is recorded, else its agency's.");
        sb.AppendLine();
        sb.AppendLine("| role or agency | default purpose |");
        sb.AppendLine("| --- | --- |");
        foreach (var (role, purpose) in options.DefaultPurposeByRole) sb.AppendLine($"| {role} | {purpose} |");
        foreach (var (agency, purpose) in options.DefaultPurposeByAgency) sb.AppendLine($"| any other {Name(agency)} role | {purpose} |");
        sb.AppendLine();
        sb.AppendLine("When an agency other than children's social care is returned a child's protection status (or any other of its record), the");
        sb.AppendLine("hub holding the child's case is notified, as CP-IS notifies councils. These roles read silently (still audited): " +
            string.Join(", ", options.SilentRoles) + ".");
        sb.AppendLine("The hub reads its notices with `notifications` (unread first page by default) and marks them read with `markNotificationsRead`.");
        sb.AppendLine($"Emergency access lasts {options.EmergencyAccessDuration.TotalHours:0} hours by default (`Sharing:EmergencyAccessDuration`), notifies the case-holding hub and waits on `emergencyAccessReviews`.");
        sb.AppendLine();
        sb.AppendLine("## Fields and their categories");
        sb.AppendLine();
        sb.AppendLine("| type | field | category |");
        sb.AppendLine("| --- | --- | --- |");
        var data = HubSchema.DataOf(schema);
        foreach (var type in schema.TypeMap.Values.OfType<ObjectType>().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            foreach (var field in type.Fields.Values)
            {
                if (SchemaCategories.CategoryOf(schema, data, type, field.Name) is not { } category) continue;
                sb.AppendLine($"| {type.Name} | {field.Name} | {Name(category)} |");
            }
        }
        return sb.ToString();
    }

    private static string Describe(Grant g) =>
        (g.Scope == Scope.Full ? Name(g.Basis) : $"{Name(g.Basis)}, {Name(g.Scope)} only") + $" [{Name(SharingPolicy.RouteOf(g.Basis))}]";

    private static string Name(Enum value)
    {
        var text = value.ToString();
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i])) sb.Append(' ');
            sb.Append(i == 0 ? text[i] : char.ToLowerInvariant(text[i]));
        }
        return sb.ToString();
    }
}
