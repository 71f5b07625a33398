using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.GraphQL.Validation;
using Partnership.GraphQL.Validation.Rules;

namespace Partnership.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    [Fact]
    public void Validate_InvalidSchema_ThrowsWithSchemaErrors()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int } interface I { f: Int } type T implements I { g: Int }", assumeValidSdl: true);
        var ex = Assert.Throws<InvalidOperationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));
        Assert.Contains("Interface field I.f expected but T does not provide it.", ex.Message);
    }

    [Fact]
    public void Validate_CustomRuleList_RunsOnlyThoseRulesInOrder()
    {
        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse("{ dog { unknown } } { cat { name } }"),
            [LoneAnonymousOperationRule.Create, FieldsOnCorrectTypeRule.Create]);
        Assert.Equal(
        [
            "This anonymous operation must be the only defined operation.",
            "Cannot query field \"unknown\" on type \"Dog\".",
            "This anonymous operation must be the only defined operation.",
        ], errors.Select(e => e.Message));
    }

    [Fact]
    public void Validate_SameDocumentTwice_GivesEqualResults()
    {
        var document = Parser.Parse("query Q($x: Int) { dog { ...F name: nickname } } fragment F on Dog { name isAtLocation(x: $x, y: $y) }");
        var first = DocumentValidator.Validate(ValidationTestSchema.Schema, document);
        var second = DocumentValidator.Validate(ValidationTestSchema.Schema, document);
        Assert.Equal(first.Select(e => e.ToString()), second.Select(e => e.ToString()));
        Assert.Equal(2, first.Count);
    }

    [Fact]
    public void ValidateSdl_DefaultRules_AreGraphqlJsSpecifiedSdlRules()
    {
        // Expected as graphql-js 17.1 validateSDL gives them: document order, all SDL rules in one walk.
        var errors = DocumentValidator.ValidateSdl(Parser.Parse("type Query { a: Strin } type Query { b: Int } directive @d on FIELD directive @d on FIELD"));
        Assert.Equal(
        [
            "Unknown type \"Strin\". Did you mean \"String\"?",
            "There can be only one type named \"Query\".",
            "There can be only one directive named \"@d\".",
        ], errors.Select(e => e.Message));
    }

    [Fact]
    public void SpecifiedRules_All_HasGraphqlJsOrderWithoutDeferStream()
    {
        Assert.Equal(28, SpecifiedRules.All.Count);
        Assert.Equal(15, SpecifiedRules.Sdl.Count);
        Assert.Equal(nameof(ExecutableDefinitionsRule), SpecifiedRules.All[0].Method.DeclaringType!.Name);
        Assert.Equal(nameof(KnownOperationTypesRule), SpecifiedRules.All[1].Method.DeclaringType!.Name);
        Assert.Equal(nameof(MaxIntrospectionDepthRule), SpecifiedRules.All[^1].Method.DeclaringType!.Name);
    }
}
