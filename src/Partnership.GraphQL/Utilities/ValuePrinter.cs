using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Utilities;

/// <summary>Prints value literals for messages and introspection defaults (graphql-js <c>print</c>/<c>printForError</c>).</summary>
internal static class ValuePrinter
{
    public static string Print(ValueNode node) => Printer.Print(node);
}
