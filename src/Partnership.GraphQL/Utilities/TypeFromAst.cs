using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>graphql-js <c>typeFromAST</c>: the schema type a type reference names, or null when the named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        // Wrappers reuse the cached ones on the inner type so repeated lookups do not allocate.
        ListTypeNode list => Get(schema, list.Type)?.List(),
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner and not NonNullType ? inner.NonNull() : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
