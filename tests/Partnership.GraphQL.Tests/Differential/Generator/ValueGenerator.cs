using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential.Generator;

/// <summary>Random input values for a type: as GraphQL literals (arguments, defaults) and as JSON (variables).</summary>
internal sealed class ValueGenerator(GenSchema schema, Random random)
{
    private static readonly string[] IntLiterals = ["0", "1", "-1", "42", "2147483647", "-2147483648", "7", "1000"];
    private static readonly string[] FloatLiterals = ["0", "1.5", "-2.25e3", "3", "1e-2", "0.1", "-0.0", "6.02E23"];
    private static readonly string[] Strings = ["hello", "", "café", "😀 emoji", "tab\there", "quote \" and \\ slash", "line\nbreak", "日本"];

    public Random Random { get; } = random;

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A valid literal of <paramref name="type"/>.</summary>
    public string Literal(GenTypeRef type, int depth = 0)
    {
        if (type.IsNonNull) return NonNullLiteral(type.OfType!, depth);
        return Chance(0.08) ? "null" : NonNullLiteral(type, depth);
    }

    private string NonNullLiteral(GenTypeRef type, int depth)
    {
        if (type.IsList)
        {
            if (Chance(0.3)) return Literal(type.OfType!, depth + 1); // a single item stands for a list of one
            var count = Random.Next(depth > 1 ? 2 : 4);
            var items = new string[count];
            for (var i = 0; i < count; i++) items[i] = Literal(type.OfType!, depth + 1);
            return "[" + string.Join(", ", items) + "]";
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case GenKind.Enum:
                return Pick(named.EnumValues);
            case GenKind.InputObject:
                return ObjectLiteral(named, depth);
            default:
                return ScalarLiteral(named.Name);
        }
    }

    private string ScalarLiteral(string scalar) => scalar switch
    {
        "Int" => Pick(IntLiterals),
        "Float" => Pick(FloatLiterals),
        "String" => Chance(0.15) ? "\"\"\"block " + Random.Next(100) + "\"\"\"" : Quote(Pick(Strings)),
        "Boolean" => Chance(0.5) ? "true" : "false",
        "ID" => Chance(0.5) ? Quote("id" + Random.Next(50)) : Random.Next(1000).ToString(CultureInfo.InvariantCulture),
        _ => Pick(["1", "\"any\"", "{a: [1, 2], b: {c: null}}", "true", "[\"x\", 2.5]", "ENUM_LIKE"]),
    };

    private string ObjectLiteral(GenType input, int depth)
    {
        var parts = new List<string>();
        if (input.IsOneOf)
        {
            var field = Pick(input.InputFields);
            parts.Add(field.Name + ": " + NonNullLiteral(field.Type.Nullable, depth + 1));
        }
        else
        {
            foreach (var field in input.InputFields)
            {
                if (field.IsRequired || (depth < 2 && Chance(0.4))) parts.Add(field.Name + ": " + Literal(field.Type, depth + 1));
            }
        }
        return "{" + string.Join(", ", parts) + "}";
    }

    /// <summary>A valid JSON value of <paramref name="type"/> for the variables map.</summary>
    public JsonNode? Json(GenTypeRef type, int depth = 0)
    {
        if (type.IsNonNull) return NonNullJson(type.OfType!, depth);
        return Chance(0.08) ? null : NonNullJson(type, depth);
    }

    private JsonNode? NonNullJson(GenTypeRef type, int depth)
    {
        if (type.IsList)
        {
            if (Chance(0.25)) return Json(type.OfType!, depth + 1);
            var array = new JsonArray();
            var count = Random.Next(depth > 1 ? 2 : 4);
            for (var i = 0; i < count; i++) array.Add(Json(type.OfType!, depth + 1));
            return array;
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case GenKind.Enum:
                return JsonValue.Create(Pick(named.EnumValues));
            case GenKind.InputObject:
            {
                var obj = new JsonObject();
                if (named.IsOneOf)
                {
                    var field = Pick(named.InputFields);
                    obj[field.Name] = NonNullJson(field.Type.Nullable, depth + 1);
                    return obj;
                }
                foreach (var field in named.InputFields)
                {
                    if (field.IsRequired || (depth < 2 && Chance(0.4))) obj[field.Name] = Json(field.Type, depth + 1);
                }
                return obj;
            }
            default:
                return ScalarJson(named.Name);
        }
    }

    private JsonNode? ScalarJson(string scalar) => scalar switch
    {
        "Int" => JsonValue.Create(Pick([0, 1, -1, 42, 2147483647, -2147483648, Random.Next(-500, 500)])),
        "Float" => JsonValue.Create(Pick([0.0, 1.5, -2250.0, 3.0, 0.01, 1e21, 123.456])),
        "String" => JsonValue.Create(Pick(Strings)),
        "Boolean" => JsonValue.Create(Chance(0.5)),
        "ID" => Chance(0.5) ? JsonValue.Create("id" + Random.Next(50)) : JsonValue.Create(Random.Next(1000)),
        _ => Pick<Func<JsonNode?>>([() => JsonValue.Create(1), () => JsonValue.Create("any"), () => new JsonObject { ["a"] = new JsonArray(1, 2) }, () => JsonValue.Create(true)])(),
    };

    /// <summary>A literal of the wrong kind for <paramref name="type"/> (what a careless client sends).</summary>
    public string WrongLiteral(GenTypeRef type)
    {
        var named = schema[type.NamedType];
        if (type.Nullable.IsList && Chance(0.3)) return "[" + WrongLiteral(type.Nullable.OfType!) + "]";
        return named.Kind switch
        {
            GenKind.Enum => Pick(["\"" + Pick(named.EnumValues) + "\"", "NOT_A_VALUE", Pick(named.EnumValues).ToLowerInvariant(), "1"]),
            GenKind.InputObject => Pick(["\"object\"", "{unknownField: 1}", "[1]", "{}"]),
            _ => named.Name switch
            {
                "Int" => Pick(["\"1\"", "1.5", "2147483648", "true", "ONE"]),
                "Float" => Pick(["\"1.5\"", "true", "FLOAT"]),
                "String" => Pick(["1", "true", "STRING", "[\"a\"]"]),
                "Boolean" => Pick(["\"true\"", "1", "TRUE"]),
                "ID" => Pick(["1.5", "true", "ID"]),
                _ => "$undefinedForCustomScalar",
            },
        };
    }

    /// <summary>A JSON value of the wrong kind for <paramref name="type"/>.</summary>
    public JsonNode? WrongJson(GenTypeRef type)
    {
        if (type.IsNonNull && Chance(0.3)) return null;
        var named = schema[type.NamedType];
        if (type.Nullable.IsList && Chance(0.3)) return new JsonArray(WrongJson(GenTypeRef.NonNullOf(GenTypeRef.Named(type.NamedType))));
        return named.Kind switch
        {
            GenKind.Enum => JsonValue.Create(Chance(0.5) ? "NOT_A_VALUE" : Pick(named.EnumValues).ToLowerInvariant()),
            GenKind.InputObject => Chance(0.5) ? JsonValue.Create("object") : new JsonObject { ["unknownField"] = 1 },
            _ => named.Name switch
            {
                "Int" => Chance(0.5) ? JsonValue.Create("1") : JsonValue.Create(1.5),
                "Float" => JsonValue.Create("1.5"),
                "String" => JsonValue.Create(12),
                "Boolean" => JsonValue.Create("true"),
                "ID" => JsonValue.Create(true),
                _ => null,
            },
        };
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }
}
