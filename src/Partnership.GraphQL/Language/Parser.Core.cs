using System.Text;
using Partnership.GraphQL.Errors;

namespace Partnership.GraphQL.Language;

// Token helpers, list building, limits and errors shared by every production.
public ref partial struct Parser
{
    private readonly SourceSpan Loc(int start) =>
        _options.NoLocation ? default : new SourceSpan(_source, start, _lexer.LastToken.End);

    private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Consumes a token of the kind or fails with <c>Expected X, found Y.</c></summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }
        throw Error(token.Start, $"Expected {Token.Describe(kind)}, found {Describe(token)}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind) return false;
        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string text)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && _lexer.GetBytes(token).SequenceEqual(keyword))
        {
            AdvanceLexer();
            return;
        }
        throw Error(token.Start, $"Expected \"{text}\", found {Describe(token)}.");
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || !_lexer.GetBytes(token).SequenceEqual(keyword)) return false;
        AdvanceLexer();
        return true;
    }

    /// <summary>Moves on one token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EOF)
        {
            ++_tokenCount;
            if (_options.MaxTokens is { } max && _tokenCount > max)
                throw Error(token.Start, $"Document contains more than {max} tokens. Parsing aborted.");
        }
    }

    /// <summary>Enters a nested list, object or selection set, enforcing <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterNesting(int position)
    {
        ++_depth;
        if (_options.MaxDepth is { } max && _depth > max)
            throw Error(position, $"Document contains more than {max} levels of nesting. Parsing aborted.");
    }

    private readonly GraphQLError Unexpected(in Token token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    private readonly GraphQLError Error(int position, string description) =>
        new("Syntax Error: " + description, _source, position, "GRAPHQL_PARSE_FAILED");

    /// <summary>graphql-js <c>getTokenDesc</c>: the kind, then the token's value in quotes when it has one.</summary>
    private readonly string Describe(in Token token)
    {
        var kind = Token.Describe(token.Kind);
        return token.Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float =>
                kind + " \"" + Encoding.UTF8.GetString(_lexer.GetBytes(token)) + "\"",
            TokenKind.String or TokenKind.BlockString => kind + " \"" + token.Value + "\"",
            _ => kind,
        };
    }

    // Lists are gathered on one scratch stack shared by all productions (nesting pops in order), then copied
    // once into an array of the exact size: no List<T> growth, no LINQ.
    private void Push(Node node)
    {
        if (_scratchCount == _scratch.Length) Array.Resize(ref _scratch, _scratch.Length * 2);
        _scratch[_scratchCount++] = node;
    }

    private T[] PopList<T>(int mark) where T : Node
    {
        int count = _scratchCount - mark;
        if (count == 0) return [];
        var result = new T[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = (T)_scratch[mark + i];
            _scratch[mark + i] = null!;
        }
        _scratchCount = mark;
        return result;
    }
}
