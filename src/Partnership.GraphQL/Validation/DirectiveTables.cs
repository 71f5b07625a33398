using System.Runtime.CompilerServices;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation;

/// <summary>
/// What the directive rules need to know about each directive (locations, repeatability, argument names, required
/// arguments), computed once per schema and shared by every validation of documents against it. Directive
/// definitions in the document itself (SDL, or type definitions pasted into an operation) override the schema's,
/// as graphql-js's rules do; such documents get their own tables.
/// </summary>
internal sealed class DirectiveTables
{
    private static readonly ConditionalWeakTable<GraphQLSchema, DirectiveTables> BySchema = new();
    private static readonly DirectiveTables Specified = FromDirectives(SpecifiedDirectives.All);

    public readonly Dictionary<string, HashSet<string>> Locations = new(StringComparer.Ordinal);
    public readonly Dictionary<string, bool> Unique = new(StringComparer.Ordinal);
    public readonly Dictionary<string, List<string>> ArgumentNames = new(StringComparer.Ordinal);
    /// <summary>Required arguments with their type as text, in definition order.</summary>
    public readonly Dictionary<string, List<(string Name, string Type)>> RequiredArguments = new(StringComparer.Ordinal);

    public static DirectiveTables For(ASTValidationContext context)
    {
        var baseTables = context.Schema is { } schema ? BySchema.GetValue(schema, s => FromDirectives(s.Directives)) : Specified;
        return context.DocumentDirectiveTables ??= WithDocument(baseTables, context.Document);
    }

    private static DirectiveTables FromDirectives(IReadOnlyList<DirectiveDefinition> directives)
    {
        var tables = new DirectiveTables();
        foreach (var directive in directives)
        {
            var locations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in directive.Locations) locations.Add(location.ToName());
            tables.Locations[directive.Name] = locations;
            tables.Unique[directive.Name] = !directive.IsRepeatable;
            var names = new List<string>(directive.Arguments.Count);
            var required = new List<(string, string)>();
            foreach (var arg in directive.Arguments)
            {
                names.Add(arg.Name);
                if (arg.Type is NonNullType && !arg.HasDefaultValue) required.Add((arg.Name, arg.Type.ToString()));
            }
            tables.ArgumentNames[directive.Name] = names;
            tables.RequiredArguments[directive.Name] = required;
        }
        return tables;
    }

    private static DirectiveTables WithDocument(DirectiveTables baseTables, DocumentNode document)
    {
        DirectiveTables? tables = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode d) continue;
            tables ??= Copy(baseTables);
            var name = d.Name.Value;
            var locations = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in d.Locations) locations.Add(location.Value);
            tables.Locations[name] = locations;
            tables.Unique[name] = !d.Repeatable;
            var names = new List<string>(d.Arguments.Count);
            // As a JS Map keyed by name: a repeated name keeps its first position and takes the last value.
            var required = new List<(string Name, string Type)>();
            foreach (var arg in d.Arguments)
            {
                if (!names.Contains(arg.Name.Value)) names.Add(arg.Name.Value);
                if (arg.Type is not NonNullTypeNode || arg.DefaultValue is not null) continue;
                var entry = (arg.Name.Value, Printer.Print(arg.Type));
                var i = required.FindIndex(e => e.Name == arg.Name.Value);
                if (i >= 0) required[i] = entry;
                else required.Add(entry);
            }
            tables.ArgumentNames[name] = names;
            tables.RequiredArguments[name] = required;
        }
        return tables ?? baseTables;
    }

    private static DirectiveTables Copy(DirectiveTables source)
    {
        var copy = new DirectiveTables();
        foreach (var (k, v) in source.Locations) copy.Locations[k] = v;
        foreach (var (k, v) in source.Unique) copy.Unique[k] = v;
        foreach (var (k, v) in source.ArgumentNames) copy.ArgumentNames[k] = v;
        foreach (var (k, v) in source.RequiredArguments) copy.RequiredArguments[k] = v;
        return copy;
    }
}
