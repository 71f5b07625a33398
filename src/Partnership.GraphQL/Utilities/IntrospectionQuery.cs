namespace Partnership.GraphQL.Utilities;

/// <summary>Options of graphql-js 17.1's <c>getIntrospectionQuery</c>, with its defaults.</summary>
public sealed record IntrospectionQueryOptions
{
    public bool Descriptions { get; init; } = true;
    public bool SpecifiedByUrl { get; init; }
    public bool DirectiveIsRepeatable { get; init; }
    public bool SchemaDescription { get; init; }
    public bool InputValueDeprecation { get; init; }
    public bool ExperimentalDirectiveDeprecation { get; init; }
    public bool OneOf { get; init; }
    public int TypeDepth { get; init; } = 9;
}

/// <summary>The standard introspection query text, character for character as graphql-js 17.1's <c>getIntrospectionQuery</c>.</summary>
public static class IntrospectionQuery
{
    public static string Get(IntrospectionQueryOptions? options = null)
    {
        var o = options ?? new IntrospectionQueryOptions();
        var descriptions = o.Descriptions ? "description" : "";
        var specifiedByUrl = o.SpecifiedByUrl ? "specifiedByURL" : "";
        var directiveIsRepeatable = o.DirectiveIsRepeatable ? "isRepeatable" : "";
        var schemaDescription = o.SchemaDescription ? descriptions : "";
        string InputDeprecation(string s) => o.InputValueDeprecation ? s : "";
        string DirectiveDeprecation(string s) => o.ExperimentalDirectiveDeprecation ? s : "";
        var oneOf = o.OneOf ? "isOneOf" : "";
        if (o.TypeDepth > 100)
            throw new ArgumentException("Please set typeDepth to a reasonable value between 0 and 100; the default is 9.", nameof(options));

        static string OfType(int level, string indent) => level <= 0
            ? ""
            : $"\n{indent}ofType {{\n{indent}  name\n{indent}  kind{OfType(level - 1, indent + "  ")}\n{indent}}}";

        return $$"""

                query IntrospectionQuery {
                  __schema {
                    {{schemaDescription}}
                    queryType { name kind }
                    mutationType { name kind }
                    subscriptionType { name kind }
                    types {
                      ...FullType
                    }
                    directives{{DirectiveDeprecation("(includeDeprecated: true)")}} {
                      name
                      {{descriptions}}
                      {{directiveIsRepeatable}}
                      {{DirectiveDeprecation("isDeprecated")}}
                      {{DirectiveDeprecation("deprecationReason")}}
                      locations
                      args{{InputDeprecation("(includeDeprecated: true)")}} {
                        ...InputValue
                      }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  {{descriptions}}
                  {{specifiedByUrl}}
                  {{oneOf}}
                  fields(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    args{{InputDeprecation("(includeDeprecated: true)")}} {
                      ...InputValue
                    }
                    type {
                      ...TypeRef
                    }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
                    ...InputValue
                  }
                  interfaces {
                    ...TypeRef
                  }
                  enumValues(includeDeprecated: true) {
                    name
                    {{descriptions}}
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes {
                    ...TypeRef
                  }
                }

                fragment InputValue on __InputValue {
                  name
                  {{descriptions}}
                  type { ...TypeRef }
                  defaultValue
                  {{InputDeprecation("isDeprecated")}}
                  {{InputDeprecation("deprecationReason")}}
                }

                fragment TypeRef on __Type {
                  kind
                  name{{OfType(o.TypeDepth, "      ")}}
                }
              
            """;
    }
}
