using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Input coercion as graphql-js 17.1 (<c>coerceInputValue</c>, <c>coerceInputLiteral</c>, <c>coerceDefaultValue</c>):
/// each returns false when the value is invalid, without saying why; call <see cref="InputValidation"/> for the
/// errors. <c>variables</c> are coerced variable values: a missing key is an unprovided variable.
/// Lists coerce to <c>object?[]</c>, input objects to <see cref="Dictionary{TKey,TValue}"/> in field order.
/// </summary>
public static class InputCoercion
{
    /// <summary>Coerces an external (JSON-like) value, such as a variable value, to an input type.</summary>
    public static bool TryCoerceInputValue(object? inputValue, GraphQLType type, out object? coerced)
    {
        coerced = null;
        inputValue = InputValues.Plain(inputValue);
        if (type is NonNullType nonNull)
        {
            return inputValue is not null && TryCoerceInputValue(inputValue, nonNull.OfType, out coerced);
        }
        if (inputValue is null) return true;
        switch (type)
        {
            case ListType list:
            {
                if (!InputValues.TryGetList(inputValue, out var items))
                {
                    if (!TryCoerceInputValue(inputValue, list.OfType, out var single)) return false;
                    coerced = new[] { single };
                    return true;
                }
                var result = new object?[items.Count];
                for (int i = 0; i < result.Length; i++)
                {
                    if (!TryCoerceInputValue(items[i], list.OfType, out result[i])) return false;
                }
                coerced = result;
                return true;
            }
            case InputObjectType inputObject:
            {
                if (!InputValues.TryGetMap(inputValue, out var map)) return false;
                var fieldDefs = inputObject.Fields;
                foreach (var key in map.Keys)
                {
                    if (!fieldDefs.ContainsKey(key)) return false;
                }
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in fieldDefs.Values)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (IsRequired(field)) return false;
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                    }
                    else
                    {
                        if (!TryCoerceInputValue(fieldValue, field.Type, out var coercedField)) return false;
                        result[field.Name] = coercedField;
                    }
                }
                if (inputObject.IsOneOf)
                {
                    if (map.Count != 1 || result.Count != 1) return false;
                    foreach (var v in result.Values) if (v is null) return false;
                }
                coerced = result;
                return true;
            }
            case ILeafType leaf:
                try
                {
                    coerced = leaf.CoerceInputValue(inputValue);
                    return true;
                }
                catch (Exception)
                {
                    // graphql-js swallows the error here; validateInputValue reports it.
                    return false;
                }
        }
        throw new InvalidOperationException("Unexpected input type: " + type);
    }

    /// <summary>Coerces a literal (possibly with variables) to an input type.</summary>
    public static bool TryCoerceInputLiteral(ValueNode valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (valueNode is VariableNode variable)
        {
            var has = TryGetVariable(variable, variables, out var value);
            if (!has) return false;
            if (value is null && type is NonNullType) return false;
            coerced = value;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryCoerceInputLiteral(valueNode, nonNull.OfType, variables, out coerced);
        }
        if (valueNode is NullValueNode) return true;
        switch (type)
        {
            case ListType list:
            {
                if (valueNode is not ListValueNode listNode)
                {
                    if (!TryCoerceInputLiteral(valueNode, list.OfType, variables, out var single)) return false;
                    coerced = new[] { single };
                    return true;
                }
                var result = new object?[listNode.Values.Count];
                for (int i = 0; i < result.Length; i++)
                {
                    var itemNode = listNode.Values[i];
                    if (TryCoerceInputLiteral(itemNode, list.OfType, variables, out result[i])) continue;
                    if (itemNode is VariableNode v && (!TryGetVariable(v, variables, out var vv) || vv is null) && list.OfType is not NonNullType)
                    {
                        result[i] = null;
                        continue;
                    }
                    return false;
                }
                coerced = result;
                return true;
            }
            case InputObjectType inputObject:
            {
                if (valueNode is not ObjectValueNode objectNode) return false;
                var fieldDefs = inputObject.Fields;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                foreach (var f in objectNode.Fields)
                {
                    if (!fieldDefs.ContainsKey(f.Name.Value)) return false;
                    fieldNodes[f.Name.Value] = f;
                }
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in fieldDefs.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode)
                        || (fieldNode.Value is VariableNode fv && !TryGetVariable(fv, variables, out _)))
                    {
                        if (IsRequired(field)) return false;
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        continue;
                    }
                    if (!TryCoerceInputLiteral(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
                    result[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf)
                {
                    if (fieldNodes.Count != 1 || result.Count != 1) return false;
                    foreach (var (name, node) in fieldNodes)
                    {
                        if (node.Value is NullValueNode || (result.TryGetValue(name, out var v) && v is null)) return false;
                    }
                }
                coerced = result;
                return true;
            }
            case ILeafType leaf:
                try
                {
                    coerced = leaf.CoerceInputLiteral(ValueFromAst.ReplaceVariables(valueNode, variables));
                    return true;
                }
                catch (Exception)
                {
                    // graphql-js swallows the error here; validateInputLiteral reports it.
                    return false;
                }
        }
        throw new InvalidOperationException("Unexpected input type: " + type);
    }

    /// <summary>The coerced default of an argument or input field (graphql-js <c>coerceDefaultValue</c>); false without a default.</summary>
    public static bool TryCoerceDefaultValue(InputValueDefinition definition, out object? coerced)
    {
        coerced = definition.DefaultValue;
        return definition.HasDefaultValue;
    }

    /// <summary>Non-null and without a default (graphql-js <c>isRequiredArgument</c>/<c>isRequiredInputField</c>).</summary>
    public static bool IsRequired(InputValueDefinition definition) => definition.Type is NonNullType && !definition.HasDefaultValue;

    private static bool TryGetVariable(VariableNode node, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        return variables is not null && variables.TryGetValue(node.Name.Value, out value);
    }
}
