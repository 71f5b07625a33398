namespace Partnership.GraphQL.Language;

// Values, directives, type references and names: the productions both grammars share.
public ref partial struct Parser
{
    // ---- Values ----

    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode(_names.Get(_lexer.GetBytes(token))) { Span = Loc(token.Start) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode(_names.Get(_lexer.GetBytes(token))) { Span = Loc(token.Start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                AdvanceLexer();
                var word = _lexer.GetBytes(token);
                if (word.SequenceEqual("true"u8)) return new BooleanValueNode(true) { Span = Loc(token.Start) };
                if (word.SequenceEqual("false"u8)) return new BooleanValueNode(false) { Span = Loc(token.Start) };
                if (word.SequenceEqual("null"u8)) return new NullValueNode { Span = Loc(token.Start) };
                return new EnumValueNode(_names.Get(word)) { Span = Loc(token.Start) };
            }
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    var next = _lexer.Token;
                    if (next.Kind == TokenKind.Name)
                        throw Error(token.Start, $"Unexpected variable \"${_names.Get(_lexer.GetBytes(next))}\" in constant value.");
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    /// <summary>StringValue</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Span = Loc(token.Start) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.BracketL);
        EnterNesting(start);
        int mark = _scratchCount;
        while (!ExpectOptionalToken(TokenKind.BracketR)) Push(ParseValueLiteral(isConst));
        _depth--;
        return new ListValueNode { Values = PopList<ValueNode>(mark), Span = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.BraceL);
        EnterNesting(start);
        int mark = _scratchCount;
        while (!ExpectOptionalToken(TokenKind.BraceR)) Push(ParseObjectField(isConst));
        _depth--;
        return new ObjectValueNode { Fields = PopList<ObjectFieldNode>(mark), Span = Loc(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        int start = _lexer.Token.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Span = Loc(start) };
    }

    // ---- Directives and types ----

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        int mark = _scratchCount;
        while (Peek(TokenKind.At)) Push(ParseDirective(isConst));
        return PopList<DirectiveNode>(mark);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Span = Loc(start) };
    }

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    private TypeNode ParseTypeReference()
    {
        int start = _lexer.Token.Start;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Span = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (ExpectOptionalToken(TokenKind.Bang)) return new NonNullTypeNode { Type = type, Span = Loc(start) };
        return type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        int start = _lexer.Token.Start;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Span = Loc(start) };
    }

    /// <summary>Name : /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(_names.Get(_lexer.GetBytes(token))) { Span = Loc(token.Start) };
    }

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);
}
