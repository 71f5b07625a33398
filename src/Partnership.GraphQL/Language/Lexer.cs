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
public ref partial struct Lexer
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
                : Source.SurrogateAt(body, position) >= 0
                    ? $"Invalid character: {PrintCodePointAt(position)}."
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
        while (position < _body.Length && _body[position] != '\n' && _body[position] != '\r'
               && Source.SurrogateAt(_body, position) < 0)
            position++;
        return new Token(TokenKind.Comment, start, position);
    }

    private readonly Token ReadName(int start)
    {
        var body = _body;
        int position = start + 1;
        while ((uint)position < (uint)body.Length && IsNameContinue(body[position])) position++;
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

    /// <summary>graphql-js's <c>printCodePointAt</c>: a printable ASCII character quoted, else U+XXXX, or &lt;EOF&gt;.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return "<EOF>";
        int code = Source.SurrogateAt(_body, position);
        if (code < 0)
        {
            Rune.DecodeFromUtf8(_body[position..], out var rune, out _);
            code = rune.Value;
        }
        if (code >= 0x20 && code <= 0x7E)
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        return "U+" + code.ToString("X4");
    }

    private readonly int At(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private readonly GraphQLError Error(int position, string description) =>
        new("Syntax Error: " + description, _source, position, "GRAPHQL_PARSE_FAILED");

    private static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    internal static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    internal static bool IsNameContinue(int code) => (uint)code < 128 && NameContinue[code] != 0;

    // 1 for _, 0-9, A-Z and a-z: the characters that may continue a name.
    private static ReadOnlySpan<byte> NameContinue =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
