using System.Globalization;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Produces an internal value from a literal for an input type (graphql-js <c>valueFromAST</c>): returns false
/// (graphql-js's <c>undefined</c>) when the literal is invalid for the type, without saying why — use
/// <c>CoerceInputValue</c> for errors. Lists coerce to <c>object?[]</c>, input objects to
/// <see cref="Dictionary{TKey,TValue}"/> in field definition order.
/// </summary>
public static class ValueFromAst
{
    public static bool TryGetValue(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is null) return false;
        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            if (valueNode is NullValueNode) return false;
            return TryGetValue(valueNode, nonNull.OfType, variables, out value);
        }
        if (valueNode is NullValueNode) return true;
        switch (type)
        {
            case ListType list:
            {
                var itemType = list.OfType;
                if (valueNode is ListValueNode listNode)
                {
                    var items = new object?[listNode.Values.Count];
                    for (int i = 0; i < items.Length; i++)
                    {
                        var itemNode = listNode.Values[i];
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (itemType is NonNullType) return false;
                            items[i] = null;
                        }
                        else if (!TryGetValue(itemNode, itemType, variables, out items[i])) return false;
                    }
                    value = items;
                    return true;
                }
                if (!TryGetValue(valueNode, itemType, variables, out var single)) return false;
                value = new[] { single };
                return true;
            }
            case InputObjectType inputObject:
            {
                if (valueNode is not ObjectValueNode objectNode) return false;
                var fieldDefs = inputObject.Fields;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(objectNode.Fields.Count, StringComparer.Ordinal);
                foreach (var fieldNode in objectNode.Fields)
                {
                    if (!fieldDefs.ContainsKey(fieldNode.Name.Value)) return false;
                    fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
                }
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in fieldDefs.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType) return false;
                        continue;
                    }
                    if (!TryGetValue(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
                    result[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf)
                {
                    if (fieldNodes.Count != 1 || result.Count != 1) return false;
                    foreach (var (name, node) in fieldNodes)
                    {
                        if (node.Value is NullValueNode || result[name] is null) return false;
                    }
                }
                value = result;
                return true;
            }
            case ILeafType leaf:
                try
                {
                    value = leaf.CoerceInputLiteral(HasVariables(valueNode) ? ReplaceVariables(valueNode, variables) : valueNode);
                    return true;
                }
                catch (Exception)
                {
                    // Any failure to coerce means "invalid" here, as graphql-js's try/catch around parseLiteral.
                    value = null;
                    return false;
                }
        }
        throw new InvalidOperationException("Unexpected input type: " + type);
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    /// <summary>A literal as a plain value without a type (graphql-js <c>valueFromASTUntyped</c>).</summary>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (valueNode)
        {
            case NullValueNode: return null;
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)) return small;
                if (long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)) return large;
                return double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f: return double.Parse(f.Value, CultureInfo.InvariantCulture);
            case StringValueNode s: return s.Value;
            case EnumValueNode e: return e.Value;
            case BooleanValueNode b: return b.Value;
            case ListValueNode l:
                var items = new object?[l.Values.Count];
                for (int k = 0; k < items.Length; k++) items[k] = Untyped(l.Values[k], variables);
                return items;
            case ObjectValueNode o:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in o.Fields) map[field.Name.Value] = Untyped(field.Value, variables);
                return map;
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null;
        }
        throw new InvalidOperationException("Unexpected value node: " + valueNode.Kind);
    }

    private static bool HasVariables(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(HasVariables),
        ObjectValueNode o => o.Fields.Any(f => HasVariables(f.Value)),
        _ => false,
    };

    /// <summary>
    /// The literal with each variable replaced by a literal of its value (graphql-js 17 <c>replaceVariables</c>);
    /// a variable without a value becomes null in a list and is dropped from an object.
    /// </summary>
    public static ValueNode ReplaceVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value)
                    ? AstFromValue.DefaultScalarValueToLiteral(value)
                    : new NullValueNode { Location = v.Location };
            case ListValueNode l:
            {
                var values = new ValueNode[l.Values.Count];
                for (int i = 0; i < values.Length; i++) values[i] = ReplaceVariables(l.Values[i], variables);
                return new ListValueNode { Values = values, Location = l.Location };
            }
            case ObjectValueNode o:
            {
                var fields = new List<ObjectFieldNode>(o.Fields.Count);
                foreach (var f in o.Fields)
                {
                    if (f.Value is VariableNode fv && (variables is null || !variables.ContainsKey(fv.Name.Value))) continue;
                    fields.Add(new ObjectFieldNode { Name = f.Name, Value = ReplaceVariables(f.Value, variables), Location = f.Location });
                }
                return new ObjectValueNode { Fields = fields, Location = o.Location };
            }
            default:
                return node;
        }
    }
}
