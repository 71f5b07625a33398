using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Utilities;

// Expectations from graphql-js 17.1.0's astFromValue + print, and jsutils/inspect, for the same inputs.
public class AstFromValueTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildSchema("type Query { a: Int } input In { a: Int, b: [String], c: E } enum E { A B }");

    public static TheoryData<string, object?, string> Cases => new()
    {
        { "Int", 1, "1" },
        { "Int", 1.0, "1" },
        { "Float", 1.5, "1.5" },
        { "Float", 1e21, "1e+21" },
        { "Float", 1e-7, "1e-7" },
        { "Float", 123.456, "123.456" },
        { "String", "a\nb\"c", "\"a\\nb\\\"c\"" },
        { "ID", "123", "123" },
        { "ID", "01", "\"01\"" },
        { "ID", "abc", "\"abc\"" },
        { "Boolean", true, "true" },
        { "[Int]", new object[] { 1, 2 }, "[1, 2]" },
        { "[Int]", 3, "3" },
        { "Int!", null, "<null>" },
        { "Int", null, "null" },
        { "In", new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { "x", "y" }, ["c"] = "B" }, "{ a: 1, b: [\"x\", \"y\"], c: B }" },
        { "E", "A", "A" },
    };

    private static GraphQLType TypeOf(string text) => text switch
    {
        _ when text.EndsWith('!') => new NonNullType(TypeOf(text[..^1])),
        _ when text.StartsWith('[') => new ListType(TypeOf(text[1..^1])),
        _ => Schema.GetType(text) ?? Scalars.Specified.Single(s => s.Name == text),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_ValueAndType_PrintsAsGraphqlJs(string type, object? value, string expected)
    {
        var ast = AstFromValue.From(value, TypeOf(type));
        Assert.Equal(expected, ast is null ? "<null>" : Printer.Print(ast));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(-0.0, "0")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(100.0, "100")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(9007199254740992.0, "9007199254740992")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1234.5e10, "12345000000000")]
    public void Inspect_Double_WritesJavaScriptNumber(double value, string expected)
    {
        Assert.Equal(expected, Inspector.Inspect(value));
    }

    [Fact]
    public void Inspect_NestedValues_CutsAsGraphqlJs()
    {
        var nested = new Dictionary<string, object?>
        {
            ["a"] = new object?[] { 1, new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } },
            ["s"] = "x",
        };
        Assert.Equal("{ a: [1, [Object]], s: \"x\" }", Inspector.Inspect(nested));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", Inspector.Inspect(Enumerable.Range(1, 12).Cast<object?>().ToArray()));
        Assert.Equal("[[[Array]]]", Inspector.Inspect(new object[] { new object[] { new object[] { new object[] { 1 } } } }));
        Assert.Equal("{}", Inspector.Inspect(new Dictionary<string, object?>()));
        Assert.Equal("[]", Inspector.Inspect(Array.Empty<object>()));
    }

    [Fact]
    public void SuggestionList_CloseNames_SortedByDistanceThenNaturally()
    {
        Assert.Equal(["GREEN", "RED"], Suggestions.SuggestionList("GREN", ["RED", "GREEN", "BLUE"]));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", or \"d\"?", Suggestions.DidYouMean(Suggestions.SuggestionList("e", ["a", "b", "c", "d"])));
        Assert.Equal(["f2", "f10"], Suggestions.SuggestionList("f1", ["f10", "f2"]));
    }
}
