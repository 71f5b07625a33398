using Partnership.GraphQL.Errors;

namespace Partnership.GraphQL.Language;

/// <summary>
/// The GraphQL parser: recursive descent with one method per grammar production (spec appendix B), matching
/// graphql-js 17.1's <c>parse</c>, <c>parseValue</c>, <c>parseConstValue</c> and <c>parseType</c> in the
/// documents it accepts, the trees it builds and the syntax errors it reports. This file holds the entry points,
/// the helpers and the executable grammar; <c>Parser.TypeSystem.cs</c> holds the type system grammar.
/// </summary>
public ref partial struct Parser
{
    private Lexer _lexer;
    private readonly Source _source;
    private readonly ParserOptions _options;
    private readonly NameTable _names;
    private Node[] _scratch;
    private int _scratchCount;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        _source = source;
        _lexer = new Lexer(source) { MaxComments = _options.MaxComments };
        _names = new NameTable();
        _scratch = new Node[32];
    }

    /// <summary>Parses a document (graphql-js <c>parse</c>). Throws a syntax <see cref="GraphQLError"/>.</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a document held in a string.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses one value, variables allowed (graphql-js <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(false);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <inheritdoc cref="ParseValue(Source, ParserOptions?)"/>
    public static ValueNode ParseValue(string text, ParserOptions? options = null) => ParseValue(new Source(text), options);

    /// <summary>Parses one constant value, variables rejected (graphql-js <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(true);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <inheritdoc cref="ParseConstValue(Source, ParserOptions?)"/>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) => ParseConstValue(new Source(text), options);

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js <c>parseType</c>).</summary>
    public static TypeNode ParseType(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.SOF);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EOF);
        return type;
    }

    /// <inheritdoc cref="ParseType(Source, ParserOptions?)"/>
    public static TypeNode ParseType(string text, ParserOptions? options = null) => ParseType(new Source(text), options);

    // ---- Document ----

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.SOF);
        int mark = _scratchCount;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EOF));
        return new DocumentNode { Definitions = PopList<DefinitionNode>(mark), Span = Loc(start), TokenCount = _tokenCount };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// <para>ExecutableDefinition : OperationDefinition | FragmentDefinition</para>
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();
        bool hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw Error(_lexer.Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        if (keyword.Kind == TokenKind.Name)
        {
            var word = _lexer.GetBytes(keyword);
            if (word.SequenceEqual("schema"u8)) return ParseSchemaDefinition();
            if (word.SequenceEqual("scalar"u8)) return ParseScalarTypeDefinition();
            if (word.SequenceEqual("type"u8)) return ParseObjectTypeDefinition();
            if (word.SequenceEqual("interface"u8)) return ParseInterfaceTypeDefinition();
            if (word.SequenceEqual("union"u8)) return ParseUnionTypeDefinition();
            if (word.SequenceEqual("enum"u8)) return ParseEnumTypeDefinition();
            if (word.SequenceEqual("input"u8)) return ParseInputObjectTypeDefinition();
            if (word.SequenceEqual("directive"u8)) return ParseDirectiveDefinition();
            if (word.SequenceEqual("query"u8) || word.SequenceEqual("mutation"u8) || word.SequenceEqual("subscription"u8))
                return ParseOperationDefinition();
            if (word.SequenceEqual("fragment"u8)) return ParseFragmentDefinition();
            if (hasDescription)
                throw Error(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            if (word.SequenceEqual("extend"u8)) return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    // ---- Operations ----

    /// <summary>
    /// OperationDefinition : SelectionSet | Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        int start = _lexer.Token.Start;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = shorthand, Span = Loc(start) };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Span = Loc(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        var word = _lexer.GetBytes(token);
        if (word.SequenceEqual("query"u8)) return OperationType.Query;
        if (word.SequenceEqual("mutation"u8)) return OperationType.Mutation;
        if (word.SequenceEqual("subscription"u8)) return OperationType.Subscription;
        throw Unexpected(token);
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL)) return [];
        int mark = _scratchCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));
        return PopList<VariableDefinitionNode>(mark);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Span = Loc(start),
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Span = Loc(start) };
    }

    /// <summary>SelectionSet : { Selection* } (graphql-js 17 default; <c>{ Selection+ }</c> when empty sets are disallowed)</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.BraceL);
        EnterNesting(start);
        int mark = _scratchCount;
        if (_options.AllowEmptySelectionSets)
        {
            while (!ExpectOptionalToken(TokenKind.BraceR)) Push(ParseSelection());
        }
        else
        {
            do
            {
                Push(ParseSelection());
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
        }
        _depth--;
        return new SelectionSetNode { Selections = PopList<SelectionNode>(mark), Span = Loc(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        int start = _lexer.Token.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Span = Loc(start),
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL)) return [];
        int mark = _scratchCount;
        do
        {
            Push(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));
        return PopList<ArgumentNode>(mark);
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        int start = _lexer.Token.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Span = Loc(start) };
    }

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?
    /// <para>InlineFragment : ... TypeCondition? Directives? SelectionSet</para>
    /// </summary>
    private SelectionNode ParseFragment()
    {
        int start = _lexer.Token.Start;
        ExpectToken(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Span = Loc(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Span = Loc(start),
        };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        int start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Span = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && _lexer.GetBytes(token).SequenceEqual("on"u8)) throw Unexpected(token);
        return ParseName();
    }
}
