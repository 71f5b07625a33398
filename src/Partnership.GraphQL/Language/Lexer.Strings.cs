using System.Buffers;
using System.Text;

namespace Partnership.GraphQL.Language;

// Strings and block strings (spec section 2.9.4 and 2.9.6), with graphql-js's escape rules and messages.
public ref partial struct Lexer
{
    private readonly Token ReadString(int start)
    {
        var body = _body;
        int position = start + 1;
        // Most strings have no escapes: then the value is the bytes between the quotes.
        while (position < body.Length)
        {
            byte code = body[position];
            if (code == '"')
                return new Token(TokenKind.String, start, position + 1,
                    Encoding.UTF8.GetString(body.Slice(start + 1, position - start - 1)));
            if (code == '\\') return ReadEscapedString(start, position);
            if (code == '\n' || code == '\r') break;
            if (code == 0xED) CheckNotSurrogate(position);
            position++;
        }
        throw Error(position, "Unterminated string.");
    }

    private readonly Token ReadEscapedString(int start, int position)
    {
        var body = _body;
        // A UTF-8 string never decodes to more UTF-16 units than it has bytes, and escapes only shrink.
        char[] buffer = ArrayPool<char>.Shared.Rent(body.Length - start);
        try
        {
            int length = Encoding.UTF8.GetChars(body.Slice(start + 1, position - start - 1), buffer);
            int chunkStart = position;
            while (position < body.Length)
            {
                byte code = body[position];
                if (code == '"')
                {
                    length += Encoding.UTF8.GetChars(body.Slice(chunkStart, position - chunkStart), buffer.AsSpan(length));
                    return new Token(TokenKind.String, start, position + 1, new string(buffer, 0, length));
                }
                if (code == '\\')
                {
                    length += Encoding.UTF8.GetChars(body.Slice(chunkStart, position - chunkStart), buffer.AsSpan(length));
                    position += At(position + 1) == 'u'
                        ? At(position + 2) == '{'
                            ? ReadEscapedUnicodeVariableWidth(position, buffer, ref length)
                            : ReadEscapedUnicodeFixedWidth(position, buffer, ref length)
                        : ReadEscapedCharacter(position, buffer, ref length);
                    chunkStart = position;
                    continue;
                }
                if (code == '\n' || code == '\r') break;
                if (code == 0xED) CheckNotSurrogate(position);
                position++;
            }
            throw Error(position, "Unterminated string.");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private readonly int ReadEscapedUnicodeVariableWidth(int position, char[] buffer, ref int length)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                length += new Rune(point).EncodeToUtf16(buffer.AsSpan(length));
                return size;
            }
            point = unchecked((point << 4) | ReadHexDigit(code));
            if (point < 0) break;
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, size)}\".");
    }

    private readonly int ReadEscapedUnicodeFixedWidth(int position, char[] buffer, ref int length)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            buffer[length++] = (char)code;
            return 6;
        }
        if (code >= 0xD800 && code <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0xDC00 && trailing <= 0xDFFF)
            {
                buffer[length++] = (char)code;
                buffer[length++] = (char)trailing;
                return 12;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceUtf16(position, 6)}\".");
    }

    private readonly int ReadEscapedCharacter(int position, char[] buffer, ref int length)
    {
        char value = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => throw Error(position, $"Invalid character escape sequence: \"{SliceUtf16(position, 2)}\"."),
        };
        buffer[length++] = value;
        return 2;
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(At(position)) << 12) | (ReadHexDigit(At(position + 1)) << 8)
        | (ReadHexDigit(At(position + 2)) << 4) | ReadHexDigit(At(position + 3));

    /// <summary>The value of a hexadecimal digit (either case), or -1.</summary>
    internal static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private readonly Token ReadBlockString(int start)
    {
        var body = _body;
        int position = start + 3;
        int chunkStart = position;
        var lines = new List<string>();
        var currentLine = new StringBuilder();
        while (position < body.Length)
        {
            byte code = body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(Encoding.UTF8.GetString(body.Slice(chunkStart, position - chunkStart)));
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.DedentAndJoin(lines));
            }
            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                // \""" stands for """; drop the backslash and keep the quotes.
                currentLine.Append(Encoding.UTF8.GetString(body.Slice(chunkStart, position - chunkStart)));
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(Encoding.UTF8.GetString(body.Slice(chunkStart, position - chunkStart)));
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            if (code == 0xED) CheckNotSurrogate(position);
            position++;
        }
        throw Error(position, "Unterminated string.");
    }

    private readonly void CheckNotSurrogate(int position)
    {
        if (Source.SurrogateAt(_body, position) >= 0)
            throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    /// <summary>The text from a byte offset spanning <paramref name="units"/> UTF-16 units (as JS <c>slice</c>).</summary>
    private readonly string SliceUtf16(int position, int units)
    {
        // JS slices UTF-16 units, so a slice may end between the two halves of a surrogate pair; a lone
        // surrogate (kept as three bytes by Source) is one unit.
        var text = new StringBuilder(units + 1);
        int end = position;
        while (text.Length < units && end < _body.Length)
        {
            int surrogate = Source.SurrogateAt(_body, end);
            if (surrogate >= 0)
            {
                text.Append((char)surrogate);
                end += 3;
                continue;
            }
            Rune.DecodeFromUtf8(_body[end..], out var rune, out int consumed);
            end += consumed;
            text.Append(rune.ToString());
        }
        if (text.Length > units) text.Length = units;
        return text.ToString();
    }
}
