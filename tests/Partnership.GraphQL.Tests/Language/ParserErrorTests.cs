using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

// Each expected message and location is graphql-js 17.1.0's for the same text.
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData(" ", "Syntax Error: Unexpected <EOF>.", 1, 2)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a(", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("{ a(x) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(x:) }", "Syntax Error: Unexpected \")\".", 1, 7)]
    [InlineData("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q($x) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($x: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($x: Int = $y) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 19)]
    [InlineData("query Q($x: Int = [$y]) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 20)]
    [InlineData("query Q($x: Int = {a: $y}) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 23)]
    [InlineData("query Q($x: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($x: Int = 1 @dir(a: $v)) { a }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 29)]
    [InlineData("notanoperation { a }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1)]
    [InlineData("foo", "Syntax Error: Unexpected Name \"foo\".", 1, 1)]
    [InlineData("{ a } foo", "Syntax Error: Unexpected Name \"foo\".", 1, 7)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" foo", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a @dir( }", "Syntax Error: Expected Name, found \"}\".", 1, 11)]
    [InlineData("{ a(x: [1, 2 }", "Syntax Error: Unexpected \"}\".", 1, 14)]
    [InlineData("{ a(x: {a 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(x: [) }", "Syntax Error: Unexpected \")\".", 1, 9)]
    [InlineData("{ a(x: }) }", "Syntax Error: Unexpected \"}\".", 1, 8)]
    [InlineData("{ ...on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 11)]
    [InlineData("query Q($x: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($x: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($x: !) { a }", "Syntax Error: Expected Name, found \"!\".", 1, 13)]
    [InlineData("query Q @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 11)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)]
    [InlineData("type T implements I, J { a: Int }", "Syntax Error: Unexpected Name \"J\".", 1, 22)]
    [InlineData("type T implements I J { a: Int }", "Syntax Error: Unexpected Name \"J\".", 1, 21)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { a: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { a(x): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("type T @a(x: $v) { a: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("type T { a(x: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("union U = | ", "Syntax Error: Expected Name, found <EOF>.", 1, 13)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"d\" \"true\" }", "Syntax Error: String \"true\" is reserved and cannot be used for an enum value.", 1, 14)]
    [InlineData("enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("input I {}", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("input I { a(x: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d", "Syntax Error: Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend directive @d", "Syntax Error: Unexpected <EOF>.", 1, 20)]
    [InlineData("extend directive d @a", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 18)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend \"x\"", "Syntax Error: Unexpected String \"x\".", 1, 8)]
    [InlineData("extend type", "Syntax Error: Expected Name, found <EOF>.", 1, 12)]
    [InlineData("type T { a: Int \"desc\" }", "Syntax Error: Expected Name, found \"}\".", 1, 24)]
    [InlineData("\"d\" extend schema @a", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a(x: \"\"\"block\"\"\") b(x: \"\"\"  leading\"\"\") c(x: \"\"\"trailing\"\"\"\") d(x: \"\"\"x\\\\\"\"\") e(x: \"\"\"multi\n  line\"\"\") }", "Syntax Error: Expected Name, found String \") d(x: \".", 1, 62)]
    [InlineData("{ f(a0: {b: [1, 2, {c: \"zzzzzzzzzzzzzzzzzzzz\"}}]}}, a1: {b: [1, 2, {c: \"zzzzzzzzzzzzzzzzzzzz\"}}]}}, a2: {b: [1, 2, {c: \"zzzzzzzzzzzzzzzzzzzz\"}}]}}) }", "Syntax Error: Unexpected \"}\".", 1, 47)]
    [InlineData("type T {\n  a: Int\n  b(\n}", "Syntax Error: Expected Name, found \"}\".", 4, 1)]
    [InlineData("query Q($a: Int =\n  $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 2, 3)]
    public void Parse_SyntaxError_GraphQLJsMessageAndLocation(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
    }

    [Theory]
    [InlineData("const", "$v", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 1)]
    [InlineData("const", "[1, $v]", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 5)]
    [InlineData("const", "{a: {b: $v}}", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 9)]
    [InlineData("value", "[1, 2", "Syntax Error: Unexpected <EOF>.", 1, 6)]
    [InlineData("const", "[1, 2", "Syntax Error: Unexpected <EOF>.", 1, 6)]
    [InlineData("value", "{a: 1", "Syntax Error: Expected Name, found <EOF>.", 1, 6)]
    [InlineData("const", "{a: 1", "Syntax Error: Expected Name, found <EOF>.", 1, 6)]
    [InlineData("value", "", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("const", "", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("value", "$", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("const", "$", "Syntax Error: Unexpected \"$\".", 1, 1)]
    [InlineData("value", "1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("const", "1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("value", "{a}", "Syntax Error: Expected \":\", found \"}\".", 1, 3)]
    [InlineData("const", "{a}", "Syntax Error: Expected \":\", found \"}\".", 1, 3)]
    [InlineData("type", "[Int", "Syntax Error: Expected \"]\", found <EOF>.", 1, 5)]
    [InlineData("type", "Int!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("type", "!", "Syntax Error: Expected Name, found \"!\".", 1, 1)]
    [InlineData("type", "", "Syntax Error: Expected Name, found <EOF>.", 1, 1)]
    [InlineData("type", "Int Int", "Syntax Error: Expected <EOF>, found Name \"Int\".", 1, 5)]
    [InlineData("type", "[]", "Syntax Error: Expected Name, found \"]\".", 1, 2)]
    public void ParseValueOrType_SyntaxError_GraphQLJsMessageAndLocation(string mode, string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() =>
        {
            _ = mode switch
            {
                "value" => Parser.ParseValue(text),
                "const" => Parser.ParseConstValue(text),
                _ => (Node)Parser.ParseType(text),
            };
        });
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
    }

    [Theory]
    [InlineData("{ a(x: 1) { b } }", 1, "Syntax Error: Document contains more than 1 tokens. Parsing aborted.")]
    [InlineData("# c\n{ a }", 1, "Syntax Error: Document contains more than 1 tokens. Parsing aborted.")]
    [InlineData("{ a(x: 1) { b } }", 3, "Syntax Error: Document contains more than 3 tokens. Parsing aborted.")]
    [InlineData("# c\n{ a }", 3, "")]
    [InlineData("{ a(x: 1) { b } }", 4, "Syntax Error: Document contains more than 4 tokens. Parsing aborted.")]
    [InlineData("# c\n{ a }", 4, "")]
    [InlineData("{ a(x: 1) { b } }", 5, "Syntax Error: Document contains more than 5 tokens. Parsing aborted.")]
    [InlineData("# c\n{ a }", 5, "")]
    [InlineData("{ a(x: 1) { b } }", 10, "Syntax Error: Document contains more than 10 tokens. Parsing aborted.")]
    [InlineData("# c\n{ a }", 10, "")]
    public void Parse_MaxTokens_FailsOnlyPastTheLimit(string text, int maxTokens, string message)
    {
        var options = new ParserOptions { MaxTokens = maxTokens };
        if (message.Length == 0)
        {
            Assert.NotNull(Parser.Parse(text, options));
            return;
        }
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, options));
        Assert.Equal(message, error.Message);
    }
}
