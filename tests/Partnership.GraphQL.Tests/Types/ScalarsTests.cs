using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Types;

// Expected results were produced by graphql-js 17.1.0 (GraphQLInt.coerceOutputValue etc.) for the same inputs:
// "ok <JSON of the result>" or "err <message>".
public class ScalarsTests
{
    private static ScalarType ByName(string name) => name switch
    {
        "Int" => Scalars.Int,
        "Float" => Scalars.Float,
        "String" => Scalars.String,
        "Boolean" => Scalars.Boolean,
        "ID" => Scalars.ID,
        _ => throw new ArgumentException(name),
    };

    private static string Outcome(Func<object?> action)
    {
        try
        {
            return "ok " + Inspector.Inspect(action());
        }
        catch (GraphQLError e)
        {
            return "err " + e.Message;
        }
    }

    public static TheoryData<string, string, object?, string> ValueCases => new()
    {
        { "Int", "coerceOutputValue", 1, "ok 1" },
        { "Int", "coerceInputValue", 1, "ok 1" },
        { "Int", "coerceOutputValue", 1.5, "err Int cannot represent non-integer value: 1.5" },
        { "Int", "coerceInputValue", 1.5, "err Int cannot represent non-integer value: 1.5" },
        { "Int", "coerceOutputValue", 2147483648L, "err Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "coerceInputValue", 2147483648L, "err Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "coerceOutputValue", -2147483649L, "err Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", "coerceInputValue", -2147483649L, "err Int cannot represent non 32-bit signed integer value: -2147483649" },
        { "Int", "coerceOutputValue", 1e21, "err Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Int", "coerceInputValue", 1e21, "err Int cannot represent non 32-bit signed integer value: 1e+21" },
        { "Int", "coerceOutputValue", "abc", "err Int cannot represent non-integer value: \"abc\"" },
        { "Int", "coerceInputValue", "abc", "err Int cannot represent non-integer value: \"abc\"" },
        { "Int", "coerceOutputValue", "12", "ok 12" },
        { "Int", "coerceInputValue", "12", "err Int cannot represent non-integer value: \"12\"" },
        { "Int", "coerceOutputValue", "1.5", "err Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "coerceInputValue", "1.5", "err Int cannot represent non-integer value: \"1.5\"" },
        { "Int", "coerceOutputValue", "", "err Int cannot represent non-integer value: \"\"" },
        { "Int", "coerceInputValue", "", "err Int cannot represent non-integer value: \"\"" },
        { "Int", "coerceOutputValue", true, "ok 1" },
        { "Int", "coerceInputValue", true, "err Int cannot represent non-integer value: true" },
        { "Int", "coerceOutputValue", false, "ok 0" },
        { "Int", "coerceInputValue", false, "err Int cannot represent non-integer value: false" },
        { "Int", "coerceOutputValue", null, "err Int cannot represent non-integer value: null" },
        { "Int", "coerceInputValue", null, "err Int cannot represent non-integer value: null" },
        { "Int", "coerceOutputValue", new object[] { 1, 2 }, "err Int cannot represent non-integer value: [1, 2]" },
        { "Int", "coerceInputValue", new object[] { 1, 2 }, "err Int cannot represent non-integer value: [1, 2]" },
        { "Int", "coerceOutputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Int cannot represent non-integer value: { a: 1 }" },
        { "Int", "coerceInputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Int cannot represent non-integer value: { a: 1 }" },
        { "Int", "coerceOutputValue", double.NaN, "err Int cannot represent non-integer value: NaN" },
        { "Int", "coerceInputValue", double.NaN, "err Int cannot represent non-integer value: NaN" },
        { "Int", "coerceOutputValue", double.PositiveInfinity, "err Int cannot represent non-integer value: Infinity" },
        { "Int", "coerceInputValue", double.PositiveInfinity, "err Int cannot represent non-integer value: Infinity" },
        { "Int", "coerceOutputValue", 0.1, "err Int cannot represent non-integer value: 0.1" },
        { "Int", "coerceInputValue", 0.1, "err Int cannot represent non-integer value: 0.1" },
        { "Int", "coerceOutputValue", 123456789012L, "err Int cannot represent non 32-bit signed integer value: 123456789012" },
        { "Int", "coerceInputValue", 123456789012L, "err Int cannot represent non 32-bit signed integer value: 123456789012" },
        { "Float", "coerceOutputValue", 1, "ok 1" },
        { "Float", "coerceInputValue", 1, "ok 1" },
        { "Float", "coerceOutputValue", 1.5, "ok 1.5" },
        { "Float", "coerceInputValue", 1.5, "ok 1.5" },
        { "Float", "coerceOutputValue", 2147483648L, "ok 2147483648" },
        { "Float", "coerceInputValue", 2147483648L, "ok 2147483648" },
        { "Float", "coerceOutputValue", -2147483649L, "ok -2147483649" },
        { "Float", "coerceInputValue", -2147483649L, "ok -2147483649" },
        { "Float", "coerceOutputValue", 1e21, "ok 1e+21" },
        { "Float", "coerceInputValue", 1e21, "ok 1e+21" },
        { "Float", "coerceOutputValue", "abc", "err Float cannot represent non numeric value: \"abc\"" },
        { "Float", "coerceInputValue", "abc", "err Float cannot represent non numeric value: \"abc\"" },
        { "Float", "coerceOutputValue", "12", "ok 12" },
        { "Float", "coerceInputValue", "12", "err Float cannot represent non numeric value: \"12\"" },
        { "Float", "coerceOutputValue", "1.5", "ok 1.5" },
        { "Float", "coerceInputValue", "1.5", "err Float cannot represent non numeric value: \"1.5\"" },
        { "Float", "coerceOutputValue", "", "err Float cannot represent non numeric value: \"\"" },
        { "Float", "coerceInputValue", "", "err Float cannot represent non numeric value: \"\"" },
        { "Float", "coerceOutputValue", true, "ok 1" },
        { "Float", "coerceInputValue", true, "err Float cannot represent non numeric value: true" },
        { "Float", "coerceOutputValue", false, "ok 0" },
        { "Float", "coerceInputValue", false, "err Float cannot represent non numeric value: false" },
        { "Float", "coerceOutputValue", null, "err Float cannot represent non numeric value: null" },
        { "Float", "coerceInputValue", null, "err Float cannot represent non numeric value: null" },
        { "Float", "coerceOutputValue", new object[] { 1, 2 }, "err Float cannot represent non numeric value: [1, 2]" },
        { "Float", "coerceInputValue", new object[] { 1, 2 }, "err Float cannot represent non numeric value: [1, 2]" },
        { "Float", "coerceOutputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Float cannot represent non numeric value: { a: 1 }" },
        { "Float", "coerceInputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Float cannot represent non numeric value: { a: 1 }" },
        { "Float", "coerceOutputValue", double.NaN, "err Float cannot represent non numeric value: NaN" },
        { "Float", "coerceInputValue", double.NaN, "err Float cannot represent non numeric value: NaN" },
        { "Float", "coerceOutputValue", double.PositiveInfinity, "err Float cannot represent non numeric value: Infinity" },
        { "Float", "coerceInputValue", double.PositiveInfinity, "err Float cannot represent non numeric value: Infinity" },
        { "Float", "coerceOutputValue", 0.1, "ok 0.1" },
        { "Float", "coerceInputValue", 0.1, "ok 0.1" },
        { "Float", "coerceOutputValue", 123456789012L, "ok 123456789012" },
        { "Float", "coerceInputValue", 123456789012L, "ok 123456789012" },
        { "String", "coerceOutputValue", 1, "ok \"1\"" },
        { "String", "coerceInputValue", 1, "err String cannot represent a non string value: 1" },
        { "String", "coerceOutputValue", 1.5, "ok \"1.5\"" },
        { "String", "coerceInputValue", 1.5, "err String cannot represent a non string value: 1.5" },
        { "String", "coerceOutputValue", 2147483648L, "ok \"2147483648\"" },
        { "String", "coerceInputValue", 2147483648L, "err String cannot represent a non string value: 2147483648" },
        { "String", "coerceOutputValue", -2147483649L, "ok \"-2147483649\"" },
        { "String", "coerceInputValue", -2147483649L, "err String cannot represent a non string value: -2147483649" },
        { "String", "coerceOutputValue", 1e21, "ok \"1e+21\"" },
        { "String", "coerceInputValue", 1e21, "err String cannot represent a non string value: 1e+21" },
        { "String", "coerceOutputValue", "abc", "ok \"abc\"" },
        { "String", "coerceInputValue", "abc", "ok \"abc\"" },
        { "String", "coerceOutputValue", "12", "ok \"12\"" },
        { "String", "coerceInputValue", "12", "ok \"12\"" },
        { "String", "coerceOutputValue", "1.5", "ok \"1.5\"" },
        { "String", "coerceInputValue", "1.5", "ok \"1.5\"" },
        { "String", "coerceOutputValue", "", "ok \"\"" },
        { "String", "coerceInputValue", "", "ok \"\"" },
        { "String", "coerceOutputValue", true, "ok \"true\"" },
        { "String", "coerceInputValue", true, "err String cannot represent a non string value: true" },
        { "String", "coerceOutputValue", false, "ok \"false\"" },
        { "String", "coerceInputValue", false, "err String cannot represent a non string value: false" },
        { "String", "coerceOutputValue", null, "err String cannot represent value: null" },
        { "String", "coerceInputValue", null, "err String cannot represent a non string value: null" },
        { "String", "coerceOutputValue", new object[] { 1, 2 }, "err String cannot represent value: [1, 2]" },
        { "String", "coerceInputValue", new object[] { 1, 2 }, "err String cannot represent a non string value: [1, 2]" },
        { "String", "coerceOutputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err String cannot represent value: { a: 1 }" },
        { "String", "coerceInputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err String cannot represent a non string value: { a: 1 }" },
        { "String", "coerceOutputValue", double.NaN, "err String cannot represent value: NaN" },
        { "String", "coerceInputValue", double.NaN, "err String cannot represent a non string value: NaN" },
        { "String", "coerceOutputValue", double.PositiveInfinity, "err String cannot represent value: Infinity" },
        { "String", "coerceInputValue", double.PositiveInfinity, "err String cannot represent a non string value: Infinity" },
        { "String", "coerceOutputValue", 0.1, "ok \"0.1\"" },
        { "String", "coerceInputValue", 0.1, "err String cannot represent a non string value: 0.1" },
        { "String", "coerceOutputValue", 123456789012L, "ok \"123456789012\"" },
        { "String", "coerceInputValue", 123456789012L, "err String cannot represent a non string value: 123456789012" },
        { "Boolean", "coerceOutputValue", 1, "ok true" },
        { "Boolean", "coerceInputValue", 1, "err Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "coerceOutputValue", 1.5, "ok true" },
        { "Boolean", "coerceInputValue", 1.5, "err Boolean cannot represent a non boolean value: 1.5" },
        { "Boolean", "coerceOutputValue", 2147483648L, "ok true" },
        { "Boolean", "coerceInputValue", 2147483648L, "err Boolean cannot represent a non boolean value: 2147483648" },
        { "Boolean", "coerceOutputValue", -2147483649L, "ok true" },
        { "Boolean", "coerceInputValue", -2147483649L, "err Boolean cannot represent a non boolean value: -2147483649" },
        { "Boolean", "coerceOutputValue", 1e21, "ok true" },
        { "Boolean", "coerceInputValue", 1e21, "err Boolean cannot represent a non boolean value: 1e+21" },
        { "Boolean", "coerceOutputValue", "abc", "err Boolean cannot represent a non boolean value: \"abc\"" },
        { "Boolean", "coerceInputValue", "abc", "err Boolean cannot represent a non boolean value: \"abc\"" },
        { "Boolean", "coerceOutputValue", "12", "err Boolean cannot represent a non boolean value: \"12\"" },
        { "Boolean", "coerceInputValue", "12", "err Boolean cannot represent a non boolean value: \"12\"" },
        { "Boolean", "coerceOutputValue", "1.5", "err Boolean cannot represent a non boolean value: \"1.5\"" },
        { "Boolean", "coerceInputValue", "1.5", "err Boolean cannot represent a non boolean value: \"1.5\"" },
        { "Boolean", "coerceOutputValue", "", "err Boolean cannot represent a non boolean value: \"\"" },
        { "Boolean", "coerceInputValue", "", "err Boolean cannot represent a non boolean value: \"\"" },
        { "Boolean", "coerceOutputValue", true, "ok true" },
        { "Boolean", "coerceInputValue", true, "ok true" },
        { "Boolean", "coerceOutputValue", false, "ok false" },
        { "Boolean", "coerceInputValue", false, "ok false" },
        { "Boolean", "coerceOutputValue", null, "err Boolean cannot represent a non boolean value: null" },
        { "Boolean", "coerceInputValue", null, "err Boolean cannot represent a non boolean value: null" },
        { "Boolean", "coerceOutputValue", new object[] { 1, 2 }, "err Boolean cannot represent a non boolean value: [1, 2]" },
        { "Boolean", "coerceInputValue", new object[] { 1, 2 }, "err Boolean cannot represent a non boolean value: [1, 2]" },
        { "Boolean", "coerceOutputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Boolean cannot represent a non boolean value: { a: 1 }" },
        { "Boolean", "coerceInputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err Boolean cannot represent a non boolean value: { a: 1 }" },
        { "Boolean", "coerceOutputValue", double.NaN, "err Boolean cannot represent a non boolean value: NaN" },
        { "Boolean", "coerceInputValue", double.NaN, "err Boolean cannot represent a non boolean value: NaN" },
        { "Boolean", "coerceOutputValue", double.PositiveInfinity, "err Boolean cannot represent a non boolean value: Infinity" },
        { "Boolean", "coerceInputValue", double.PositiveInfinity, "err Boolean cannot represent a non boolean value: Infinity" },
        { "Boolean", "coerceOutputValue", 0.1, "ok true" },
        { "Boolean", "coerceInputValue", 0.1, "err Boolean cannot represent a non boolean value: 0.1" },
        { "Boolean", "coerceOutputValue", 123456789012L, "ok true" },
        { "Boolean", "coerceInputValue", 123456789012L, "err Boolean cannot represent a non boolean value: 123456789012" },
        { "ID", "coerceOutputValue", 1, "ok \"1\"" },
        { "ID", "coerceInputValue", 1, "ok \"1\"" },
        { "ID", "coerceOutputValue", 1.5, "err ID cannot represent value: 1.5" },
        { "ID", "coerceInputValue", 1.5, "err ID cannot represent value: 1.5" },
        { "ID", "coerceOutputValue", 2147483648L, "ok \"2147483648\"" },
        { "ID", "coerceInputValue", 2147483648L, "ok \"2147483648\"" },
        { "ID", "coerceOutputValue", -2147483649L, "ok \"-2147483649\"" },
        { "ID", "coerceInputValue", -2147483649L, "ok \"-2147483649\"" },
        { "ID", "coerceOutputValue", 1e21, "ok \"1e+21\"" },
        { "ID", "coerceInputValue", 1e21, "ok \"1e+21\"" },
        { "ID", "coerceOutputValue", "abc", "ok \"abc\"" },
        { "ID", "coerceInputValue", "abc", "ok \"abc\"" },
        { "ID", "coerceOutputValue", "12", "ok \"12\"" },
        { "ID", "coerceInputValue", "12", "ok \"12\"" },
        { "ID", "coerceOutputValue", "1.5", "ok \"1.5\"" },
        { "ID", "coerceInputValue", "1.5", "ok \"1.5\"" },
        { "ID", "coerceOutputValue", "", "ok \"\"" },
        { "ID", "coerceInputValue", "", "ok \"\"" },
        { "ID", "coerceOutputValue", true, "err ID cannot represent value: true" },
        { "ID", "coerceInputValue", true, "err ID cannot represent value: true" },
        { "ID", "coerceOutputValue", false, "err ID cannot represent value: false" },
        { "ID", "coerceInputValue", false, "err ID cannot represent value: false" },
        { "ID", "coerceOutputValue", null, "err ID cannot represent value: null" },
        { "ID", "coerceInputValue", null, "err ID cannot represent value: null" },
        { "ID", "coerceOutputValue", new object[] { 1, 2 }, "err ID cannot represent value: [1, 2]" },
        { "ID", "coerceInputValue", new object[] { 1, 2 }, "err ID cannot represent value: [1, 2]" },
        { "ID", "coerceOutputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err ID cannot represent value: { a: 1 }" },
        { "ID", "coerceInputValue", new Dictionary<string, object?> { ["a"] = 1 }, "err ID cannot represent value: { a: 1 }" },
        { "ID", "coerceOutputValue", double.NaN, "err ID cannot represent value: NaN" },
        { "ID", "coerceInputValue", double.NaN, "err ID cannot represent value: NaN" },
        { "ID", "coerceOutputValue", double.PositiveInfinity, "err ID cannot represent value: Infinity" },
        { "ID", "coerceInputValue", double.PositiveInfinity, "err ID cannot represent value: Infinity" },
        { "ID", "coerceOutputValue", 0.1, "err ID cannot represent value: 0.1" },
        { "ID", "coerceInputValue", 0.1, "err ID cannot represent value: 0.1" },
        { "ID", "coerceOutputValue", 123456789012L, "ok \"123456789012\"" },
        { "ID", "coerceInputValue", 123456789012L, "ok \"123456789012\"" },
    };

    [Theory]
    [MemberData(nameof(ValueCases))]
    public void Coerce_Value_MatchesGraphqlJs(string scalar, string method, object? input, string expected)
    {
        var type = ByName(scalar);
        var actual = method == "coerceOutputValue"
            ? Outcome(() => type.CoerceOutputValue(input))
            : Outcome(() => type.CoerceInputValue(input));
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string, string> LiteralCases => new()
    {
        { "Int", "1", "ok 1" },
        { "Int", "1.5", "err Int cannot represent non-integer value: 1.5" },
        { "Int", "2147483648", "err Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "\"abc\"", "err Int cannot represent non-integer value: \"abc\"" },
        { "Int", "true", "err Int cannot represent non-integer value: true" },
        { "Int", "null", "err Int cannot represent non-integer value: null" },
        { "Int", "ENUM", "err Int cannot represent non-integer value: ENUM" },
        { "Int", "[1]", "err Int cannot represent non-integer value: [1]" },
        { "Int", "{a: 1}", "err Int cannot represent non-integer value: { a: 1 }" },
        { "Int", "-0", "ok 0" },
        { "Int", "1e3", "err Int cannot represent non-integer value: 1e3" },
        { "Float", "1", "ok 1" },
        { "Float", "1.5", "ok 1.5" },
        { "Float", "2147483648", "ok 2147483648" },
        { "Float", "\"abc\"", "err Float cannot represent non numeric value: \"abc\"" },
        { "Float", "true", "err Float cannot represent non numeric value: true" },
        { "Float", "null", "err Float cannot represent non numeric value: null" },
        { "Float", "ENUM", "err Float cannot represent non numeric value: ENUM" },
        { "Float", "[1]", "err Float cannot represent non numeric value: [1]" },
        { "Float", "{a: 1}", "err Float cannot represent non numeric value: { a: 1 }" },
        { "Float", "-0", "ok 0" },
        { "Float", "1e3", "ok 1000" },
        { "String", "1", "err String cannot represent a non string value: 1" },
        { "String", "1.5", "err String cannot represent a non string value: 1.5" },
        { "String", "2147483648", "err String cannot represent a non string value: 2147483648" },
        { "String", "\"abc\"", "ok \"abc\"" },
        { "String", "true", "err String cannot represent a non string value: true" },
        { "String", "null", "err String cannot represent a non string value: null" },
        { "String", "ENUM", "err String cannot represent a non string value: ENUM" },
        { "String", "[1]", "err String cannot represent a non string value: [1]" },
        { "String", "{a: 1}", "err String cannot represent a non string value: { a: 1 }" },
        { "String", "-0", "err String cannot represent a non string value: -0" },
        { "String", "1e3", "err String cannot represent a non string value: 1e3" },
        { "Boolean", "1", "err Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "1.5", "err Boolean cannot represent a non boolean value: 1.5" },
        { "Boolean", "2147483648", "err Boolean cannot represent a non boolean value: 2147483648" },
        { "Boolean", "\"abc\"", "err Boolean cannot represent a non boolean value: \"abc\"" },
        { "Boolean", "true", "ok true" },
        { "Boolean", "null", "err Boolean cannot represent a non boolean value: null" },
        { "Boolean", "ENUM", "err Boolean cannot represent a non boolean value: ENUM" },
        { "Boolean", "[1]", "err Boolean cannot represent a non boolean value: [1]" },
        { "Boolean", "{a: 1}", "err Boolean cannot represent a non boolean value: { a: 1 }" },
        { "Boolean", "-0", "err Boolean cannot represent a non boolean value: -0" },
        { "Boolean", "1e3", "err Boolean cannot represent a non boolean value: 1e3" },
        { "ID", "1", "ok \"1\"" },
        { "ID", "1.5", "err ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "2147483648", "ok \"2147483648\"" },
        { "ID", "\"abc\"", "ok \"abc\"" },
        { "ID", "true", "err ID cannot represent a non-string and non-integer value: true" },
        { "ID", "null", "err ID cannot represent a non-string and non-integer value: null" },
        { "ID", "ENUM", "err ID cannot represent a non-string and non-integer value: ENUM" },
        { "ID", "[1]", "err ID cannot represent a non-string and non-integer value: [1]" },
        { "ID", "{a: 1}", "err ID cannot represent a non-string and non-integer value: { a: 1 }" },
        { "ID", "-0", "ok \"-0\"" },
        { "ID", "1e3", "err ID cannot represent a non-string and non-integer value: 1e3" },
    };

    private static ValueNode Literal(string text) => text switch
    {
        "1" or "2147483648" or "-0" => new IntValueNode(text),
        "1.5" or "1e3" => new FloatValueNode(text),
        "\"abc\"" => new StringValueNode("abc"),
        "true" => new BooleanValueNode(true),
        "null" => new NullValueNode(),
        "ENUM" => new EnumValueNode("ENUM"),
        "[1]" => new ListValueNode { Values = [new IntValueNode("1")] },
        "{a: 1}" => new ObjectValueNode { Fields = [new ObjectFieldNode { Name = new NameNode("a"), Value = new IntValueNode("1") }] },
        _ => throw new ArgumentException(text),
    };

    [Theory]
    [MemberData(nameof(LiteralCases))]
    public void CoerceInputLiteral_Literal_MatchesGraphqlJs(string scalar, string literal, string expected)
    {
        Assert.Equal(expected, Outcome(() => ByName(scalar).CoerceInputLiteral(Literal(literal))));
    }

    [Fact]
    public void CoerceInputLiteral_InvalidLiteral_ErrorCarriesTheNode()
    {
        var node = new StringValueNode("x");
        var error = Assert.Throws<GraphQLError>(() => Scalars.Int.CoerceInputLiteral(node));
        Assert.Same(node, Assert.Single(error.Nodes));
    }

    [Fact]
    public void CoerceOutputValue_GuidForIdAndString_WritesCanonicalText()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Scalars.ID.CoerceOutputValue(id));
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Scalars.String.CoerceOutputValue(id));
    }

    [Fact]
    public void CoerceInputValue_JsonElementNumber_CoercesAsNumber()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("[7, 2.5, \"x\"]");
        var items = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(7, Scalars.Int.CoerceInputValue(items[0]));
        Assert.Equal(2.5, Scalars.Float.CoerceInputValue(items[1]));
        Assert.Equal("Int cannot represent non-integer value: \"x\"", Assert.Throws<GraphQLError>(() => Scalars.Int.CoerceInputValue(items[2])).Message);
    }

    [Fact]
    public void Specified_Order_IsGraphqlJsOrder()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], Scalars.Specified.Select(s => s.Name));
    }

    [Fact]
    public void CustomScalar_WithoutFunctions_PassesValuesThrough()
    {
        var json = new ScalarType("JSON");
        var value = new Dictionary<string, object?> { ["a"] = 1 };
        Assert.Same(value, json.CoerceOutputValue(value));
        Assert.Same(value, json.CoerceInputValue(value));
        var literal = new ObjectValueNode { Fields = [new ObjectFieldNode { Name = new NameNode("a"), Value = new ListValueNode { Values = [new IntValueNode("1"), new StringValueNode("b")] } }] };
        Assert.Equal("{ a: [1, \"b\"] }", Inspector.Inspect(json.CoerceInputLiteral(literal)));
    }

    [Fact]
    public void CustomScalar_WithFunctions_UsesThem()
    {
        var date = new ScalarType("Date")
        {
            SpecifiedByUrl = "https://tools.ietf.org/html/rfc3339",
            Serialize = v => v is DateOnly d ? d.ToString("yyyy-MM-dd") : throw new GraphQLError("Date cannot represent value: " + Inspector.Inspect(v)),
            ParseValue = v => v is string s ? DateOnly.Parse(s) : throw new GraphQLError("bad"),
            ParseLiteral = n => n is StringValueNode s ? DateOnly.Parse(s.Value) : throw new GraphQLError("bad", n),
        };
        Assert.Equal("2020-01-31", date.CoerceOutputValue(new DateOnly(2020, 1, 31)));
        Assert.Equal(new DateOnly(2020, 1, 31), date.CoerceInputLiteral(new StringValueNode("2020-01-31")));
        Assert.Equal("Date cannot represent value: 5", Assert.Throws<GraphQLError>(() => date.CoerceOutputValue(5)).Message);
    }
}

public class EnumTypeTests
{
    private static readonly EnumType Color = new("Color", "RED", "GREEN", "BLUE");

    [Fact]
    public void CoerceOutputValue_UnknownValue_GraphqlJsMessage()
    {
        Assert.Equal("RED", Color.CoerceOutputValue("RED"));
        using var doc = System.Text.Json.JsonDocument.Parse("\"GREEN\"");
        Assert.Equal("GREEN", Color.CoerceOutputValue(doc.RootElement));
        Assert.Equal("Enum \"Color\" cannot represent value: \"PINK\"",
            Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => Color.CoerceOutputValue("PINK")).Message);
    }

    [Fact]
    public void CoerceInputValue_NonString_SuggestsUnlessHidden()
    {
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.",
            Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => Color.CoerceInputValue(1)).Message);
        Assert.Equal("Value \"BLU\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?",
            Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => Color.CoerceInputValue("BLU")).Message);
        Assert.Equal("Value \"BLU\" does not exist in \"Color\" enum.",
            Assert.Throws<Partnership.GraphQL.Errors.GraphQLError>(() => Color.CoerceInputValue("BLU", hideSuggestions: true)).Message);
    }
}
