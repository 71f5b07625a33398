using System.Collections;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Produces a literal from an internal value for an input type (graphql-js <c>astFromValue</c>); null when the
/// value cannot be represented (graphql-js <c>null</c>/<c>undefined</c>). Input object values are read from
/// string-keyed dictionaries; a key that is absent is left out.
/// </summary>
public static class AstFromValue
{
    public static ValueNode? From(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = From(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable enumerable and not string && !IsMap(value))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in enumerable)
                    {
                        var itemNode = From(item, list.OfType);
                        if (itemNode is not null) nodes.Add(itemNode);
                    }
                    return new ListValueNode { Values = nodes };
                }
                return From(value, list.OfType);
            case InputObjectType inputObject:
            {
                if (!TryGetMember(value, out _, "")) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (!TryGetMember(value, out var fieldValue, field.Name)) continue;
                    var fieldNode = From(fieldValue, field.Type);
                    if (fieldNode is not null)
                        fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = fieldNode });
                }
                return new ObjectValueNode { Fields = fields };
            }
            case ILeafType leaf:
            {
                var coerced = leaf.CoerceOutputValue(value);
                switch (coerced)
                {
                    case null: return null;
                    case bool b: return new BooleanValueNode(b);
                    case string s:
                        if (type is EnumType) return new EnumValueNode(s);
                        if (ReferenceEquals(type, Scalars.ID) && IsIntegerString(s)) return new IntValueNode(s);
                        return new StringValueNode(s);
                }
                if (JsNumber.TryGetInteger(coerced, out var l, out var overflow) && !overflow)
                    return new IntValueNode(l.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (JsNumber.TryGetDouble(coerced, out var d))
                {
                    if (!double.IsFinite(d)) return null;
                    var text = JsNumber.ToString(d);
                    return IsIntegerString(text) ? new IntValueNode(text) : new FloatValueNode(text);
                }
                throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(coerced)}.");
            }
        }
        throw new InvalidOperationException("Unexpected input type: " + type);
    }

    private static bool IsMap(object value) => value is IEnumerable<KeyValuePair<string, object?>> or IDictionary;

    // "" asks only whether the value is object-like.
    private static bool TryGetMember(object value, out object? member, string name)
    {
        member = null;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro:
                return name.Length == 0 || ro.TryGetValue(name, out member);
            case IDictionary<string, object?> rw:
                return name.Length == 0 || rw.TryGetValue(name, out member);
            case IDictionary legacy:
                if (name.Length == 0) return true;
                if (!legacy.Contains(name)) return false;
                member = legacy[name];
                return true;
            default:
                return false;
        }
    }

    internal static bool IsIntegerString(string s)
    {
        var i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        if (i >= s.Length) return false;
        if (s[i] == '0') return i + 1 == s.Length;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    /// <summary>A literal for a plain value with no type (graphql-js 17 <c>defaultScalarValueToLiteral</c>).</summary>
    public static ValueNode DefaultScalarValueToLiteral(object? value)
    {
        switch (value)
        {
            case null: return new NullValueNode();
            case bool b: return new BooleanValueNode(b);
            case string s: return new StringValueNode(s);
            case System.Text.Json.JsonElement e:
                return e.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined => new NullValueNode(),
                    System.Text.Json.JsonValueKind.True => new BooleanValueNode(true),
                    System.Text.Json.JsonValueKind.False => new BooleanValueNode(false),
                    System.Text.Json.JsonValueKind.String => new StringValueNode(e.GetString()!),
                    System.Text.Json.JsonValueKind.Number => DefaultScalarValueToLiteral(e.TryGetInt64(out var jl) ? jl : e.GetDouble()),
                    System.Text.Json.JsonValueKind.Array => new ListValueNode { Values = e.EnumerateArray().Select(x => DefaultScalarValueToLiteral(x)).ToArray() },
                    _ => new ObjectValueNode { Fields = e.EnumerateObject().Select(p => new ObjectFieldNode { Name = new NameNode(p.Name), Value = DefaultScalarValueToLiteral(p.Value) }).ToArray() },
                };
        }
        if (JsNumber.TryGetInteger(value, out _, out _))
            return new IntValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
        if (JsNumber.TryGetDouble(value, out var d))
        {
            if (!double.IsFinite(d)) return new NullValueNode();
            var text = JsNumber.ToString(d);
            return IsIntegerString(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }
        if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            var fields = new List<ObjectFieldNode>();
            foreach (var (k, v) in map) fields.Add(new ObjectFieldNode { Name = new NameNode(k), Value = DefaultScalarValueToLiteral(v) });
            return new ObjectValueNode { Fields = fields };
        }
        if (value is IEnumerable list)
        {
            var values = new List<ValueNode>();
            foreach (var item in list) values.Add(DefaultScalarValueToLiteral(item));
            return new ListValueNode { Values = values };
        }
        throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(value)}.");
    }
}
