using System.Text;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>SDL text of a schema, byte for byte as graphql-js 17.1's <c>printSchema</c> and <c>printIntrospectionSchema</c>.</summary>
public static class SchemaPrinter
{
    /// <summary>The schema's own types and directives (not the specified scalars, directives or introspection types).</summary>
    public static string PrintSchema(GraphQLSchema schema) =>
        PrintFiltered(schema, d => !SpecifiedDirectives.IsSpecifiedDirective(d),
            t => !Scalars.IsSpecifiedScalarType(t) && !Introspection.IsIntrospectionType(t));

    /// <summary>The specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema) =>
        PrintFiltered(schema, SpecifiedDirectives.IsSpecifiedDirective, Introspection.IsIntrospectionType);

    private static string PrintFiltered(GraphQLSchema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        var schemaDefinition = PrintSchemaDefinition(schema);
        if (schemaDefinition is not null) parts.Add(schemaDefinition);
        foreach (var d in schema.Directives) if (directiveFilter(d)) parts.Add(PrintDirective(d));
        foreach (var t in schema.TypeMap.Values) if (typeFilter(t)) parts.Add(PrintType(t));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        // Declared roots, so an invalid schema prints as graphql-js prints it.
        var (q, m, s) = (schema.GetDeclaredRootType(OperationType.Query), schema.GetDeclaredRootType(OperationType.Mutation),
            schema.GetDeclaredRootType(OperationType.Subscription));
        if (q is null && m is null && s is null) return null;
        var isDefault = ReferenceEquals(q, schema.GetType("Query")) && ReferenceEquals(m, schema.GetType("Mutation"))
            && ReferenceEquals(s, schema.GetType("Subscription"));
        if (schema.Description is null && isDefault) return null;
        var sb = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        if (q is not null) sb.Append("  query: ").Append(q.Name).Append('\n');
        if (m is not null) sb.Append("  mutation: ").Append(m.Name).Append('\n');
        if (s is not null) sb.Append("  subscription: ").Append(s.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    /// <summary>One type's SDL (graphql-js <c>printType</c>).</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => PrintDescription(s.Description) + "scalar " + s.Name + PrintSpecifiedBy(s),
        ObjectType o => PrintDescription(o.Description) + "type " + o.Name + PrintInterfaces(o.DeclaredInterfaces) + PrintFields(o.Fields.Values),
        InterfaceType i => PrintDescription(i.Description) + "interface " + i.Name + PrintInterfaces(i.DeclaredInterfaces) + PrintFields(i.Fields.Values),
        UnionType u => PrintDescription(u.Description) + "union " + u.Name + (u.DeclaredTypes.Count > 0 ? " = " + string.Join(" | ", u.DeclaredTypes.Select(t => t.Name)) : ""),
        EnumType e => PrintDescription(e.Description) + "enum " + e.Name + PrintBlock(e.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType io => PrintDescription(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "") +
            PrintBlock(io.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new InvalidOperationException("Unexpected type: " + type),
    };

    private static string PrintInterfaces(IReadOnlyList<NamedType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(IEnumerable<FieldDefinition> fields) => PrintBlock(fields.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArgs(IReadOnlyList<ArgumentDefinition> args, string indentation = "")
    {
        if (args.Count == 0) return "";
        if (args.All(a => a.Description is null)) return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        return "(\n" + string.Join("\n", args.Select((a, i) =>
            PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a))) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var decl = value.Name + ": " + value.Type;
        var defaultAst = value.GetDefaultValueAst();
        if (defaultAst is not null) decl += " = " + Printer.Print(defaultAst);
        return decl + PrintDeprecated(value.DeprecationReason);
    }

    /// <summary>One directive definition's SDL (graphql-js <c>printDirective</c>).</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Arguments) +
        PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") +
        " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null) return "";
        if (reason != DirectiveDefinition.DefaultDeprecationReason) return " @deprecated(reason: " + Printer.PrintString(reason) + ")";
        return " @deprecated";
    }

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var block = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation) + "\n";
    }
}
