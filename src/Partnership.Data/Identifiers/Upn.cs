using System.Diagnostics.CodeAnalysis;

namespace Partnership.Data.Identifiers;

/// <summary>
/// A unique pupil number: a check letter, 3-digit LA number, 4-digit establishment number, 2-digit year and a 3-digit serial
/// (or 2 digits and a letter for a temporary UPN). The check letter is the sum of each of characters 2–13 times its
/// position (2..13), modulo 23, mapped onto A–Z without I, O and S (DfE Common Basic Data Set definition).
/// </summary>
public readonly record struct Upn
{
    internal const string Alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private readonly string? _value;

    private Upn(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("An uninitialised Upn has no value.");

    /// <summary>A temporary UPN ends in a letter.</summary>
    public bool IsTemporary => char.IsAsciiLetter(Value[12]);

    /// <summary>The DfE local authority number in characters 2–4.</summary>
    public string LocalAuthorityCode => Value.Substring(1, 3);

    internal bool IsDefault => _value is null;

    public static bool TryParse(string? text, string field, out Upn value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        var t = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(t)) { error = $"{field} is empty; a UPN has 13 characters."; return false; }
        if (t.Length != 13) { error = $"{field} has {t.Length} characters; a UPN has 13."; return false; }
        if (Alphabet.IndexOf(t[0]) < 0) { error = $"{field} must start with a check letter (A–Z without I, O, S); found '{t[0]}'."; return false; }
        for (var i = 1; i < 12; i++)
            if (!char.IsAsciiDigit(t[i])) { error = $"{field} must have digits in characters 2–12; found '{t[i]}' at character {i + 1}."; return false; }
        if (!char.IsAsciiDigit(t[12]) && Alphabet.IndexOf(t[12]) < 0)
        { error = $"{field} must end in a digit, or a letter other than I, O, S for a temporary UPN; found '{t[12]}'."; return false; }
        var expected = CheckLetter(t.AsSpan(1));
        if (t[0] != expected) { error = $"{field} is not a valid UPN (check letter should be {expected}, found {t[0]})."; return false; }
        value = new Upn(t);
        error = null;
        return true;
    }

    public static bool TryParse(string? text, out Upn value) => TryParse(text, "upn", out value, out _);

    public static Upn Parse(string? text, string field = "upn") =>
        TryParse(text, field, out var v, out var e) ? v : throw new FormatException(e);

    /// <summary>The check letter for characters 2–13 (twelve characters; the last may be a letter of the 23-letter alphabet).</summary>
    public static char CheckLetter(ReadOnlySpan<char> twelve)
    {
        if (twelve.Length != 12) throw new ArgumentException("Twelve characters expected.", nameof(twelve));
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = twelve[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : Alphabet.IndexOf(char.ToUpperInvariant(c));
            if (v < 0) throw new ArgumentException($"'{c}' cannot appear in a UPN.", nameof(twelve));
            sum += v * (i + 2);
        }
        return Alphabet[sum % 23];
    }

    /// <summary>Builds a permanent UPN from its parts (used by the synthetic data generator).</summary>
    public static Upn Create(int laCode, int establishment, int year2, int serial)
    {
        var body = $"{laCode:D3}{establishment:D4}{year2 % 100:D2}{serial % 1000:D3}";
        return new Upn(CheckLetter(body) + body);
    }

    public override string ToString() => _value ?? string.Empty;
}
