namespace Partnership.GraphQL.Language;

// The type system grammar (spec section 3 and appendix B.3), as graphql-js 17.1 parses it.
public ref partial struct Parser
{
    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(true);
        ExpectToken(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Span = Loc(start),
        };
    }

    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitionsAfterBrace()
    {
        int mark = _scratchCount;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return PopList<OperationTypeDefinitionNode>(mark);
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Span = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Span = Loc(start) };
    }

    /// <summary>
    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    /// </summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8)) return [];
        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        int mark = _scratchCount;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));
        return PopList<NamedTypeNode>(mark);
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL)) return [];
        int mark = _scratchCount;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return PopList<FieldDefinitionNode>(mark);
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Span = Loc(start),
        };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs() => ParseInputValueDefs(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefs(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open)) return [];
        int mark = _scratchCount;
        do
        {
            Push(ParseInputValueDef());
        }
        while (!ExpectOptionalToken(close));
        return PopList<InputValueDefinitionNode>(mark);
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDef()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Span = Loc(start),
        };
    }

    /// <summary>
    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    /// </summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Span = Loc(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Span = Loc(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL)) return [];
        int mark = _scratchCount;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));
        return PopList<EnumValueDefinitionNode>(mark);
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Span = Loc(start) };
    }

    /// <summary>EnumValue : Name but not <c>true</c>, <c>false</c> or <c>null</c></summary>
    private NameNode ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (TokenValueIs(token, "true") || TokenValueIs(token, "false") || TokenValueIs(token, "null"))
            throw Error(token.Start, $"{Describe(token)} is reserved and cannot be used for an enum value.");
        return ParseName();
    }

    private readonly bool TokenValueIs(in Token token, string value) => token.Kind switch
    {
        TokenKind.Name => AsciiEquals(_lexer.GetBytes(token), value),
        TokenKind.String or TokenKind.BlockString => token.Value == value,
        _ => false,
    };

    private static bool AsciiEquals(ReadOnlySpan<byte> bytes, string value)
    {
        if (bytes.Length != value.Length) return false;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != value[i]) return false;
        }
        return true;
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefs(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Span = Loc(start) };
    }

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? Directives[Const]? repeatable? on DirectiveLocations
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var directives = ParseDirectives(true);
        bool repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            Repeatable = repeatable,
            Locations = locations,
            Span = Loc(start),
        };
    }

    /// <summary>DirectiveLocations : |? DirectiveLocation | DirectiveLocations | DirectiveLocation</summary>
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        int mark = _scratchCount;
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));
        return PopList<NameNode>(mark);
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer.Token;
        var name = ParseName();
        if (IsDirectiveLocation(name.Value)) return name;
        throw Unexpected(token);
    }

    private static bool IsDirectiveLocation(string name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" or "FRAGMENT_VARIABLE_DEFINITION" or "SCHEMA" or "SCALAR"
            or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION" or "ENUM"
            or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" or "DIRECTIVE_DEFINITION" => true,
        _ => false,
    };
}
