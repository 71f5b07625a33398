using System.Buffers;
using System.Text;
using Partnership.GraphQL.Errors;

namespace Partnership.GraphQL.Language;

/// <summary>
/// The GraphQL lexer (spec section 2.1) over a UTF-8 body. It reads one token at a time on demand, skipping
/// ignored tokens (white space, line terminators, commas, the byte order mark) and handing comments to
/// <see cref="Advance"/>'s caller only through <see cref="ReadToken"/>. Positions are byte offsets; errors are
/// graphql-js's syntax errors, word for word. graphql-js lexes UTF-16 text; we lex UTF-8, so an invalid byte
/// sequence reads as U+FFFD, exactly what a UTF-8 decoder hands graphql-js for the same bytes.
/// </summary>
public ref struct Lexer
{
    private readonly ReadOnlySpan<byte> _body;
    private readonly Source _source;
    private Token _token;
    private Token _lastToken;
    private Token _peeked;
    private bool _hasPeeked;
    private int _commentCount;

    public Lexer(Source source)
    {
        _source = source;
        _body = source.Body.Span;
        _token = new Token(TokenKind.SOF, 0, 0);
        _lastToken = _token;
    }

    /// <summary>The most comments a document may hold (graphql-js <c>maxComments</c>); null for no limit.</summary>
    public int? MaxComments { get; init; }

    /// <summary>The current token.</summary>
    public readonly Token Token => _token;

    /// <summary>The token before the current one (its end closes a node's location).</summary>
    public readonly Token LastToken => _lastToken;

    public readonly Source Source => _source;

    /// <summary>The UTF-8 bytes of a Name, Int or Float token.</summary>
    public readonly ReadOnlySpan<byte> GetBytes(in Token token) => _body.Slice(token.Start, token.End - token.Start);

    /// <summary>Moves to the next non-comment token and returns it; at the end it stays on EOF.</summary>
    public Token Advance()
    {
        _lastToken = _token;
        _token = Lookahead();
        _hasPeeked = false;
        return _token;
    }

    /// <summary>The token after the current one, without moving (comments skipped).</summary>
    public Token Lookahead()
    {
        if (_token.Kind == TokenKind.EOF) return _token;
        if (_hasPeeked) return _peeked;
        var token = _token;
        do
        {
            token = ReadToken(token.End);
        }
        while (token.Kind == TokenKind.Comment);
        _peeked = token;
        _hasPeeked = true;
        return token;
    }

    /// <summary>Reads the token starting at or after <paramref name="position"/>, comments included.</summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        while (position < body.Length)
        {
            byte code = body[position];
            switch (code)
            {
                case (byte)'\t':
                case (byte)' ':
                case (byte)',':
                case (byte)'\n':
                    position++;
                    continue;
                case (byte)'\r':
                    position++;
                    continue;
                case 0xEF when position + 2 < body.Length && body[position + 1] == 0xBB && body[position + 2] == 0xBF:
                    position += 3; // U+FEFF, the byte order mark, is ignored anywhere
                    continue;
                case (byte)'#':
                    return ReadComment(position);
                case (byte)'!': return new Token(TokenKind.Bang, position, position + 1);
                case (byte)'$': return new Token(TokenKind.Dollar, position, position + 1);
                case (byte)'&': return new Token(TokenKind.Amp, position, position + 1);
                case (byte)'(': return new Token(TokenKind.ParenL, position, position + 1);
                case (byte)')': return new Token(TokenKind.ParenR, position, position + 1);
                case (byte)':': return new Token(TokenKind.Colon, position, position + 1);
                case (byte)'=': return new Token(TokenKind.Equals, position, position + 1);
                case (byte)'@': return new Token(TokenKind.At, position, position + 1);
                case (byte)'[': return new Token(TokenKind.BracketL, position, position + 1);
                case (byte)']': return new Token(TokenKind.BracketR, position, position + 1);
                case (byte)'{': return new Token(TokenKind.BraceL, position, position + 1);
                case (byte)'|': return new Token(TokenKind.Pipe, position, position + 1);
                case (byte)'}': return new Token(TokenKind.BraceR, position, position + 1);
                case (byte)'.':
                {
                    int next = At(position + 1);
                    if (next == '.' && At(position + 2) == '.') return new Token(TokenKind.Spread, position, position + 3);
                    if (next == '.') throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    if (IsDigit(next))
                    {
                        int end = ReadDigits(position + 1, next);
                        var digits = Encoding.UTF8.GetString(body.Slice(position + 1, end - position - 1));
                        throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
                    }
                    break;
                }
                case (byte)'"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-') return ReadNumber(position, code);
            if (IsNameStart(code)) return ReadName(position);
            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : $"Unexpected character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.EOF, body.Length, body.Length);
    }

    private Token ReadComment(int start)
    {
        if (MaxComments is { } max)
        {
            if (_commentCount + 1 > max)
                throw Error(start, $"Document contains more than {max} comments. Parsing aborted.");
            _commentCount++;
        }
        int position = start + 1;
        while (position < _body.Length && _body[position] != '\n' && _body[position] != '\r') position++;
        return new Token(TokenKind.Comment, start, position);
    }

    private Token ReadName(int start)
    {
        int position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position])) position++;
        return new Token(TokenKind.Name, start, position);
    }

    private Token ReadNumber(int start, int code)
    {
        int position = start;
        bool isFloat = false;
        if (code == '-') code = At(++position);
        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code == '+' || code == '-') code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }
        if (code == '.' || IsNameStart(code))
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        int position = start + 1;
        while (IsDigit(At(position))) position++;
        return position;
    }

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

    private static int ReadHexDigit(int code) => code switch
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
            position++;
        }
        throw Error(position, "Unterminated string.");
    }

    /// <summary>graphql-js's <c>printCodePointAt</c>: a printable ASCII character quoted, else U+XXXX, or &lt;EOF&gt;.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return "<EOF>";
        Rune.DecodeFromUtf8(_body[position..], out var rune, out _);
        int code = rune.Value;
        if (code >= 0x20 && code <= 0x7E)
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        return "U+" + code.ToString("X4");
    }

    /// <summary>The text from a byte offset spanning <paramref name="units"/> UTF-16 units (as JS <c>slice</c>).</summary>
    private readonly string SliceUtf16(int position, int units)
    {
        int end = position;
        while (units > 0 && end < _body.Length)
        {
            Rune.DecodeFromUtf8(_body[end..], out var rune, out int consumed);
            end += consumed;
            units -= rune.Utf16SequenceLength;
        }
        return Encoding.UTF8.GetString(_body.Slice(position, end - position));
    }

    private readonly int At(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private readonly GraphQLError Error(int position, string description) =>
        new("Syntax Error: " + description, _source, position, "GRAPHQL_PARSE_FAILED");

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    internal static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
