using System.Numerics;
using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;
using static Partnership.GraphQL.Utilities.Inspector;

namespace Partnership.GraphQL.Types;

/// <summary>
/// The specified scalars with graphql-js 17.1's coercion rules and messages. Internal values: Int → <see cref="int"/>,
/// Float → <see cref="double"/>, String and ID → <see cref="string"/>, Boolean → <see cref="bool"/>.
/// Results also accept the .NET forms of JavaScript values graphql-js accepts (any integral or floating type,
/// <see cref="JsonElement"/> primitives), and String and ID accept a <see cref="Guid"/>.
/// </summary>
public static class Scalars
{
    public const int MaxInt = int.MaxValue;
    public const int MinInt = int.MinValue;

    public static ScalarType Int { get; } = new IntScalar();
    public static ScalarType Float { get; } = new FloatScalar();
    public static ScalarType String { get; } = new StringScalar();
    public static ScalarType Boolean { get; } = new BooleanScalar();
    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecifiedScalarType(NamedType type) =>
        type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static readonly object True = true;
    private static readonly object False = false;

    // JsonElement primitives become the .NET value a JavaScript engine would hold.
    private static object? Unwrap(object? value) => value is JsonElement e ? e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value,
    } : value;

    private sealed class IntScalar : ScalarType
    {
        public IntScalar() : base("Int")
        {
            Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
        }

        public override object? CoerceOutputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is int) return v;
            if (v is bool b) return b ? 1 : 0;
            if (v is string s)
            {
                if (s.Length == 0) throw NonInteger(Inspect(s));
                var n = JsNumber.Parse(s);
                if (!JsNumber.IsInteger(n)) throw NonInteger(Inspect(s));
                if (n > MaxInt || n < MinInt) throw Non32Bit(Inspect(s));
                return (int)n;
            }
            if (TryFromNumber(v, out var result)) return result;
            throw NonInteger(Inspect(v));
        }

        public override object? CoerceInputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is int) return v;
            if (TryFromNumber(v, out var result)) return result;
            throw NonInteger(Inspect(v));
        }

        private static bool TryFromNumber(object? v, out int result)
        {
            if (JsNumber.TryGetInteger(v, out var l, out var overflow))
            {
                if (overflow || l > MaxInt || l < MinInt) throw Non32Bit(Inspect(v));
                result = (int)l;
                return true;
            }
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!JsNumber.IsInteger(d)) throw NonInteger(Inspect(v));
                if (d > MaxInt || d < MinInt) throw Non32Bit(Inspect(v));
                result = (int)d;
                return true;
            }
            result = 0;
            return false;
        }

        public override object? CoerceInputLiteral(ValueNode valueNode)
        {
            if (valueNode is not IntValueNode intNode)
                throw new GraphQLError($"Int cannot represent non-integer value: {ValuePrinter.Print(valueNode)}", valueNode);
            if (!int.TryParse(intNode.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intNode.Value}", valueNode);
            return n;
        }

        public override ValueNode? ValueToLiteral(object? value)
        {
            var v = Unwrap(value);
            if (JsNumber.TryGetInteger(v, out var l, out var overflow))
                return !overflow && l <= MaxInt && l >= MinInt ? new IntValueNode(l.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
            if (JsNumber.TryGetDouble(v, out var d) && JsNumber.IsInteger(d) && d <= MaxInt && d >= MinInt)
                return new IntValueNode(JsNumber.ToString(d));
            return null;
        }

        private static GraphQLError NonInteger(string shown) => new($"Int cannot represent non-integer value: {shown}");
        private static GraphQLError Non32Bit(string shown) => new($"Int cannot represent non 32-bit signed integer value: {shown}");
    }

    private sealed class FloatScalar : ScalarType
    {
        public FloatScalar() : base("Float")
        {
            Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
        }

        public override object? CoerceOutputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is double d0 && double.IsFinite(d0)) return v;
            if (v is bool b) return b ? 1.0 : 0.0;
            if (v is string s)
            {
                var n = s.Length == 0 ? double.NaN : JsNumber.Parse(s);
                if (!double.IsFinite(n)) throw NonNumeric(Inspect(s));
                return n;
            }
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!double.IsFinite(d)) throw NonNumeric(Inspect(v));
                return d;
            }
            throw NonNumeric(Inspect(v));
        }

        public override object? CoerceInputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is double d0 && double.IsFinite(d0)) return v;
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!double.IsFinite(d)) throw NonNumeric(Inspect(v));
                return d;
            }
            throw NonNumeric(Inspect(v));
        }

        public override object? CoerceInputLiteral(ValueNode valueNode)
        {
            return valueNode switch
            {
                FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
                IntValueNode i => double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
                _ => throw new GraphQLError($"Float cannot represent non numeric value: {ValuePrinter.Print(valueNode)}", valueNode),
            };
        }

        public override ValueNode? ValueToLiteral(object? value)
        {
            var literal = AstFromValue.DefaultScalarValueToLiteral(Unwrap(value));
            return literal is FloatValueNode or IntValueNode ? literal : null;
        }

        private static GraphQLError NonNumeric(string shown) => new($"Float cannot represent non numeric value: {shown}");
    }

    private sealed class StringScalar : ScalarType
    {
        public StringScalar() : base("String")
        {
            Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
        }

        public override object? CoerceOutputValue(object? value)
        {
            var v = Unwrap(value);
            switch (v)
            {
                case string: return v;
                case bool b: return b ? "true" : "false";
                case char c: return c.ToString();
                case Guid g: return g.ToString();
            }
            if (JsNumber.TryGetInteger(v, out _, out _))
                return Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!double.IsFinite(d)) throw CannotRepresent(Inspect(value));
                return JsNumber.ToString(d);
            }
            throw CannotRepresent(Inspect(value));
        }

        public override object? CoerceInputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is string) return v;
            throw new GraphQLError($"String cannot represent a non string value: {Inspect(v)}");
        }

        public override object? CoerceInputLiteral(ValueNode valueNode) => valueNode is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {ValuePrinter.Print(valueNode)}", valueNode);

        public override ValueNode? ValueToLiteral(object? value) =>
            Unwrap(value) is string s ? new StringValueNode(s) : null;

        private static GraphQLError CannotRepresent(string shown) => new($"String cannot represent value: {shown}");
    }

    private sealed class BooleanScalar : ScalarType
    {
        public BooleanScalar() : base("Boolean")
        {
            Description = "The `Boolean` scalar type represents `true` or `false`.";
        }

        public override object? CoerceOutputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is bool b) return b ? True : False;
            if (JsNumber.TryGetInteger(v, out var l, out var overflow)) return overflow || l != 0 ? True : False;
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!double.IsFinite(d)) throw NonBoolean(Inspect(v));
                return d != 0 ? True : False;
            }
            throw NonBoolean(Inspect(v));
        }

        public override object? CoerceInputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is bool b) return b ? True : False;
            throw NonBoolean(Inspect(v));
        }

        public override object? CoerceInputLiteral(ValueNode valueNode) => valueNode is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValuePrinter.Print(valueNode)}", valueNode);

        public override ValueNode? ValueToLiteral(object? value) =>
            Unwrap(value) is bool b ? new BooleanValueNode(b) : null;

        private static GraphQLError NonBoolean(string shown) => new($"Boolean cannot represent a non boolean value: {shown}");
    }

    private sealed class IdScalar : ScalarType
    {
        public IdScalar() : base("ID")
        {
            Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
        }

        public override object? CoerceOutputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is string) return v;
            if (v is Guid g) return g.ToString();
            if (TryFromNumber(v, value, out var s)) return s;
            throw CannotRepresent(Inspect(value));
        }

        public override object? CoerceInputValue(object? value)
        {
            var v = Unwrap(value);
            if (v is string) return v;
            if (TryFromNumber(v, value, out var s)) return s;
            throw CannotRepresent(Inspect(value));
        }

        private static bool TryFromNumber(object? v, object? original, out string? result)
        {
            if (JsNumber.TryGetInteger(v, out _, out _))
            {
                result = v is BigInteger bi ? bi.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            }
            if (JsNumber.TryGetDouble(v, out var d))
            {
                if (!JsNumber.IsInteger(d)) throw CannotRepresent(Inspect(original));
                result = JsNumber.ToString(d);
                return true;
            }
            result = null;
            return false;
        }

        public override object? CoerceInputLiteral(ValueNode valueNode) => valueNode switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError("ID cannot represent a non-string and non-integer value: " + ValuePrinter.Print(valueNode), valueNode),
        };

        public override ValueNode? ValueToLiteral(object? value)
        {
            var v = Unwrap(value);
            if (v is string s) return AstFromValue.IsIntegerString(s) ? new IntValueNode(s) : new StringValueNode(s);
            if (v is Guid g) return new StringValueNode(g.ToString());
            try
            {
                return TryFromNumber(v, value, out var n) ? new IntValueNode(n!) : null;
            }
            catch (GraphQLError)
            {
                return null;
            }
        }

        private static GraphQLError CannotRepresent(string shown) => new($"ID cannot represent value: {shown}");
    }
}
