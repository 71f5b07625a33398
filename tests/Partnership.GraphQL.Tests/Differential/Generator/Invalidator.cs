using System.Text.Json.Nodes;

namespace Partnership.GraphQL.Tests.Differential.Generator;

/// <summary>
/// Makes one subtle change to a generated document that a careless client might make: an unknown or misspelt
/// field, an argument of the wrong type, a missing required argument, a missing or superfluous sub-selection,
/// conflicting aliases, bad fragments (unknown, unused, impossible, cyclic), variable mistakes and bad variable
/// values. The change is usually, not always, invalid — graphql-js decides, the engine must agree.
/// </summary>
internal sealed class Invalidator(GenSchema schema, ValueGenerator values, GenDocument document, JsonObject variables)
{
    private static readonly string[] Kinds =
    [
        "unknown-field", "misspelt-field", "wrong-argument-type", "missing-required-argument", "unknown-argument",
        "duplicate-argument", "missing-subselection", "leaf-subselection", "conflicting-alias", "conflicting-arguments",
        "unknown-fragment", "unused-fragment", "impossible-fragment", "fragment-cycle", "fragment-on-scalar",
        "undefined-variable", "unused-variable", "variable-type-mismatch", "bad-variable-value", "missing-variable-value",
        "unknown-directive", "duplicate-operation-name", "misplaced-directive",
    ];

    public string Apply()
    {
        // Try kinds until one applies to this document's shape (most documents fit most kinds).
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var kind = values.Pick(Kinds);
            if (TryApply(kind)) return kind;
        }
        return "valid";
    }

    private bool TryApply(string kind)
    {
        var fields = new List<(GenFieldSelection Field, List<GenSelection> Siblings)>();
        foreach (var operation in document.Operations) Collect(operation.Children, fields);
        foreach (var fragment in document.Fragments) Collect(fragment.Children, fields);
        var schemaFields = fields.FindAll(f => f.Field.Field is not null);
        var operationMain = document.Operations[0];

        switch (kind)
        {
            case "unknown-field":
            {
                if (schemaFields.Count == 0) return false;
                var target = values.Pick(schemaFields).Field;
                target.Name = values.Pick(["unknown", "id2", "nmae", "__type", "__schema"]);
                target.Field = null;
                return true;
            }
            case "misspelt-field":
            {
                var candidates = schemaFields.FindAll(f => f.Field.Name.Length > 3);
                if (candidates.Count == 0) return false;
                var target = values.Pick(candidates).Field;
                target.Name = target.Name[..^1];
                target.Field = null;
                return true;
            }
            case "wrong-argument-type":
            {
                var candidates = schemaFields.FindAll(f => f.Field.Arguments.Count > 0);
                if (candidates.Count == 0) return false;
                var target = values.Pick(candidates).Field;
                var index = values.Random.Next(target.Arguments.Count);
                var definition = target.Field!.Arguments.First(a => a.Name == target.Arguments[index].Name);
                target.Arguments[index] = target.Arguments[index] with { Value = values.WrongLiteral(definition.Type) };
                return true;
            }
            case "missing-required-argument":
            {
                var candidates = schemaFields.FindAll(f => f.Field.Field!.Arguments.Any(a => a.IsRequired));
                if (candidates.Count == 0) return false;
                var target = values.Pick(candidates).Field;
                target.Arguments.RemoveAll(a => target.Field!.Arguments.First(d => d.Name == a.Name).IsRequired);
                return true;
            }
            case "unknown-argument":
            case "duplicate-argument":
            {
                if (schemaFields.Count == 0) return false;
                var target = values.Pick(schemaFields).Field;
                if (kind == "duplicate-argument")
                {
                    if (target.Arguments.Count == 0) return false;
                    target.Arguments.Add(target.Arguments[0]);
                }
                else
                {
                    target.Arguments.Add(new GenArgValue(values.Pick(["unknownArg", "first", "id", "limit"]), "1"));
                }
                return true;
            }
            case "missing-subselection":
            {
                var candidates = schemaFields.FindAll(f => f.Field.Children is not null);
                if (candidates.Count == 0) return false;
                values.Pick(candidates).Field.Children = null;
                return true;
            }
            case "leaf-subselection":
            {
                var candidates = fields.FindAll(f => f.Field.Children is null);
                if (candidates.Count == 0) return false;
                values.Pick(candidates).Field.Children = [new GenFieldSelection("?", null, values.Pick(["id", "name", "__typename"]))];
                return true;
            }
            case "conflicting-alias":
            case "conflicting-arguments":
            {
                var candidates = schemaFields.FindAll(f => kind == "conflicting-alias" || f.Field.Arguments.Count > 0);
                if (candidates.Count == 0) return false;
                var (target, siblings) = values.Pick(candidates);
                var parent = schema[target.ParentType];
                var other = kind == "conflicting-alias" ? values.Pick(parent.Fields) : target.Field!;
                var conflict = new GenFieldSelection(target.ParentType, other, other.Name) { Alias = target.ResponseKey };
                if (kind == "conflicting-arguments")
                {
                    conflict.Arguments.AddRange(target.Arguments);
                    var index = values.Random.Next(conflict.Arguments.Count);
                    var definition = other.Arguments.First(a => a.Name == conflict.Arguments[index].Name);
                    conflict.Arguments[index] = conflict.Arguments[index] with { Value = values.Literal(GenTypeRef.NonNullOf(definition.Type)) };
                }
                else
                {
                    foreach (var argument in other.Arguments)
                        if (argument.IsRequired) conflict.Arguments.Add(new GenArgValue(argument.Name, values.Literal(argument.Type)));
                }
                if (schema[other.Type.NamedType].IsComposite) conflict.Children = [new GenFieldSelection(other.Type.NamedType, null, "__typename")];
                siblings.Add(conflict);
                return true;
            }
            case "unknown-fragment":
                operationMain.Children.Add(new GenFragmentSpread("Missing" + values.Random.Next(10)));
                return true;
            case "unused-fragment":
                document.Fragments.Add(new GenFragment("Unused", schema.Query, [new GenFieldSelection(schema.Query, null, "__typename")]));
                return true;
            case "impossible-fragment":
            {
                var objects = schema.Types.Values.Where(t => t.Kind == GenKind.Object && t.Name != operationMain.RootType).ToList();
                if (objects.Count == 0) return false;
                var other = values.Pick(objects);
                var selection = new GenInlineFragment(other.Name, [new GenFieldSelection(other.Name, null, "__typename")]);
                operationMain.Children.Add(selection);
                return true;
            }
            case "fragment-cycle":
            {
                if (document.Fragments.Count == 0) return false;
                var fragment = values.Pick(document.Fragments);
                fragment.Children.Add(new GenFragmentSpread(fragment.Name));
                return true;
            }
            case "fragment-on-scalar":
            {
                if (document.Fragments.Count == 0) return false;
                values.Pick(document.Fragments).TypeCondition = values.Pick(["String", "Int", "Boolean"]);
                return true;
            }
            case "undefined-variable":
            {
                var candidates = schemaFields.FindAll(f => f.Field.Arguments.Count > 0);
                if (candidates.Count == 0) return false;
                var target = values.Pick(candidates).Field;
                target.Arguments[0] = target.Arguments[0] with { Value = "$notDefined" };
                return true;
            }
            case "unused-variable":
                operationMain.Variables.Add(new GenVariable("unused", GenTypeRef.Named("Int"), null));
                return true;
            case "variable-type-mismatch":
            {
                if (operationMain.Variables.Count == 0) return false;
                var index = values.Random.Next(operationMain.Variables.Count);
                var variable = operationMain.Variables[index];
                var replacement = values.Pick(["String", "Int", "[String]", "Boolean!", variable.Type.Nullable.ToString()]);
                operationMain.Variables[index] = variable with { TypeText = replacement, DefaultValue = null };
                return true;
            }
            case "bad-variable-value":
            {
                if (operationMain.Variables.Count == 0) return false;
                var variable = values.Pick(operationMain.Variables);
                variables[variable.Name] = values.WrongJson(variable.Type);
                return true;
            }
            case "missing-variable-value":
            {
                var required = operationMain.Variables.FindAll(v => v.Type.IsNonNull && v.DefaultValue is null);
                if (required.Count == 0) return false;
                variables.Remove(values.Pick(required).Name);
                return true;
            }
            case "unknown-directive":
            case "misplaced-directive":
            {
                if (fields.Count == 0) return false;
                var directive = kind == "unknown-directive" ? "unknownDirective" : values.Pick(["deprecated", "oneOf", "specifiedBy"]);
                values.Pick(fields).Field.Directives.Add(new GenDirective(directive, []));
                return true;
            }
            case "duplicate-operation-name":
            {
                if (operationMain.Keyword != "query") return false;
                var copy = new GenOperation("query", operationMain.Name, operationMain.RootType);
                copy.Children.Add(new GenFieldSelection(operationMain.RootType, null, "__typename"));
                document.Operations.Add(copy);
                return true;
            }
            default:
                return false;
        }
    }

    private static void Collect(List<GenSelection> selections, List<(GenFieldSelection, List<GenSelection>)> into)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case GenFieldSelection field:
                    into.Add((field, selections));
                    if (field.Children is not null) Collect(field.Children, into);
                    break;
                case GenInlineFragment inline:
                    Collect(inline.Children, into);
                    break;
            }
        }
    }
}
