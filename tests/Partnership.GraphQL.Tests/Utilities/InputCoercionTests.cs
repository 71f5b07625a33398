using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Utilities;

// Expectations produced by graphql-js 17.1.0's coerceInputValue/validateInputValue and
// coerceInputLiteral/validateInputLiteral over the same schema, values and literals ("__undefined" = invalid / absent).
public class InputCoercionTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildSchema("""
        type Query { a: Int }
        input In { a: Int!, b: [String], c: Color = RED, d: Nested }
        input Nested { x: Float, y: [Int!]! }
        input One @oneOf { a: Int, b: String, n: Nested }
        enum Color { RED GREEN BLUE }
        """);

    private static readonly IReadOnlyDictionary<string, object?> Variables = new Dictionary<string, object?> { ["v"] = 7, ["nul"] = null };

    private static readonly JsonElement Expected = JsonDocument.Parse(""""
{
 "values": [
  {
   "type": "Int",
   "value": 1,
   "coerced": 1,
   "errors": []
  },
  {
   "type": "Int",
   "value": "x",
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"x\" | []"
   ]
  },
  {
   "type": "Int!",
   "value": null,
   "coerced": "__undefined",
   "errors": [
    "Expected value of non-null type \"Int!\" not to be null. | []"
   ]
  },
  {
   "type": "[Int]",
   "value": 1,
   "coerced": [
    1
   ],
   "errors": []
  },
  {
   "type": "[Int]",
   "value": [
    1,
    "a",
    2.5
   ],
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"a\" | [1]",
    "Int cannot represent non-integer value: 2.5 | [2]"
   ]
  },
  {
   "type": "[Int!]",
   "value": [
    1,
    null
   ],
   "coerced": "__undefined",
   "errors": [
    "Expected value of non-null type \"Int!\" not to be null. | [1]"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1
   },
   "coerced": {
    "a": 1,
    "c": "RED"
   },
   "errors": []
  },
  {
   "type": "In",
   "value": {
    "b": [
     "x"
    ]
   },
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" to include required field \"a\", found: { b: [\"x\"] }. | []"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "e": 2
   },
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" not to include unknown field \"e\". Did you mean \"a\", \"b\", \"c\", or \"d\"? Found: { a: 1, e: 2 }. | []"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "bb": 2
   },
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" not to include unknown field \"bb\". Did you mean \"b\"? Found: { a: 1, bb: 2 }. | []"
   ]
  },
  {
   "type": "In",
   "value": 5,
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" to be an object, found: 5. | []"
   ]
  },
  {
   "type": "In",
   "value": [
    1
   ],
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" to be an object, found: [1]. | []"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "d": {
     "y": [
      1,
      "x"
     ]
    }
   },
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"x\" | [\"d\",\"y\",1]"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "c": "PURPLE"
   },
   "coerced": "__undefined",
   "errors": [
    "Value \"PURPLE\" does not exist in \"Color\" enum. | [\"c\"]"
   ]
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "c": "RED"
   },
   "coerced": {
    "a": 1,
    "c": "RED"
   },
   "errors": []
  },
  {
   "type": "In",
   "value": {
    "a": 1,
    "c": 1
   },
   "coerced": "__undefined",
   "errors": [
    "Enum \"Color\" cannot represent non-string value: 1. | [\"c\"]"
   ]
  },
  {
   "type": "In!",
   "value": "__undefined",
   "coerced": "__undefined",
   "errors": [
    "Expected a value of non-null type \"In!\" to be provided. | []"
   ]
  },
  {
   "type": "One",
   "value": {
    "a": 1
   },
   "coerced": {
    "a": 1
   },
   "errors": []
  },
  {
   "type": "One",
   "value": {
    "a": 1,
    "b": "x"
   },
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | []"
   ]
  },
  {
   "type": "One",
   "value": {},
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | []"
   ]
  },
  {
   "type": "One",
   "value": {
    "a": null
   },
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | [\"a\"]"
   ]
  },
  {
   "type": "One",
   "value": {
    "n": {
     "y": []
    }
   },
   "coerced": {
    "n": {
     "y": []
    }
   },
   "errors": []
  },
  {
   "type": "Color",
   "value": "GREN",
   "coerced": "__undefined",
   "errors": [
    "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"? | []"
   ]
  }
 ],
 "literals": [
  {
   "type": "Int",
   "literal": "1",
   "coerced": 1,
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "Int",
   "literal": "\"x\"",
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"x\" | [] | 1:1"
   ],
   "staticErrors": [
    "Int cannot represent non-integer value: \"x\" | []"
   ]
  },
  {
   "type": "Int!",
   "literal": "null",
   "coerced": "__undefined",
   "errors": [
    "Expected value of non-null type \"Int!\" not to be null. | [] | 1:1"
   ],
   "staticErrors": [
    "Expected value of non-null type \"Int!\" not to be null. | []"
   ]
  },
  {
   "type": "[Int]",
   "literal": "1",
   "coerced": [
    1
   ],
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "[Int]",
   "literal": "[1, \"a\", 2.5]",
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"a\" | [1] | 1:5",
    "Int cannot represent non-integer value: 2.5 | [2] | 1:10"
   ],
   "staticErrors": [
    "Int cannot represent non-integer value: \"a\" | [1]",
    "Int cannot represent non-integer value: 2.5 | [2]"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1}",
   "coerced": {
    "a": 1,
    "c": "RED"
   },
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "In",
   "literal": "{b: [\"x\"]}",
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" to include required field \"a\", found: { b: [\"x\"] }. | [] | 1:1"
   ],
   "staticErrors": [
    "Expected value of type \"In\" to include required field \"a\", found: { b: [\"x\"] }. | []"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1, e: 2}",
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" not to include unknown field \"e\". Did you mean \"a\", \"b\", \"c\", or \"d\"? Found: { a: 1, e: 2 }. | [] | 1:8"
   ],
   "staticErrors": [
    "Expected value of type \"In\" not to include unknown field \"e\". Did you mean \"a\", \"b\", \"c\", or \"d\"? Found: { a: 1, e: 2 }. | []"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1, bb: 2}",
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" not to include unknown field \"bb\". Did you mean \"b\"? Found: { a: 1, bb: 2 }. | [] | 1:8"
   ],
   "staticErrors": [
    "Expected value of type \"In\" not to include unknown field \"bb\". Did you mean \"b\"? Found: { a: 1, bb: 2 }. | []"
   ]
  },
  {
   "type": "In",
   "literal": "5",
   "coerced": "__undefined",
   "errors": [
    "Expected value of type \"In\" to be an object, found: 5. | [] | 1:1"
   ],
   "staticErrors": [
    "Expected value of type \"In\" to be an object, found: 5. | []"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1, d: {y: [1, \"x\"]}}",
   "coerced": "__undefined",
   "errors": [
    "Int cannot represent non-integer value: \"x\" | [\"d\",\"y\",1] | 1:19"
   ],
   "staticErrors": [
    "Int cannot represent non-integer value: \"x\" | [\"d\",\"y\",1]"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1, c: PURPLE}",
   "coerced": "__undefined",
   "errors": [
    "Value \"PURPLE\" does not exist in \"Color\" enum. | [\"c\"] | 1:11"
   ],
   "staticErrors": [
    "Value \"PURPLE\" does not exist in \"Color\" enum. | [\"c\"]"
   ]
  },
  {
   "type": "In",
   "literal": "{a: 1, c: \"RED\"}",
   "coerced": "__undefined",
   "errors": [
    "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"? | [\"c\"] | 1:11"
   ],
   "staticErrors": [
    "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"? | [\"c\"]"
   ]
  },
  {
   "type": "One",
   "literal": "{a: 1}",
   "coerced": {
    "a": 1
   },
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "One",
   "literal": "{a: 1, b: \"x\"}",
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | [] | 1:1"
   ],
   "staticErrors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | []"
   ]
  },
  {
   "type": "One",
   "literal": "{}",
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | [] | 1:1"
   ],
   "staticErrors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | []"
   ]
  },
  {
   "type": "One",
   "literal": "{a: null}",
   "coerced": "__undefined",
   "errors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | [\"a\"] | 1:1"
   ],
   "staticErrors": [
    "Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. | [\"a\"]"
   ]
  },
  {
   "type": "Color",
   "literal": "GREN",
   "coerced": "__undefined",
   "errors": [
    "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"? | [] | 1:1"
   ],
   "staticErrors": [
    "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"? | []"
   ]
  },
  {
   "type": "Color",
   "literal": "RED",
   "coerced": "RED",
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "In",
   "literal": "{a: $v}",
   "coerced": {
    "a": 7,
    "c": "RED"
   },
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "Int!",
   "literal": "$missing",
   "coerced": "__undefined",
   "errors": [
    "Expected variable \"$missing\" provided to type \"Int!\" to provide a runtime value. | [] | 1:1"
   ],
   "staticErrors": []
  },
  {
   "type": "Int!",
   "literal": "$nul",
   "coerced": "__undefined",
   "errors": [
    "Expected variable \"$nul\" provided to non-null type \"Int!\" not to be null. | [] | 1:1"
   ],
   "staticErrors": []
  },
  {
   "type": "[Int]",
   "literal": "[1, $missing]",
   "coerced": [
    1,
    null
   ],
   "errors": [],
   "staticErrors": []
  },
  {
   "type": "One",
   "literal": "{a: $missing}",
   "coerced": "__undefined",
   "errors": [
    "Expected variable \"$missing\" provided to field \"a\" for OneOf Input Object type \"One\" to provide a runtime value. | [] | 1:1"
   ],
   "staticErrors": []
  },
  {
   "type": "One",
   "literal": "{a: $nul}",
   "coerced": "__undefined",
   "errors": [
    "Expected variable \"$nul\" provided to field \"a\" for OneOf Input Object type \"One\" not to be null. | [] | 1:1"
   ],
   "staticErrors": []
  },
  {
   "type": "One",
   "literal": "{a: $v}",
   "coerced": {
    "a": 7
   },
   "errors": [],
   "staticErrors": []
  }
 ]
}

"""").RootElement;

    private static GraphQLType TypeOf(string text) => text switch
    {
        _ when text.EndsWith('!') => new NonNullType(TypeOf(text[..^1])),
        _ when text.StartsWith('[') => new ListType(TypeOf(text[1..^1])),
        _ => Schema.GetType(text)!,
    };

    private static string Json(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) JsonValueWriter.Write(writer, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Normalize(JsonElement e) => JsonSerializer.Serialize(e);

    public static TheoryData<int> ValueCases => [.. Enumerable.Range(0, Expected.GetProperty("values").GetArrayLength())];

    public static TheoryData<int> LiteralCases => [.. Enumerable.Range(0, Expected.GetProperty("literals").GetArrayLength())];

    [Theory]
    [MemberData(nameof(ValueCases))]
    public void CoerceInputValue_Case_MatchesGraphqlJs(int index)
    {
        var c = Expected.GetProperty("values")[index];
        var type = TypeOf(c.GetProperty("type").GetString()!);
        var value = c.GetProperty("value");
        var missing = value.ValueKind == JsonValueKind.String && value.GetString() == "__undefined";
        var ok = !missing && InputCoercion.TryCoerceInputValue(value, type, out var coerced) ? Json(coerced) : null;
        var expected = c.GetProperty("coerced");
        Assert.Equal(expected.ValueKind == JsonValueKind.String && expected.GetString() == "__undefined" ? null : Normalize(expected), ok);

        var errors = new List<string>();
        InputErrorHandler collect = (e, path) => errors.Add(e.Message + " | " + JsonSerializer.Serialize(path));
        if (missing) InputValidation.ValidateMissingValue(type, collect);
        else InputValidation.ValidateInputValue(value, type, collect);
        Assert.Equal(c.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!), errors);
    }

    [Theory]
    [MemberData(nameof(LiteralCases))]
    public void CoerceInputLiteral_Case_MatchesGraphqlJs(int index)
    {
        var c = Expected.GetProperty("literals")[index];
        var type = TypeOf(c.GetProperty("type").GetString()!);
        var node = Parser.ParseValue(c.GetProperty("literal").GetString()!);
        var ok = InputCoercion.TryCoerceInputLiteral(node, type, Variables, out var coerced) ? Json(coerced) : null;
        var expected = c.GetProperty("coerced");
        Assert.Equal(expected.ValueKind == JsonValueKind.String && expected.GetString() == "__undefined" ? null : Normalize(expected), ok);

        var errors = new List<string>();
        InputValidation.ValidateInputLiteral(node, type, (e, path) => errors.Add(
            e.Message + " | " + JsonSerializer.Serialize(path) + " | " + string.Join(",", e.Locations.Select(l => $"{l.Line}:{l.Column}"))), Variables);
        Assert.Equal(c.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!), errors);

        var staticErrors = new List<string>();
        InputValidation.ValidateInputLiteral(node, type, (e, path) => staticErrors.Add(e.Message + " | " + JsonSerializer.Serialize(path)));
        Assert.Equal(c.GetProperty("staticErrors").EnumerateArray().Select(e => e.GetString()!), staticErrors);
    }

    [Fact]
    public void ArgumentValues_MissingRequired_ThrowsGraphqlJsMessage()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { f(a: Int!, b: Int = 3, c: [Int]): Int }");
        var field = schema.QueryType!.GetField("f")!;
        var document = Parser.Parse("{ f(c: 1) }");
        var fieldNode = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var error = Assert.Throws<GraphQLError>(() => ArgumentValues.Get(field.Arguments, fieldNode, fieldNode.Arguments, null));
        Assert.Equal("Argument \"Query.f(a:)\" of required type \"Int!\" was not provided.", error.Message);
    }

    [Fact]
    public void ArgumentValues_InvalidValue_PrefixesGraphqlJsMessage()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { f(a: Int!, b: Int = 3, c: [Int]): Int }");
        var field = schema.QueryType!.GetField("f")!;
        var document = Parser.Parse("{ f(a: 1, c: [1, \"x\"]) g: f(a: $v) }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var first = (FieldNode)selections[0];
        var error = Assert.Throws<GraphQLError>(() => ArgumentValues.Get(field.Arguments, first, first.Arguments, Variables));
        Assert.Equal("Argument \"Query.f(c:)\" has invalid value at [1]: Int cannot represent non-integer value: \"x\"", error.Message);

        var second = (FieldNode)selections[1];
        var values = ArgumentValues.Get(field.Arguments, second, second.Arguments, Variables);
        Assert.Equal(7, values["a"]);
        Assert.Equal(3, values["b"]);
        Assert.False(values.ContainsKey("c"));
    }
}

public class DirectiveValuesTests
{
    [Fact]
    public void GetDirectiveValues_SkipWithVariable_CoercesIf()
    {
        var document = Partnership.GraphQL.Language.Parser.Parse("query($s: Boolean!) { a @skip(if: $s) b @include(if: true) c }");
        var selections = ((Partnership.GraphQL.Language.OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var variables = new Dictionary<string, object?> { ["s"] = true };
        Assert.Equal(true, ArgumentValues.GetDirectiveValues(Partnership.GraphQL.Types.SpecifiedDirectives.Skip, selections[0].Directives, variables)!["if"]);
        Assert.Equal(true, ArgumentValues.GetDirectiveValues(Partnership.GraphQL.Types.SpecifiedDirectives.Include, selections[1].Directives, variables)!["if"]);
        Assert.Null(ArgumentValues.GetDirectiveValues(Partnership.GraphQL.Types.SpecifiedDirectives.Skip, selections[2].Directives, variables));
    }
}
