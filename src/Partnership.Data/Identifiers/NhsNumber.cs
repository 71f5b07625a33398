using System.Diagnostics.CodeAnalysis;

namespace Partnership.Data.Identifiers;

/// <summary>
/// A valid NHS number: ten digits, the last a modulus-11 check digit (weights 10..2; 11 → 0; 10 → invalid).
/// Only constructible through <see cref="TryParse(string?, string, out NhsNumber, out string?)"/>, so an invalid one cannot be stored.
/// </summary>
public readonly record struct NhsNumber
{
    private readonly string? _value;

    private NhsNumber(string value) => _value = value;

    /// <summary>The ten digits, no spaces.</summary>
    public string Value => _value ?? throw new InvalidOperationException("An uninitialised NhsNumber has no value.");

    /// <summary>True for numbers in the 999 range reserved for testing (never a real person's).</summary>
    public bool IsTestRange => Value.StartsWith("999", StringComparison.Ordinal);

    internal bool IsDefault => _value is null;

    /// <summary>Parses "9434765919" or "943 476 5919". <paramref name="error"/> names <paramref name="field"/> and says what is wrong.</summary>
    public static bool TryParse(string? text, string field, out NhsNumber value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) { error = $"{field} is empty; an NHS number has 10 digits."; return false; }
        Span<char> digits = stackalloc char[10];
        var n = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is ' ' or '-') continue;
            if (c is < '0' or > '9') { error = $"{field} must contain only digits (and optional spaces); found '{c}'."; return false; }
            if (n == 10) { error = $"{field} has more than 10 digits."; return false; }
            digits[n++] = c;
        }
        if (n != 10) { error = $"{field} has {n} digits; an NHS number has 10."; return false; }
        var check = CheckDigit(digits[..9]);
        if (check < 0) { error = $"{field} is not a valid NHS number (its first nine digits give check value 10, which no valid number has)."; return false; }
        if (digits[9] - '0' != check) { error = $"{field} is not a valid NHS number (check digit should be {check}, found {digits[9]})."; return false; }
        value = new NhsNumber(new string(digits));
        error = null;
        return true;
    }

    public static bool TryParse(string? text, out NhsNumber value) => TryParse(text, "nhsNumber", out value, out _);

    /// <summary>Parses or throws <see cref="FormatException"/> naming <paramref name="field"/>.</summary>
    public static NhsNumber Parse(string? text, string field = "nhsNumber") =>
        TryParse(text, field, out var v, out var e) ? v : throw new FormatException(e);

    /// <summary>The modulus-11 check digit of nine digits, or -1 when the remainder makes the number invalid.</summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        if (nineDigits.Length != 9) throw new ArgumentException("Nine digits expected.", nameof(nineDigits));
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (nineDigits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        return check switch { 11 => 0, 10 => -1, _ => check };
    }

    /// <summary>Count of candidates in the 999 test range (999 000 000x – 999 999 999x).</summary>
    public const int TestRangeSize = 1_000_000;

    /// <summary>
    /// The test-range number "999" + <paramref name="serial"/> (six digits) + check digit, or false for the one serial in eleven
    /// whose check value is 10. Synthetic data uses only these, so it can never be a real person's number.
    /// </summary>
    public static bool TryCreateTestNumber(int serial, out NhsNumber value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(serial, TestRangeSize);
        Span<char> d = stackalloc char[10];
        d[0] = d[1] = d[2] = '9';
        serial.TryFormat(d[3..9], out _, "D6");
        var check = CheckDigit(d[..9]);
        if (check < 0) { value = default; return false; }
        d[9] = (char)('0' + check);
        value = new NhsNumber(new string(d));
        return true;
    }

    public override string ToString() => _value ?? string.Empty;

    /// <summary>"943 476 5919", the way NHS systems display it.</summary>
    public string ToDisplayString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";
}
