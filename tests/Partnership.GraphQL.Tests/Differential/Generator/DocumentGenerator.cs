using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential.Generator;

/// <summary>One generated protocol line and what was done to it (for reading a failure).</summary>
internal sealed record GeneratedCase(string Schema, int Index, string Mutation, JsonObject Line)
{
    public string Name => $"{Schema} #{Index} ({Mutation})";
}

/// <summary>
/// A seeded generator of documents over a schema: valid ones with nested fields, aliases, arguments, variables,
/// fragments (inline, named, chained), @skip/@include and field merging; and subtly invalid ones, each with one
/// <see cref="Invalidator"/> change. The same schema, seed and index give the same document on every machine.
/// </summary>
internal sealed class DocumentGenerator
{
    private const int MaxDepth = 4;
    private const int MaxFragmentNesting = 4;

    private readonly GenSchema _schema;
    private readonly ValueGenerator _values;
    private readonly GenDocument _document = new();
    private readonly Dictionary<GenFragment, GenOperation> _fragmentOwner = [];
    private readonly JsonObject _variables = [];
    private GenOperation _operation = null!;
    private int _aliasCounter;
    private int _variableCounter;
    private int _fragmentCounter;

    private DocumentGenerator(GenSchema schema, Random random)
    {
        _schema = schema;
        _values = new ValueGenerator(schema, random);
    }

    /// <summary>Documents <paramref name="first"/> .. first+count-1 of the sequence for <paramref name="seed"/>.</summary>
    public static List<GeneratedCase> Generate(GenSchema schema, int seed, int first, int count)
    {
        var cases = new List<GeneratedCase>(count);
        for (var index = first; index < first + count; index++)
        {
            // One Random per document: any slice of the sequence can be regenerated on its own.
            var random = new Random(unchecked(seed * 1_000_003 + index * 7_919));
            cases.Add(new DocumentGenerator(schema, random).Build(index));
        }
        return cases;
    }

    private GeneratedCase Build(int index)
    {
        var operationKind = PickOperationKind();
        _operation = NewOperation(operationKind, named: _values.Chance(0.6));
        if (operationKind == "subscription")
        {
            // A subscription selects exactly one root field (SingleFieldSubscriptionsRule).
            _operation.Children.Add(FieldSelection(_operation.RootType, _values.Pick(_schema[_operation.RootType].Fields), 0, 0));
        }
        else
        {
            _operation.Children.AddRange(Selections(_operation.RootType, 0, 0));
        }
        string? operationName = null;
        if (operationKind != "subscription" && _values.Chance(0.12))
        {
            // A second operation, so the request must name the one to run.
            _operation.Name ??= "First";
            var second = NewOperation("query", named: true);
            second.Name = "Second";
            var firstOperation = _operation;
            _operation = second;
            second.Children.AddRange(Selections(second.RootType, 0, 0));
            _operation = firstOperation;
            operationName = _values.Chance(0.5) ? "First" : "Second";
        }

        var mutation = "valid";
        var rootValue = new JsonObject();
        if (_values.Chance(0.45)) mutation = new Invalidator(_schema, _values, _document, _variables).Apply();
        foreach (var operation in _document.Operations)
        {
            new RootValueBuilder(_schema, _values, _document).Fill(rootValue, operation.RootType, operation.Children);
        }

        var pretty = _values.Chance(0.5);
        var line = new JsonObject
        {
            ["sdl"] = _schema.Sdl,
            ["query"] = _document.Print(pretty, commas: _values.Chance(0.3)),
        };
        if (_variables.Count > 0 || _values.Chance(0.1)) line["variables"] = _variables;
        if (operationName is not null || (_values.Chance(0.1) && _document.Operations.Count == 1 && _operation.Name is not null))
            line["operationName"] = operationName ?? _operation.Name;
        if (operationKind == "subscription") line["validateOnly"] = true;
        else line["rootValue"] = rootValue;
        return new GeneratedCase(_schema.Name, index, mutation, line);
    }

    private string PickOperationKind()
    {
        var roll = _values.Random.NextDouble();
        if (roll < 0.12 && _schema.Mutation is not null) return "mutation";
        if (roll < 0.22 && _schema.Subscription is not null) return "subscription";
        return "query";
    }

    private GenOperation NewOperation(string kind, bool named)
    {
        var root = kind switch { "mutation" => _schema.Mutation!, "subscription" => _schema.Subscription!, _ => _schema.Query };
        var operation = new GenOperation(kind, named ? "Op" + _values.Random.Next(1000) : null, root);
        _document.Operations.Add(operation);
        return operation;
    }

    private List<GenSelection> Selections(string typeName, int depth, int fragmentNesting)
    {
        var type = _schema[typeName];
        var selections = new List<GenSelection>();
        var wanted = 1 + _values.Random.Next(depth == 0 ? 4 : 3);
        if (type.Kind == GenKind.Union)
        {
            if (_values.Chance(0.5)) selections.Add(new GenFieldSelection(typeName, null, "__typename"));
            for (var i = 0; i < wanted; i++) selections.Add(InlineFragment(typeName, depth, fragmentNesting, _values.Pick(type.PossibleTypes)));
        }
        else
        {
            var fields = new List<GenField>(type.Fields);
            Shuffle(fields);
            for (var i = 0; i < wanted && i < fields.Count; i++) selections.Add(FieldSelection(typeName, fields[i], depth, fragmentNesting));
            if (_values.Chance(0.15)) selections.Add(new GenFieldSelection(typeName, null, "__typename") { Alias = _values.Chance(0.3) ? NextAlias() : null });
        }
        if (depth == 0 && typeName == _schema.Query && _values.Chance(0.08)) selections.Add(IntrospectionSelection());
        if (fragmentNesting < MaxFragmentNesting)
        {
            if (_values.Chance(0.2)) selections.Add(Spread(typeName, depth, fragmentNesting));
            if (_values.Chance(0.15))
            {
                string? condition = type.IsAbstract ? _values.Pick(type.PossibleTypes) : _values.Chance(0.5) ? null : typeName;
                if (!type.IsAbstract && type.Interfaces.Count > 0 && _values.Chance(0.3)) condition = _values.Pick(type.Interfaces);
                selections.Add(InlineFragment(typeName, depth, fragmentNesting, condition));
            }
        }
        if (selections.Count > 0 && _values.Chance(0.1) && selections[0] is GenFieldSelection original)
        {
            selections.Add(Duplicate(original, depth, fragmentNesting)); // merged with the original at execution
        }
        if (_values.Chance(0.1)) selections[_values.Random.Next(selections.Count)].Directives.Add(SkipOrInclude());
        return selections;
    }

    private GenFieldSelection FieldSelection(string parentType, GenField field, int depth, int fragmentNesting)
    {
        var selection = new GenFieldSelection(parentType, field, field.Name);
        foreach (var argument in field.Arguments)
        {
            if (!argument.IsRequired && !_values.Chance(0.4)) continue;
            selection.Arguments.Add(new GenArgValue(argument.Name, ArgumentValue(argument)));
        }
        // Arguments differ between occurrences, so such fields get an alias of their own; others sometimes.
        if (selection.Arguments.Count > 0 || _values.Chance(0.2)) selection.Alias = NextAlias();
        if (_values.Chance(0.05) && _schema.FieldDirectives.Count > 0 && parentType != _operation.RootType)
            selection.Directives.Add(new GenDirective(_values.Pick(_schema.FieldDirectives), []));
        var named = _schema[field.Type.NamedType];
        if (named.IsComposite)
        {
            selection.Children = depth + 1 >= MaxDepth
                ? [new GenFieldSelection(named.Name, null, "__typename")]
                : Selections(named.Name, depth + 1, fragmentNesting);
        }
        return selection;
    }

    private GenFieldSelection Duplicate(GenFieldSelection original, int depth, int fragmentNesting)
    {
        var copy = new GenFieldSelection(original.ParentType, original.Field, original.Name) { Alias = original.Alias };
        copy.Arguments.AddRange(original.Arguments);
        if (original.Children is not null && original.Field is not null)
        {
            var named = _schema[original.Field.Type.NamedType];
            copy.Children = depth + 1 >= MaxDepth ? [new GenFieldSelection(named.Name, null, "__typename")] : Selections(named.Name, depth + 1, fragmentNesting);
        }
        return copy;
    }

    private GenInlineFragment InlineFragment(string parentType, int depth, int fragmentNesting, string? condition)
    {
        var children = Selections(condition ?? parentType, depth, fragmentNesting + 1);
        return new GenInlineFragment(condition, children);
    }

    private GenFragmentSpread Spread(string parentType, int depth, int fragmentNesting)
    {
        // Reuse a fragment of this operation that fits here, or define a new one (which may spread others: chains).
        var candidates = new List<GenFragment>();
        foreach (var fragment in _document.Fragments)
        {
            if (_fragmentOwner[fragment] == _operation && _schema.CanSpread(parentType, fragment.TypeCondition)) candidates.Add(fragment);
        }
        if (candidates.Count > 0 && _values.Chance(0.4)) return new GenFragmentSpread(_values.Pick(candidates).Name);

        var type = _schema[parentType];
        var condition = parentType;
        if (type.IsAbstract && _values.Chance(0.5)) condition = _values.Pick(type.PossibleTypes);
        else if (!type.IsAbstract && type.Interfaces.Count > 0 && _values.Chance(0.3)) condition = _values.Pick(type.Interfaces);
        // Listed only once complete, so it is never spread inside itself (cycles are an Invalidator change).
        var created = new GenFragment("F" + _fragmentCounter++ + "_" + condition, condition, []);
        created.Children.AddRange(Selections(condition, depth, fragmentNesting + 1));
        _document.Fragments.Add(created);
        _fragmentOwner[created] = _operation;
        return new GenFragmentSpread(created.Name);
    }

    private string ArgumentValue(GenArgument argument)
    {
        if (!_values.Chance(0.3)) return _values.Literal(argument.Type);
        var name = "v" + _variableCounter++;
        string? defaultValue = null;
        if (_values.Chance(0.2)) defaultValue = _values.Literal(GenTypeRef.NonNullOf(argument.Type));
        _operation.Variables.Add(new GenVariable(name, argument.Type, defaultValue));
        if (argument.Type.IsNonNull && defaultValue is null || _values.Chance(0.7)) _variables[name] = _values.Json(argument.Type);
        return "$" + name;
    }

    private GenDirective SkipOrInclude()
    {
        var name = _values.Chance(0.5) ? "skip" : "include";
        string condition;
        if (_values.Chance(0.4))
        {
            var variable = "v" + _variableCounter++;
            _operation.Variables.Add(new GenVariable(variable, GenTypeRef.NonNullOf(GenTypeRef.Named("Boolean")), null));
            _variables[variable] = _values.Chance(0.5);
            condition = "$" + variable;
        }
        else
        {
            condition = _values.Chance(0.5) ? "true" : "false";
        }
        return new GenDirective(name, [new GenArgValue("if", condition)]);
    }

    /// <summary>A small introspection selection on the query root (<c>__type</c> or <c>__schema</c>).</summary>
    private GenFieldSelection IntrospectionSelection()
    {
        var typeNames = new List<string>(_schema.Types.Keys);
        if (_values.Chance(0.5))
        {
            var field = new GenFieldSelection(_schema.Query, null, "__type") { Alias = NextAlias() };
            var name = _values.Chance(0.1) ? "NoSuchType" : _values.Pick(typeNames);
            field.Arguments.Add(new GenArgValue("name", "\"" + name + "\""));
            field.Children =
            [
                new GenFieldSelection("__Type", null, "name"),
                new GenFieldSelection("__Type", null, "kind"),
                new GenFieldSelection("__Type", null, _values.Pick(["fields", "inputFields", "enumValues", "possibleTypes", "interfaces"]))
                {
                    Children = [new GenFieldSelection("__Type", null, "name")],
                },
            ];
            return field;
        }
        var schema = new GenFieldSelection(_schema.Query, null, "__schema") { Alias = NextAlias() };
        schema.Children =
        [
            new GenFieldSelection("__Schema", null, "queryType") { Children = [new GenFieldSelection("__Type", null, "name")] },
            new GenFieldSelection("__Schema", null, _values.Pick(["types", "directives"])) { Children = [new GenFieldSelection("__Type", null, "name")] },
        ];
        return schema;
    }

    private string NextAlias() => "a" + _aliasCounter++;

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _values.Random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
