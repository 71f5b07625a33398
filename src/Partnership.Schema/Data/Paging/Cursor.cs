using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text.Json;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Data.Sorting;

namespace Partnership.Schema.Data.Paging;

/// <summary>
/// Keyset cursors: a JSON array holding the order's signature and the row's value of every ORDER BY column (the key last),
/// sealed with AES-GCM and written as base64url. A page after a cursor is "rows after these values", so inserts and deletes
/// elsewhere never shift it. Sealed, because the sort values are a child's data (a cursor of an order by NHS number would
/// carry it in clear, unaudited) and because a client must not make up the values it pages from.
/// </summary>
internal static class Cursor
{
    private const int NonceSize = 12, TagSize = 16;

    // One key per process unless configured (Sharing:CursorKey): gateways behind one load balancer share the configured key.
    private static byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Uses <paramref name="key"/> (32 bytes) to seal cursors from now on; cursors sealed with another key become invalid.</summary>
    public static void UseKey(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("A cursor key is 32 bytes (256 bits).", nameof(key));
        _key = key;
    }

    public static string Encode(string signature, ReadOnlySpan<object?> values) => Base64Url.EncodeToString(Seal(Json(signature, values)));

    private static byte[] Seal(ReadOnlySpan<byte> plain)
    {
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length, TagSize));
        return sealedBytes;
    }

    private static byte[] Open(byte[] sealedBytes)
    {
        if (sealedBytes.Length < NonceSize + TagSize) throw new FormatException();
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length, TagSize), plain);
        return plain;
    }

    private static ReadOnlySpan<byte> Json(string signature, ReadOnlySpan<object?> values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(signature);
            foreach (var value in values) Write(writer, value);
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan;
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte b: writer.WriteNumberValue(b); break;
            case double d: writer.WriteStringValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case float f: writer.WriteStringValue(f.ToString("R", CultureInfo.InvariantCulture)); break;
            case decimal m: writer.WriteStringValue(m.ToString(CultureInfo.InvariantCulture)); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset dto: writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture)); break;
            case DateTime dt: writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteStringValue(g.ToString("D")); break;
            default: throw new InvalidOperationException($"A sort value of type {value.GetType().Name} cannot go into a cursor.");
        }
    }

    /// <summary>The typed values of a cursor for <paramref name="columns"/>; throws PAGINATION_INVALID_CURSOR when it does not fit them.</summary>
    public static object?[] Decode(string cursor, string argument, string signature, IReadOnlyList<SortColumn> columns)
    {
        try
        {
            using var doc = JsonDocument.Parse(Open(Base64Url.DecodeFromChars(cursor)));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != columns.Count + 1 || root[0].GetString() != signature)
                throw DataErrors.InvalidCursor(argument);
            var values = new object?[columns.Count];
            for (int i = 0; i < values.Length; i++) values[i] = Read(root[i + 1], columns[i].Value.ReturnType);
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or OverflowException or CryptographicException)
        {
            throw DataErrors.InvalidCursor(argument);
        }
    }

    private static object? Read(JsonElement e, Type type)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return e.GetString();
        if (t == typeof(int)) return e.GetInt32();
        if (t == typeof(long)) return e.GetInt64();
        if (t == typeof(short)) return e.GetInt16();
        if (t == typeof(byte)) return e.GetByte();
        var s = e.GetString() ?? throw new FormatException();
        if (t == typeof(double)) return double.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(float)) return float.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(decimal)) return decimal.Parse(s, CultureInfo.InvariantCulture);
        if (t == typeof(DateOnly)) return DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.ParseExact(s, "O", CultureInfo.InvariantCulture);
        if (t == typeof(DateTime)) return DateTime.ParseExact(s, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        if (t == typeof(Guid)) return Guid.Parse(s);
        throw new FormatException();
    }

    /// <summary>
    /// Rows strictly after (<paramref name="after"/> true) or before the cursor values in the order of
    /// <paramref name="columns"/>: OR over i of (columns before i equal AND column i beyond).
    /// </summary>
    public static LambdaExpression Keyset(ParameterExpression x, IReadOnlyList<SortColumn> columns, object?[] values, bool after)
    {
        Expression? result = null;
        Expression? equalSoFar = null;
        for (int i = 0; i < columns.Count; i++)
        {
            var column = Lambda.Inline(columns[i].Value, x);
            var value = values[i];
            var forward = after != columns[i].Descending;
            if (value is not null)
            {
                var constant = Lambda.Parameter(value, column.Type);
                var beyond = Compare(column, constant, forward);
                var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
                result = result is null ? term : Expression.OrElse(result, term);
            }
            // A null cursor value: nothing is beyond it in this column (its null flag column already ordered it).
            var equal = value is null
                ? Expression.Equal(column, Expression.Constant(null, column.Type))
                : Expression.Equal(column, Lambda.Parameter(value, column.Type));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda(result ?? Expression.Constant(false), x);
    }

    private static Expression Compare(Expression column, Expression value, bool greater)
    {
        if (column.Type == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        return greater ? Expression.GreaterThan(column, value) : Expression.LessThan(column, value);
    }
}
