using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential.Generator;

/// <summary>
/// Builds the plain-JSON root value a generated document reads: for every selected field (through fragments and
/// aliases, as the default resolver reads it, by field name) a value of the field's type — objects with a
/// <c>__typename</c> for abstract types — and, now and then, a value the field cannot return (null for a
/// non-null type, a string for an Int, an unknown enum value, a missing <c>__typename</c>) to exercise errors.
/// </summary>
internal sealed class RootValueBuilder(GenSchema schema, ValueGenerator values, GenDocument document)
{
    private const int MaxNesting = 24;
    private const double BadValue = 0.015;

    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    public void Fill(JsonObject value, string objectType, List<GenSelection> selections) => Fill(value, objectType, selections, 0);

    private void Fill(JsonObject value, string objectType, List<GenSelection> selections, int nesting)
    {
        if (nesting > MaxNesting) return; // a cyclic (invalid) fragment; nothing will execute
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case GenFieldSelection field:
                {
                    if (schema[objectType].GetField(field.Name) is not { } definition) break;
                    if (!value.ContainsKey(definition.Name)) value[definition.Name] = Value(definition.Type, field.Children, nesting + 1);
                    else if (field.Children is not null) Merge(value[definition.Name], definition.Type, field.Children, nesting + 1);
                    break;
                }
                case GenInlineFragment inline:
                    if (schema.Applies(objectType, inline.TypeCondition)) Fill(value, objectType, inline.Children, nesting + 1);
                    break;
                case GenFragmentSpread spread:
                    // A fragment already being expanded is a cycle (an invalid document): nothing will execute it.
                    if (document.FindFragment(spread.FragmentName) is { } fragment && schema.Types.ContainsKey(fragment.TypeCondition)
                        && schema.Applies(objectType, fragment.TypeCondition) && _expanding.Add(fragment.Name))
                    {
                        Fill(value, objectType, fragment.Children, nesting + 1);
                        _expanding.Remove(fragment.Name);
                    }
                    break;
            }
        }
    }

    /// <summary>A second selection of a field already given a value: fill the new sub-fields into it.</summary>
    private void Merge(JsonNode? existing, GenTypeRef type, List<GenSelection> children, int nesting)
    {
        switch (existing)
        {
            case JsonArray array when type.Nullable.IsList:
                foreach (var item in array) Merge(item, type.Nullable.OfType!, children, nesting);
                break;
            case JsonObject obj:
                var named = schema[type.NamedType];
                var concrete = !named.IsAbstract ? named.Name : obj["__typename"] is JsonValue typename && typename.TryGetValue<string>(out var name) ? name : null;
                if (concrete is not null && schema.Types.TryGetValue(concrete, out var concreteType) && concreteType.Kind == GenKind.Object)
                    Fill(obj, concrete, children, nesting);
                break;
        }
    }

    private JsonNode? Value(GenTypeRef type, List<GenSelection>? children, int nesting)
    {
        if (type.IsNonNull) return values.Chance(BadValue) ? null : NonNullValue(type.OfType!, children, nesting);
        return values.Chance(0.1) ? null : NonNullValue(type, children, nesting);
    }

    private JsonNode? NonNullValue(GenTypeRef type, List<GenSelection>? children, int nesting)
    {
        if (type.IsList)
        {
            if (values.Chance(BadValue)) return JsonValue.Create("not a list");
            var array = new JsonArray();
            var count = values.Random.Next(nesting > 4 ? 2 : 4);
            for (var i = 0; i < count; i++) array.Add(Value(type.OfType!, children, nesting + 1));
            return array;
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case GenKind.Enum:
                return JsonValue.Create(values.Chance(BadValue) ? "NOT_A_VALUE" : values.Pick(named.EnumValues));
            case GenKind.Scalar:
                return Scalar(named.Name);
            default:
            {
                var concrete = named.IsAbstract ? values.Pick(named.PossibleTypes) : named.Name;
                var obj = new JsonObject();
                if (named.IsAbstract && !values.Chance(BadValue)) obj["__typename"] = concrete;
                if (children is not null) Fill(obj, concrete, children, nesting);
                return obj;
            }
        }
    }

    private JsonNode? Scalar(string scalar)
    {
        if (values.Chance(BadValue))
        {
            return scalar switch
            {
                "Int" => values.Chance(0.5) ? JsonValue.Create("twelve") : JsonValue.Create(3000000000L),
                "Float" => JsonValue.Create("fast"),
                "String" => new JsonObject { ["not"] = "a string" },
                "Boolean" => JsonValue.Create("yes"),
                "ID" => JsonValue.Create(1.5),
                _ => new JsonArray(1, "two"),
            };
        }
        return scalar switch
        {
            "Int" => JsonValue.Create(values.Random.Next(-1000, 1000)),
            "Float" => JsonValue.Create(Math.Round(values.Random.NextDouble() * 1000, 3)),
            "String" => JsonValue.Create(values.Pick(["text", "", "ünïcödé", "😀", "line\nbreak", "12"])),
            "Boolean" => JsonValue.Create(values.Chance(0.5)),
            "ID" => values.Chance(0.7) ? JsonValue.Create("id" + values.Random.Next(100)) : JsonValue.Create(values.Random.Next(100)),
            _ => values.Pick<Func<JsonNode?>>([() => JsonValue.Create("custom"), () => JsonValue.Create(42), () => new JsonObject { ["k"] = new JsonArray(true, null) }])(),
        };
    }
}
