using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Partnership.Schema.Data.Paging;

/// <summary>
/// Opaque global ids: base64url of <c>TypeName:key</c> (UTF-8, key in invariant form). Clients must treat them
/// as opaque; the hub may change the encoding.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, object key)
    {
        var text = typeName + ":" + Convert.ToString(key, CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Splits an id into type name and key text; throws an <c>INVALID_ID</c> error when it is not one of ours.</summary>
    public static (string TypeName, string Key) Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.IndexOf(':');
            if (colon > 0 && colon < text.Length - 1) return (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException) { }
        throw DataErrors.InvalidId(id);
    }

    /// <summary>The key of an id of type <paramref name="typeName"/>, or null when the id names another type.</summary>
    internal static object? DecodeKey(string id, string typeName, Type keyType)
    {
        var (type, key) = Decode(id);
        if (type != typeName) return null;
        return ParseKey(key, keyType) ?? throw DataErrors.InvalidId(id);
    }

    internal static object? ParseKey(string key, Type keyType)
    {
        var t = Nullable.GetUnderlyingType(keyType) ?? keyType;
        if (t == typeof(string)) return key;
        if (t == typeof(int)) return int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
        if (t == typeof(long)) return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (t == typeof(Guid)) return Guid.TryParse(key, out var g) ? g : null;
        throw new InvalidOperationException($"Keys of type {t.Name} cannot be used in global ids.");
    }
}
