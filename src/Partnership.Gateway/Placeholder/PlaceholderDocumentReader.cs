using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.Gateway.Placeholder;

// TEMPORARY — replaced by the engine's Parser.Parse when the engine is merged (see PlaceholderEngine).
// Reads the outline of an executable document: operations, fragments, fields (with alias and nested selections),
// fragment spreads and inline fragments. Arguments, variable definitions and directives are skipped as balanced
// groups. Enough for the authentication gate and the placeholder executor; not a GraphQL parser.
internal sealed class PlaceholderDocumentReader
{
    private readonly string _text;
    private int _pos;
    private string _token = "";

    private PlaceholderDocumentReader(string text) => _text = text;

    public static DocumentNode Read(string text)
    {
        var reader = new PlaceholderDocumentReader(text);
        reader.Next();
        var definitions = new List<DefinitionNode>();
        while (reader._token.Length > 0) definitions.Add(reader.Definition());
        if (definitions.Count == 0) throw Syntax("Unexpected <EOF>.");
        return new DocumentNode { Definitions = definitions };
    }

    private DefinitionNode Definition()
    {
        if (_token == "{") return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = SelectionSet() };
        if (_token == "fragment")
        {
            Next();
            var name = Name();
            Expect("on");
            var type = Name();
            Directives();
            return new FragmentDefinitionNode
            {
                Name = name, TypeCondition = new NamedTypeNode { Name = type }, SelectionSet = SelectionSet(),
            };
        }
        OperationType operation = _token switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Syntax($"Unexpected \"{_token}\"."),
        };
        Next();
        NameNode? opName = IsName(_token) ? Name() : null;
        if (_token == "(") SkipGroup("(", ")");
        Directives();
        return new OperationDefinitionNode { Operation = operation, Name = opName, SelectionSet = SelectionSet() };
    }

    private SelectionSetNode SelectionSet()
    {
        Expect("{");
        var selections = new List<SelectionNode>();
        while (_token != "}")
        {
            if (_token.Length == 0) throw Syntax("Expected Name, found <EOF>.");
            selections.Add(Selection());
        }
        Next();
        if (selections.Count == 0) throw Syntax("Expected Name, found \"}\".");
        return new SelectionSetNode { Selections = selections };
    }

    private SelectionNode Selection()
    {
        if (_token == "...")
        {
            Next();
            if (_token == "on")
            {
                Next();
                var type = Name();
                Directives();
                return new InlineFragmentNode { TypeCondition = new NamedTypeNode { Name = type }, SelectionSet = SelectionSet() };
            }
            if (IsName(_token))
            {
                var name = Name();
                Directives();
                return new FragmentSpreadNode { Name = name };
            }
            Directives();
            return new InlineFragmentNode { SelectionSet = SelectionSet() };
        }
        var first = Name();
        NameNode? alias = null;
        var fieldName = first;
        if (_token == ":")
        {
            Next();
            alias = first;
            fieldName = Name();
        }
        if (_token == "(") SkipGroup("(", ")");
        Directives();
        return new FieldNode { Alias = alias, Name = fieldName, SelectionSet = _token == "{" ? SelectionSet() : null };
    }

    private void Directives()
    {
        while (_token == "@")
        {
            Next();
            Name();
            if (_token == "(") SkipGroup("(", ")");
        }
    }

    private void SkipGroup(string open, string close)
    {
        var depth = 0;
        do
        {
            if (_token.Length == 0) throw Syntax("Unexpected <EOF>.");
            if (_token == open) depth++;
            else if (_token == close) depth--;
            Next();
        } while (depth > 0);
    }

    private NameNode Name()
    {
        if (!IsName(_token)) throw Syntax(_token.Length == 0 ? "Expected Name, found <EOF>." : $"Expected Name, found \"{_token}\".");
        var name = new NameNode(_token);
        Next();
        return name;
    }

    private void Expect(string token)
    {
        if (_token != token) throw Syntax(_token.Length == 0 ? $"Expected \"{token}\", found <EOF>." : $"Expected \"{token}\", found \"{_token}\".");
        Next();
    }

    private static bool IsName(string token) =>
        token.Length > 0 && (char.IsAsciiLetter(token[0]) || token[0] == '_');

    private void Next()
    {
        var t = _text;
        while (_pos < t.Length)
        {
            var c = t[_pos];
            if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF') _pos++;
            else if (c == '#') { while (_pos < t.Length && t[_pos] is not ('\n' or '\r')) _pos++; }
            else break;
        }
        if (_pos >= t.Length) { _token = ""; return; }
        var start = _pos;
        var ch = t[_pos];
        if (char.IsAsciiLetter(ch) || ch == '_')
        {
            while (_pos < t.Length && (char.IsAsciiLetterOrDigit(t[_pos]) || t[_pos] == '_')) _pos++;
        }
        else if (char.IsAsciiDigit(ch) || ch == '-')
        {
            _pos++;
            while (_pos < t.Length && (char.IsAsciiLetterOrDigit(t[_pos]) || t[_pos] is '.' or '+' or '-')) _pos++;
        }
        else if (ch == '"')
        {
            var block = string.CompareOrdinal(t, _pos, "\"\"\"", 0, 3) == 0;
            _pos += block ? 3 : 1;
            while (true)
            {
                if (_pos >= t.Length) throw Syntax("Unterminated string.");
                if (block ? string.CompareOrdinal(t, _pos, "\"\"\"", 0, 3) == 0 : t[_pos] == '"') { _pos += block ? 3 : 1; break; }
                if (!block && t[_pos] is '\n' or '\r') throw Syntax("Unterminated string.");
                _pos += t[_pos] == '\\' ? 2 : 1;
            }
        }
        else if (string.CompareOrdinal(t, _pos, "...", 0, 3) == 0) _pos += 3;
        else if ("{}()[]:=@$!|&".Contains(ch)) _pos++;
        else throw Syntax($"Unexpected character: \"{ch}\".");
        _token = t[start.._pos];
    }

    private static GraphQLError Syntax(string message) =>
        new("Syntax Error: " + message, extensions: new Dictionary<string, object?> { ["code"] = "GRAPHQL_PARSE_FAILED" });
}
