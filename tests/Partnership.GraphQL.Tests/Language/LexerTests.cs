using System.Text;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

// Expected messages, lines and columns were taken from graphql-js 17.1.0 run on the same input.
public sealed class LexerTests
{
    private static List<(TokenKind Kind, int Start, int End, string Text)> Lex(string text, bool comments = false)
    {
        var source = new Source(text);
        var lexer = new Lexer(source);
        var bytes = source.Body.Span;
        var tokens = new List<(TokenKind, int, int, string)>();
        int position = 0;
        while (true)
        {
            Token token;
            if (comments)
            {
                token = lexer.ReadToken(position);
                position = token.End;
            }
            else
            {
                token = lexer.Advance();
            }
            if (token.Kind == TokenKind.EOF) break;
            var value = token.Value ?? Encoding.UTF8.GetString(bytes.Slice(token.Start, token.End - token.Start));
            tokens.Add((token.Kind, token.Start, token.End, value));
        }
        return tokens;
    }

    [Fact]
    public void Advance_EveryPunctuator_OneTokenEach()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");
        TokenKind[] expected =
        [
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
            TokenKind.Pipe, TokenKind.BraceR,
        ];
        Assert.Equal(expected, tokens.ConvertAll(t => t.Kind));
        Assert.Equal((10, 13), (tokens[5].Start, tokens[5].End));
    }

    [Theory]
    [InlineData("name", TokenKind.Name, "name")]
    [InlineData("_under_score9", TokenKind.Name, "_under_score9")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("-0", TokenKind.Int, "-0")]
    [InlineData("1234", TokenKind.Int, "1234")]
    [InlineData("-42", TokenKind.Int, "-42")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-0.5", TokenKind.Float, "-0.5")]
    [InlineData("1e50", TokenKind.Float, "1e50")]
    [InlineData("6.0221413E23", TokenKind.Float, "6.0221413E23")]
    [InlineData("1.5e+10", TokenKind.Float, "1.5e+10")]
    [InlineData("-1.5e-10", TokenKind.Float, "-1.5e-10")]
    [InlineData("\"simple\"", TokenKind.String, "simple")]
    [InlineData("\" white space \"", TokenKind.String, " white space ")]
    [InlineData("\"escaped \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", TokenKind.String, "escaped \" \\ / \b \f \n \r \t")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", TokenKind.String, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} width\"", TokenKind.String, "variable \U0001F600 width")]
    [InlineData("\"surrogate pair \\uD83D\\uDE00\"", TokenKind.String, "surrogate pair \U0001F600")]
    [InlineData("\"raw \u00E9\U0001F600\"", TokenKind.String, "raw \u00E9\U0001F600")]
    [InlineData("\"control \u0007 character\"", TokenKind.String, "control \u0007 character")]
    [InlineData("\"\"\"block\"\"\"", TokenKind.BlockString, "block")]
    [InlineData("\"\"\"\n    indented\n      more\n    back\n\"\"\"", TokenKind.BlockString, "indented\n  more\nback")]
    [InlineData("\"\"\"  \n\n  only\n\n  \"\"\"", TokenKind.BlockString, "only")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", TokenKind.BlockString, "escaped \"\"\" quotes")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r  cr\"\"\"", TokenKind.BlockString, "crlf\nlines\ncr")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", TokenKind.BlockString, "no \\n escapes \\u0041")]
    [InlineData("\"\"\"first line kept\n    rest\"\"\"", TokenKind.BlockString, "first line kept\nrest")]
    public void Advance_SingleToken_KindAndValue(string text, TokenKind kind, string value)
    {
        var tokens = Lex(text);
        Assert.Single(tokens);
        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(value, tokens[0].Text);
        Assert.Equal(0, tokens[0].Start);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), tokens[0].End);
    }

    [Fact]
    public void Advance_IgnoredTokens_Skipped()
    {
        var tokens = Lex("\uFEFF  \t,a,,\r\n# comment \U0001F600\r b\n\uFEFFc #last");
        Assert.Equal(["a", "b", "c"], tokens.ConvertAll(t => t.Text));
        Assert.Equal(7, tokens[0].Start); // the BOM is three bytes
    }

    [Fact]
    public void ReadToken_Comments_ReturnedAsCommentTokens()
    {
        var tokens = Lex("# one\na # two\r\n", comments: true);
        Assert.Equal([TokenKind.Comment, TokenKind.Name, TokenKind.Comment], tokens.ConvertAll(t => t.Kind));
        Assert.Equal("# two", tokens[2].Text);
    }

    [Fact]
    public void Advance_AfterEnd_StaysOnEof()
    {
        var lexer = new Lexer(new Source("a"));
        lexer.Advance();
        Assert.Equal(TokenKind.EOF, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EOF, lexer.Advance().Kind);
        Assert.Equal(1, lexer.Token.Start);
    }

    [Fact]
    public void Lookahead_DoesNotMove()
    {
        var lexer = new Lexer(new Source("a b c"));
        lexer.Advance();
        Assert.Equal(2, lexer.Lookahead().Start);
        Assert.Equal(0, lexer.Token.Start);
        Assert.Equal(2, lexer.Advance().Start);
        Assert.Equal(0, lexer.LastToken.Start);
    }

    [Fact]
    public void Advance_MaxCommentsExceeded_Fails()
    {
        var error = Assert.Throws<GraphQLError>(() =>
        {
            var lexer = new Lexer(new Source("# a\n# b\nx")) { MaxComments = 1 };
            lexer.Advance();
        });
        Assert.Equal("Syntax Error: Document contains more than 1 comments. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(2, 1), error.Locations[0]);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("{ a }\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 6)]
    [InlineData("\u00E9", "Syntax Error: Unexpected character: U+00E9.", 1, 1)]
    [InlineData("{ a(x: 1.x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 10)]
    [InlineData("{ a(x: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("{ a(x: ..) }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 8)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("{ a(x: 'x') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11)]
    [InlineData("{ a(x: 1.0e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9)]
    [InlineData("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 123abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 11)]
    [InlineData("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ a(x: \"abc\n\") }", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(x: \"abc", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(x: \"\\z\") }", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 9)]
    [InlineData("{ a(x: \"\\u00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u00\")\".", 1, 9)]
    [InlineData("{ a(x: \"\\u00XX\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u00XX\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{0000000041}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{FFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{12345678}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD83D\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{1F600\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{1F600x}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{\u00E9}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{\u00E9\".", 1, 9)]
    [InlineData("{ a(x: \"\\\u00E9\") }", "Syntax Error: Invalid character escape sequence: \"\\\u00E9\".", 1, 9)]
    [InlineData("{ a(x: \"\\u00\u00E90\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u00\u00E90\".", 1, 9)]
    [InlineData("{ a(x: \"\"\"unterminated", "Syntax Error: Unterminated string.", 1, 23)]
    [InlineData("{ a }\r\n\r\n?", "Syntax Error: Unexpected character: \"?\".", 3, 1)]
    [InlineData("{ a }\r?", "Syntax Error: Unexpected character: \"?\".", 2, 1)]
    [InlineData("{ \u00E9 }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("{ a(x: \"\U0001F600\") } \U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 16)]
    [InlineData("{ a }\n  \"\U0001F600\" ?", "Syntax Error: Unexpected character: \"?\".", 2, 8)]
    [InlineData("\u00A0", "Syntax Error: Unexpected character: U+00A0.", 1, 1)]
    [InlineData("{\n  a(x: \"abc\n  b\n}", "Syntax Error: Unterminated string.", 2, 12)]
    [InlineData("query Q {\n  field(arg: 1.e5)\n}", "Syntax Error: Invalid number, expected digit but got: \"e\".", 2, 16)]
    [InlineData("\n\n    ?", "Syntax Error: Unexpected character: \"?\".", 3, 5)]
    [InlineData("{\r\n  a(x: \"\\q\")\r\n}", "Syntax Error: Invalid character escape sequence: \"\\q\".", 2, 9)]
    [InlineData("{ a(x: \"\U0001F600\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("{ a(x: \"\u00E9\") } \u00E9", "Syntax Error: Unexpected character: U+00E9.", 1, 15)]
    [InlineData("# \U0001F600 comment\n  \U0001F600", "Syntax Error: Unexpected character: U+1F600.", 2, 3)]
    [InlineData("\"\"\"\n\U0001F600\n\"\"\" \u0007", "Syntax Error: Unexpected character: U+0007.", 3, 5)]
    [InlineData("{ a(x: \"\"\"\U0001F600\"\"\") } ?", "Syntax Error: Unexpected character: \"?\".", 1, 20)]
    [InlineData("{ a\u00A0}", "Syntax Error: Unexpected character: U+00A0.", 1, 4)]
    [InlineData("{ a(x: 1\u00E9) }", "Syntax Error: Unexpected character: U+00E9.", 1, 9)]
    [InlineData("\u2028", "Syntax Error: Unexpected character: U+2028.", 1, 1)]
    [InlineData("{ a(x: \"\\u{1F600}\") } \U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 23)]
    public void Parse_LexicalError_GraphQLJsMessageAndLocation(string text, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations);
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
    }

    [Fact]
    public void Parse_InvalidUtf8_ReadsAsReplacementCharacter()
    {
        // A UTF-8 decoder hands graphql-js U+FFFD for these bytes; inside a string it is kept, outside it is reported.
        byte[] inString = [.. "{ a(x: \""u8, 0xC3, 0x28, .. "\") }"u8];
        var document = Parser.Parse(new Source(inString));
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("\uFFFD(", ((StringValueNode)field.Arguments[0].Value).Value);

        byte[] outside = [.. "{ a }"u8, 0xFF];
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(new Source(outside)));
        Assert.Equal("Syntax Error: Unexpected character: U+FFFD.", error.Message);
    }

    [Fact]
    public void Parse_LoneSurrogateInString_RejectedAsGraphQLJsDoes()
    {
        // Attribute strings cannot carry lone surrogates, so the cases live here. Expected: graphql-js 17.1.0.
        (string Text, string Message, int Line, int Column)[] cases =
        [
            ("{ a(x: \"a\uD800b\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 10),
            ("{ a } \uD800", "Syntax Error: Invalid character: U+D800.", 1, 7),
            ("# c \uDC00 x\n{ a }", "Syntax Error: Invalid character: U+DC00.", 1, 5),
            ("{ a(x: \"\"\"\uD800\"\"\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 11),
            ("{ a(x: \"\U0001F600\") } \uD800", "Syntax Error: Invalid character: U+D800.", 1, 16),
            ("{ a(x: \"\\u{1F600}\uD800\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 18),
            ("{ a(x: \"\\n\uDBFF\") }", "Syntax Error: Invalid character within String: U+DBFF.", 1, 11),
            ("{ a(x: \"\"\"\n  x\n  \uDFFF\"\"\") }", "Syntax Error: Invalid character within String: U+DFFF.", 3, 3),
            // graphql-js quotes escapes by UTF-16 units, so the quote may hold half a pair or a lone surrogate.
            ("{ a(x: \"\\\U0001F600\") }", "Syntax Error: Invalid character escape sequence: \"\\\uD83D\".", 1, 9),
            ("{ a(x: \"\\u{1F600\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\uD800\".", 1, 9),
        ];
        foreach (var (text, message, line, column) in cases)
        {
            var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
            Assert.Equal((message, new SourceLocation(line, column)), (error.Message, error.Locations[0]));
        }
    }
}
