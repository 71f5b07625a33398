namespace Partnership.GraphQL.Language;

/// <summary>The kind of a lexical token, as graphql-js's <c>TokenKind</c>.</summary>
public enum TokenKind : byte
{
    SOF, EOF, Bang, Dollar, Amp, ParenL, ParenR, Dot, Spread, Colon, Equals, At,
    BracketL, BracketR, BraceL, Pipe, BraceR, Name, Int, Float, String, BlockString, Comment,
}

/// <summary>
/// One token: its kind and byte range in the source (end exclusive). String and block string tokens carry
/// their processed value; every other token's text is the source bytes it spans.
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
    }

    public TokenKind Kind { get; }
    public int Start { get; }
    public int End { get; }

    /// <summary>The processed value of a String, BlockString or Comment token; null for others.</summary>
    public string? Value { get; }

    /// <summary>How graphql-js describes a token kind in messages: punctuators quoted, others by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.SOF => "<SOF>",
        TokenKind.EOF => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => "Comment",
    };
}
