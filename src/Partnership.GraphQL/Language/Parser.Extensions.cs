namespace Partnership.GraphQL.Language;

// Type system extensions (spec section 3, "extend ..."), as graphql-js 17.1 parses them. An extension must add
// something; one that adds nothing fails with "Unexpected" at the token after it, as graphql-js reports.
public ref partial struct Parser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension | DirectiveExtension
    /// <para>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension
    /// | EnumTypeExtension | InputObjectTypeExtension</para>
    /// </summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var word = _lexer.GetBytes(keyword);
            if (word.SequenceEqual("schema"u8)) return ParseSchemaExtension();
            if (word.SequenceEqual("scalar"u8)) return ParseScalarTypeExtension();
            if (word.SequenceEqual("type"u8)) return ParseObjectTypeExtension();
            if (word.SequenceEqual("interface"u8)) return ParseInterfaceTypeExtension();
            if (word.SequenceEqual("union"u8)) return ParseUnionTypeExtension();
            if (word.SequenceEqual("enum"u8)) return ParseEnumTypeExtension();
            if (word.SequenceEqual("input"u8)) return ParseInputObjectTypeExtension();
            if (word.SequenceEqual("directive"u8)) return ParseDirectiveExtension();
        }
        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes =
            ExpectOptionalToken(TokenKind.BraceL) ? ParseOperationTypeDefinitionsAfterBrace() : [];
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected(_lexer.Token);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Span = Loc(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0) throw Unexpected(_lexer.Token);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Span = Loc(start) };
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    /// <summary>
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Span = Loc(start),
        };
    }

    /// <summary>
    /// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    /// </summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected(_lexer.Token);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Span = Loc(start) };
    }

    /// <summary>
    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected(_lexer.Token);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Span = Loc(start) };
    }

    /// <summary>
    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputValueDefs(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Span = Loc(start) };
    }

    /// <summary>DirectiveExtension : extend directive @ Name Directives[Const] (graphql-js 17)</summary>
    private DirectiveExtensionNode ParseDirectiveExtension()
    {
        int start = _lexer.Token.Start;
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("directive"u8, "directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0) throw Unexpected(_lexer.Token);
        return new DirectiveExtensionNode { Name = name, Directives = directives, Span = Loc(start) };
    }
}
