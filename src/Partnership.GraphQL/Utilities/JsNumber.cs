using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Partnership.GraphQL.Utilities;

/// <summary>JavaScript number semantics the scalars need: <c>String(n)</c>, <c>Number(s)</c>, integer tests.</summary>
internal static class JsNumber
{
    /// <summary>True when <paramref name="value"/> is a .NET number (or a JSON number); gives it as a double.</summary>
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case BigInteger bi: number = (double)bi; return true;
            case Half h: number = (double)h; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e: number = e.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    /// <summary>True for integral .NET types (the analogue of a JavaScript bigint: exact, never fractional).</summary>
    public static bool TryGetInteger(object? value, out long integer, out bool overflow)
    {
        overflow = false;
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul:
                if (ul > long.MaxValue) { integer = 0; overflow = true; return true; }
                integer = (long)ul; return true;
            case BigInteger bi:
                if (bi > long.MaxValue || bi < long.MinValue) { integer = 0; overflow = true; return true; }
                integer = (long)bi; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var jl): integer = jl; return true;
            default: integer = 0; return false;
        }
    }

    public static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    /// <summary>JavaScript's <c>String(number)</c>: shortest round-trip digits, exponent form outside [1e-7, 1e21).</summary>
    public static string ToString(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return "0";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        // Split into sign, digits and a decimal exponent, then lay out as ECMAScript Number::toString does.
        var negative = r[0] == '-';
        if (negative) r = r.Substring(1);
        int exp = 0;
        var ePos = r.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exp = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, ePos);
        }
        var dot = r.IndexOf('.');
        string digits;
        int pointPos; // position of the decimal point relative to the start of digits
        if (dot >= 0) { digits = r.Remove(dot, 1); pointPos = dot; }
        else { digits = r; pointPos = r.Length; }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits.Substring(lead);
        pointPos -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) return "0";
        int k = digits.Length;
        int n = pointPos + exp; // value = 0.digits * 10^n
        string result;
        if (k <= n && n <= 21) result = digits + new string('0', n - k);
        else if (0 < n && n <= 21) result = digits.Substring(0, n) + "." + digits.Substring(n);
        else if (-6 < n && n <= 0) result = "0." + new string('0', -n) + digits;
        else
        {
            var e = n - 1;
            var sign = e < 0 ? "-" : "+";
            result = (k == 1 ? digits : digits[0] + "." + digits.Substring(1)) + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }
        return negative ? "-" + result : result;
    }

    /// <summary>JavaScript's <c>Number(string)</c>: trims white space, accepts decimal, hex/octal/binary and Infinity; otherwise NaN.</summary>
    public static double Parse(string s)
    {
        var t = s.Trim();
        if (t.Length == 0) return 0;
        if (t.Length > 2 && t[0] == '0')
        {
            var radix = t[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 0 };
            if (radix != 0)
            {
                double acc = 0;
                for (int i = 2; i < t.Length; i++)
                {
                    var digit = Language.Lexer.ReadHexDigit(t[i]);
                    if (digit < 0 || digit >= radix) return double.NaN;
                    acc = acc * radix + digit;
                }
                return acc;
            }
        }
        var body = t;
        var negative = false;
        if (body[0] is '+' or '-') { negative = body[0] == '-'; body = body.Substring(1); }
        if (body == "Infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (!IsDecimalLiteral(body)) return double.NaN;
        var value = double.Parse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    private static bool IsDecimalLiteral(string s)
    {
        int i = 0, intDigits = 0, fracDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; intDigits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            var expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == s.Length;
    }
}
