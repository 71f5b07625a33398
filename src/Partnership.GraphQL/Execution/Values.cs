using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Execution;

/// <summary>Variable and argument coercion (graphql-js 17.1 <c>getVariableValues</c>, <c>getArgumentValues</c>).</summary>
internal static class Values
{
    public static Dictionary<string, object?> GetArgumentValues(IReadOnlyList<ArgumentDefinition> definitions, Node node,
        IReadOnlyList<ArgumentNode> argumentNodes, IReadOnlyDictionary<string, object?> variables, bool hideSuggestions)
    {
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var def in definitions)
        {
            ArgumentNode? argNode = null;
            foreach (var a in argumentNodes)
            {
                if (a.Name.Value == def.Name) { argNode = a; break; }
            }
            var required = def.Type is NonNullType && !def.HasDefaultValue;
            if (argNode is null || (argNode.Value is VariableNode v && !variables.ContainsKey(v.Name.Value) && !required))
            {
                if (argNode is null && required)
                    throw new GraphQLError($"Argument \"{def.Name}\" of required type \"{def.Type}\" was not provided.", [node]);
                if (def.HasDefaultValue) result[def.Name] = def.DefaultValue;
                continue;
            }
            if (!ValueFromAst.TryGetValue(argNode.Value, def.Type, variables, out var coerced))
                throw new GraphQLError($"Argument \"{def.Name}\" has invalid value {Printer.Print(argNode.Value)}.", [argNode.Value]);
            result[def.Name] = coerced;
        }
        return result;
    }

    /// <summary>Coerces the raw variables of an operation; null with <paramref name="errors"/> set when any is invalid.</summary>
    public static Dictionary<string, object?>? CoerceVariableValues(GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs,
        ExecutionOptions options, out List<GraphQLError>? errors)
    {
        errors = null;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                (errors ??= []).Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    [definition.Type]));
                continue;
            }
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (ValueFromAst.TryGetValue(definition.DefaultValue, type, null, out var defaultValue)) coerced[name] = defaultValue;
                    continue;
                }
                if (type is not NonNullType) continue;
                (errors ??= []).Add(new GraphQLError(
                    $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.", [definition]));
                continue;
            }
            try
            {
                coerced[name] = CoerceInput(value, type);
            }
            catch (GraphQLError error)
            {
                (errors ??= []).Add(new GraphQLError($"Variable \"${name}\" has invalid value: {error.Message}", [definition], originalError: error));
            }
        }
        return errors is null ? coerced : null;
    }

    private static object? CoerceInput(object? value, GraphQLType type)
    {
        if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null }) value = null;
        if (type is NonNullType nonNull)
        {
            if (value is null) throw new GraphQLError($"Expected value of non-null type \"{type}\" not to be null.");
            return CoerceInput(value, nonNull.OfType);
        }
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                if (value is IReadOnlyList<object?> items)
                {
                    var result = new object?[items.Count];
                    for (int i = 0; i < result.Length; i++) result[i] = CoerceInput(items[i], list.OfType);
                    return result;
                }
                return new[] { CoerceInput(value, list.OfType) };
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                    throw new GraphQLError($"Expected value of type \"{type}\" to be an object, found: {Inspector.Inspect(value)}.");
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue)) fields[field.Name] = CoerceInput(fieldValue, field.Type);
                    else if (field.HasDefaultValue) fields[field.Name] = field.DefaultValue;
                    else if (field.Type is NonNullType)
                        throw new GraphQLError($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspector.Inspect(value)}.");
                }
                return fields;
            case ILeafType leaf:
                return leaf.CoerceInputValue(value);
        }
        throw new InvalidOperationException("Unexpected input type " + type);
    }

    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nn => TypeFromAst(schema, nn.Type) is { } inner and not NonNullType ? inner.NonNull() : null,
        ListTypeNode list => TypeFromAst(schema, list.Type)?.List(),
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
