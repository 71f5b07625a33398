using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Utilities;

public class SchemaBuilderTests
{
    public static TheoryData<string> BuildableCases => [.. GraphqlJsSchemaCases.All.Where(c => c.Print is not null).Select(c => c.Name)];

    public static TheoryData<string> InvalidSdlCases => [.. GraphqlJsSchemaCases.All.Where(c => c.SdlErrors is not null).Select(c => c.Name)];

    private static GraphqlJsSchemaCase Case(string name) => GraphqlJsSchemaCases.All.Single(c => c.Name == name);

    internal static string Format(Partnership.GraphQL.Errors.GraphQLError e) =>
        e.Message + " @ " + string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"));

    [Theory]
    [MemberData(nameof(BuildableCases))]
    public void PrintSchema_BuiltFromSdl_MatchesGraphqlJs(string name)
    {
        var c = Case(name);
        Assert.Equal(c.Print, SchemaPrinter.PrintSchema(SchemaBuilder.BuildSchema(c.Sdl)));
    }

    [Theory]
    [MemberData(nameof(BuildableCases))]
    public void TypeMap_BuiltFromSdl_HasGraphqlJsOrder(string name)
    {
        var c = Case(name);
        Assert.Equal(c.Types, string.Join(" ", SchemaBuilder.BuildSchema(c.Sdl).TypeMap.Keys));
    }

    [Theory]
    [MemberData(nameof(BuildableCases))]
    public void Validate_BuiltFromSdl_ReportsGraphqlJsErrors(string name)
    {
        var c = Case(name);
        Assert.Equal(c.Validation!, SchemaValidator.Validate(SchemaBuilder.BuildSchema(c.Sdl)).Select(Format));
    }

    [Theory]
    [MemberData(nameof(InvalidSdlCases))]
    public void BuildSchema_InvalidSdl_ThrowsGraphqlJsSdlErrors(string name)
    {
        var c = Case(name);
        var ex = Assert.Throws<SdlValidationException>(() => SchemaBuilder.BuildSchema(c.Sdl));
        Assert.Equal(c.SdlErrors!, ex.Errors.Select(Format));
        Assert.Equal(string.Join("\n\n", ex.Errors.Select(e => e.Message)), ex.Message);
    }

    [Fact]
    public void BuildSchema_DirectiveRepeatsRequiredArgument_ReportsLastDefinitionOnly()
    {
        // graphql-js keys a directive's required arguments by name, so the last definition of "a" is the one required.
        var ex = Assert.Throws<SdlValidationException>(() => SchemaBuilder.BuildSchema(
            "type Query { f: Int @d }\ndirective @d(a: Int!, a: String!) on FIELD_DEFINITION"));
        Assert.Equal(
            ["Argument \"@d(a:)\" of type \"String!\" is required, but it was not provided. @ 1:21",
             "Argument \"@d(a:)\" can only be defined once. @ 2:14,2:23"],
            ex.Errors.Select(Format));
    }

    [Fact]
    public void PrintIntrospectionSchema_AnySchema_MatchesGraphqlJs()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");
        Assert.Equal(GraphqlJsSchemaCases.IntrospectionSchema, SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void BuildSchema_SyntaxError_ThrowsParseError()
    {
        var error = Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => SchemaBuilder.BuildSchema("type Query {"));
        Assert.StartsWith("Syntax Error:", error.Message);
    }

    [Fact]
    public void Validate_SameSchemaTwice_ReturnsCachedList()
    {
        var schema = SchemaBuilder.BuildSchema("type Foo { a: Int }");
        Assert.Same(SchemaValidator.Validate(schema), SchemaValidator.Validate(schema));
    }

    [Fact]
    public void BuildSchema_DeprecatedAndSpecifiedBy_ReadFromAst()
    {
        var schema = SchemaBuilder.BuildSchema("""
            type Query { a: Int @deprecated, b(x: Int @deprecated(reason: "no")): Int }
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org")
            input One @oneOf { a: Int, b: String }
            enum E { A @deprecated(reason: "old") B }
            directive @d @deprecated on FIELD
            """);
        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.GetField("a")!.DeprecationReason);
        Assert.Equal("no", query.GetField("b")!.GetArgument("x")!.DeprecationReason);
        Assert.Equal("https://url.spec.whatwg.org", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("One")!).IsOneOf);
        Assert.Equal("old", ((EnumType)schema.GetType("E")!).GetValue("A")!.DeprecationReason);
        Assert.Equal("No longer supported", schema.GetDirective("d")!.DeprecationReason);
        Assert.Equal("Query.b(x:)", query.GetField("b")!.GetArgument("x")!.ToString());
    }
}

public class SchemaBuilderDirectiveArgumentTests
{
    // graphql-js 17.1.0 buildSchema throws these while reading @deprecated / @specifiedBy arguments.
    [Theory]
    [InlineData("type Query { a: Int @deprecated(reason: 5) }", "Argument \"@deprecated(reason:)\" has invalid value: String cannot represent a non string value: 5 @ 1:41")]
    [InlineData("scalar S @specifiedBy(url: true) type Query { a: S }", "Argument \"@specifiedBy(url:)\" has invalid value: String cannot represent a non string value: true @ 1:28")]
    public void BuildSchema_InvalidDirectiveArgument_ThrowsGraphqlJsError(string sdl, string expected)
    {
        var error = Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => SchemaBuilder.BuildSchema(sdl));
        Assert.Equal(expected, SchemaBuilderTests.Format(error));
    }
}
