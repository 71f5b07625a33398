using System.Text;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private static OperationDefinitionNode Operation(DocumentNode document, int index = 0) =>
        (OperationDefinitionNode)document.Definitions[index];

    [Fact]
    public void Parse_Shorthand_AnonymousQuery()
    {
        var operation = Operation(Parser.Parse("{ a }"));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Equal("a", ((FieldNode)operation.SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public void Parse_VariablesWithDefaultsAndDirectives_AllKept()
    {
        var operation = Operation(Parser.Parse("query Q($a: [Int!]! = [1] @x, \"doc\" $b: In = {f: ENUM} @y(z: 1)) { f }"));
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var type = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(type.Type);
        Assert.Equal("Int", ((NamedTypeNode)((NonNullTypeNode)list.Type).Type).Name.Value);
        Assert.Equal("1", ((IntValueNode)((ListValueNode)a.DefaultValue!).Values[0]).Value);
        Assert.Equal("x", a.Directives[0].Name.Value);
        var b = operation.VariableDefinitions[1];
        Assert.Equal("doc", b.Description!.Value);
        Assert.Equal("ENUM", ((EnumValueNode)((ObjectValueNode)b.DefaultValue!).Fields[0].Value).Value);
        Assert.Equal("y", b.Directives[0].Name.Value);
    }

    [Fact]
    public void Parse_DescriptionsOnOperationAndFragment_Kept()
    {
        var document = Parser.Parse("\"\"\"op\"\"\" query Q { a } \"frag\" fragment F on T { b }");
        Assert.Equal("op", Operation(document).Description!.Value);
        Assert.True(Operation(document).Description!.Block);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Parse_FragmentsAndInlineFragments_RightNodes()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @e { b } ... { c } } fragment F on T { x }");
        var selections = Operation(document).SelectionSet.Selections;
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(selections[0]).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Equal("e", selections[2].Directives[0].Name.Value);
        Assert.Empty(Assert.IsType<InlineFragmentNode>(selections[3]).Directives);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
    }

    [Fact]
    public void Parse_AliasArgumentsAndNesting_FieldShape()
    {
        var field = (FieldNode)Operation(Parser.Parse("{ alias: name(a: 1) @skip(if: $v) { sub } }")).SelectionSet.Selections[0];
        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal("v", ((VariableNode)field.Directives[0].Arguments[0].Value).Name.Value);
        Assert.Single(field.SelectionSet!.Selections);
    }

    [Fact]
    public void Parse_Locations_ByteOffsetsEndExclusive()
    {
        const string text = "{ \u00e9: a(x: \"\U0001F600\") }";
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(new SourceLocation(1, 3), error.Locations[0]);

        const string ok = "# \u00e9\n{ field(x: \"\U0001F600\") }";
        var document = Parser.Parse(ok);
        var field = (FieldNode)Operation(document).SelectionSet.Selections[0];
        var bytes = Encoding.UTF8.GetBytes(ok);
        Assert.Equal("field(x: \"\U0001F600\")", Encoding.UTF8.GetString(bytes, field.Location!.Start, field.Location.End - field.Location.Start));
        Assert.Equal(new SourceLocation(2, 3), field.Location.Source.GetLocation(field.Location.Start));
        Assert.Equal((0, bytes.Length), (document.Location!.Start, document.Location.End));
    }

    [Fact]
    public void Parse_TokenCount_CountsTokensNotComments()
    {
        Assert.Equal(8, Parser.Parse("# c\n{ a(x: 1) }").TokenCount);
    }

    [Fact]
    public void Parse_NoLocation_NodesWithoutLocation()
    {
        var document = Parser.Parse("query Q { a }", new ParserOptions { NoLocation = true });
        Assert.Null(document.Location);
        Assert.Null(Operation(document).Location);
        Assert.Null(Operation(document).Name!.Location);
    }

    [Fact]
    public void Parse_RepeatedNames_OneStringInstance()
    {
        var selections = Operation(Parser.Parse("{ name { name } name }")).SelectionSet.Selections;
        var first = ((FieldNode)selections[0]).Name.Value;
        Assert.Same(first, ((FieldNode)selections[1]).Name.Value);
        Assert.Same(first, ((FieldNode)((FieldNode)selections[0]).SelectionSet!.Selections[0]).Name.Value);
    }

    [Theory]
    [InlineData("{ a { } }", 1, 7)]
    [InlineData("query Q { }", 1, 11)]
    public void Parse_EmptySelectionSetDisallowed_ExpectedName(string text, int line, int column)
    {
        Assert.NotNull(Parser.Parse(text)); // graphql-js 17 accepts { } by default
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, new ParserOptions { AllowEmptySelectionSets = false }));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Locations[0]);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3, true)]
    [InlineData("{ a { b { c { d } } } }", 3, false)]
    [InlineData("{ a(x: [[[1]]]) }", 4, true)]
    [InlineData("{ a(x: [[[[1]]]]) }", 4, false)]
    [InlineData("{ a(x: {b: {c: 1}}) }", 3, true)]
    [InlineData("{ a(x: {b: {c: {d: 1}}}) }", 3, false)]
    [InlineData("query ($v: [[Int]]) { a }", 3, true)]
    [InlineData("query ($v: [[[[Int]]]]) { a }", 3, false)]
    public void Parse_MaxDepth_FailsOnlyPastTheLimit(string text, int maxDepth, bool ok)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (ok)
        {
            Assert.NotNull(Parser.Parse(text, options));
            return;
        }
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text, options));
        Assert.Equal($"Syntax Error: Document contains more than {maxDepth} levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
    }

    [Fact]
    public void Parse_HostileNesting_DefaultLimitFailsCleanly()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("{ a(x: " + text + ") }"));
        Assert.Equal("Syntax Error: Document contains more than 500 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 507), error.Locations[0]); // the selection set is level 1
    }

    [Fact]
    public void Parse_MaxComments_FailsPastTheLimit()
    {
        Assert.NotNull(Parser.Parse("# 1\n# 2\n{ a }", new ParserOptions { MaxComments = 2 }));
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("# 1\n# 2\n{ a }", new ParserOptions { MaxComments = 1 }));
        Assert.Equal("Syntax Error: Document contains more than 1 comments. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(2, 1), error.Locations[0]);
    }

    [Fact]
    public void Parse_Utf8Source_SameAsString()
    {
        const string text = "query Q($v: String = \"\u00e9\") { a(x: $v) }";
        var fromBytes = Parser.Parse(new Source(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(AstDump.Dump(Parser.Parse(text), text), AstDump.Dump(fromBytes, text));
    }
}
