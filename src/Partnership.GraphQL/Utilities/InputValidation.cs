using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>Receives one input error and the path inside the value (field names and list indices).</summary>
public delegate void InputErrorHandler(GraphQLError error, IReadOnlyList<object> path);

/// <summary>
/// Explains why an input is invalid, with graphql-js 17.1's messages (<c>validateInputValue</c>,
/// <c>validateInputLiteral</c>), including the @oneOf rules. Call after <see cref="InputCoercion"/> returned false.
/// </summary>
public static class InputValidation
{
    /// <summary>graphql-js <c>validateInputValue</c> for an external value.</summary>
    public static void ValidateInputValue(object? inputValue, GraphQLType type, InputErrorHandler onError, bool hideSuggestions = false) =>
        ValidateValue(inputValue, present: true, type, onError, hideSuggestions, null);

    /// <summary>Validates a missing value (graphql-js <c>undefined</c>) against a type.</summary>
    public static void ValidateMissingValue(GraphQLType type, InputErrorHandler onError) =>
        ValidateValue(null, present: false, type, onError, false, null);

    private static void ValidateValue(object? inputValue, bool present, GraphQLType type, InputErrorHandler onError, bool hide, ResponsePath? path)
    {
        inputValue = InputValues.Plain(inputValue);
        if (type is NonNullType nonNull)
        {
            if (!present)
            {
                Report(onError, $"Expected a value of non-null type \"{type}\" to be provided.", path);
                return;
            }
            if (inputValue is null)
            {
                Report(onError, $"Expected value of non-null type \"{type}\" not to be null.", path);
                return;
            }
            ValidateValue(inputValue, true, nonNull.OfType, onError, hide, path);
            return;
        }
        if (inputValue is null) return;
        switch (type)
        {
            case ListType list:
                if (!InputValues.TryGetList(inputValue, out var items)) ValidateValue(inputValue, true, list.OfType, onError, hide, path);
                else
                {
                    for (int i = 0; i < items.Count; i++) ValidateValue(items[i], true, list.OfType, onError, hide, new ResponsePath(path, i, null));
                }
                return;
            case InputObjectType inputObject:
            {
                if (!InputValues.TryGetMap(inputValue, out var map))
                {
                    Report(onError, $"Expected value of type \"{type}\" to be an object, found: {Inspector.Inspect(inputValue)}.", path);
                    return;
                }
                var fieldDefs = inputObject.Fields;
                foreach (var field in fieldDefs.Values)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (InputCoercion.IsRequired(field))
                            Report(onError, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspector.Inspect(inputValue)}.", path);
                    }
                    else ValidateValue(fieldValue, true, field.Type, onError, hide, new ResponsePath(path, field.Name, inputObject.Name));
                }
                var known = new List<string>();
                foreach (var key in map.Keys)
                {
                    if (!fieldDefs.ContainsKey(key))
                    {
                        var suggestion = hide ? "" : Suggestions.DidYouMean(Suggestions.SuggestionList(key, fieldDefs.Keys));
                        Report(onError, $"Expected value of type \"{type}\" not to include unknown field \"{key}\"" +
                            (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {Inspector.Inspect(inputValue)}.", path);
                        continue;
                    }
                    known.Add(key);
                }
                if (inputObject.IsOneOf)
                {
                    if (known.Count != 1) Report(onError, OneOfMessage(inputObject), path);
                    if (known.Count > 0 && map[known[0]] is null)
                        Report(onError, OneOfMessage(inputObject), new ResponsePath(path, known[0], inputObject.Name));
                }
                return;
            }
            case ILeafType leaf:
                try
                {
                    if (leaf is EnumType e) e.CoerceInputValue(inputValue, hide);
                    else leaf.CoerceInputValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError(error, PathOf(path));
                }
                catch (Exception ex)
                {
                    onError(new GraphQLError($"Expected value of type \"{type}\", but encountered error \"{CaughtMessage(ex)}\"; found: {Inspector.Inspect(inputValue)}.", originalError: ex), PathOf(path));
                }
                return;
        }
    }

    /// <summary>
    /// graphql-js <c>validateInputLiteral</c>. With <paramref name="variables"/> null the check is static: variables
    /// are not looked at (validation's ValuesOfCorrectType); otherwise they are the coerced variable values.
    /// </summary>
    public static void ValidateInputLiteral(ValueNode valueNode, GraphQLType type, InputErrorHandler onError,
        IReadOnlyDictionary<string, object?>? variables = null, bool hideSuggestions = false) =>
        ValidateLiteral(valueNode, type, onError, variables, hideSuggestions, null);

    private static void ValidateLiteral(ValueNode valueNode, GraphQLType type, InputErrorHandler onError,
        IReadOnlyDictionary<string, object?>? variables, bool hide, ResponsePath? path)
    {
        if (valueNode is VariableNode variable)
        {
            if (variables is null) return;
            var has = variables.TryGetValue(variable.Name.Value, out var value);
            if (type is NonNullType)
            {
                if (!has)
                    Report(onError, $"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", path, valueNode);
                else if (value is null)
                    Report(onError, $"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", path, valueNode);
            }
            return;
        }
        if (type is NonNullType nonNull)
        {
            if (valueNode is NullValueNode)
            {
                Report(onError, $"Expected value of non-null type \"{type}\" not to be null.", path, valueNode);
                return;
            }
            ValidateLiteral(valueNode, nonNull.OfType, onError, variables, hide, path);
            return;
        }
        if (valueNode is NullValueNode) return;
        switch (type)
        {
            case ListType list:
                if (valueNode is not ListValueNode listNode) ValidateLiteral(valueNode, list.OfType, onError, variables, hide, path);
                else
                {
                    for (int i = 0; i < listNode.Values.Count; i++)
                        ValidateLiteral(listNode.Values[i], list.OfType, onError, variables, hide, new ResponsePath(path, i, null));
                }
                return;
            case InputObjectType inputObject:
            {
                if (valueNode is not ObjectValueNode objectNode)
                {
                    Report(onError, $"Expected value of type \"{type}\" to be an object, found: {ValuePrinter.Print(valueNode)}.", path, valueNode);
                    return;
                }
                var fieldDefs = inputObject.Fields;
                var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
                foreach (var f in objectNode.Fields) fieldNodes[f.Name.Value] = f;
                foreach (var field in fieldDefs.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
                    {
                        if (InputCoercion.IsRequired(field))
                            Report(onError, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {ValuePrinter.Print(valueNode)}.", path, valueNode);
                        continue;
                    }
                    if (fieldNode.Value is VariableNode fv && variables is not null)
                    {
                        var has = variables.TryGetValue(fv.Name.Value, out var value);
                        if (inputObject.IsOneOf)
                        {
                            if (!has)
                                Report(onError, $"Expected variable \"${fv.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", path, valueNode);
                            else if (value is null)
                                Report(onError, $"Expected variable \"${fv.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", path, valueNode);
                        }
                        else if (!has && !InputCoercion.IsRequired(field)) continue;
                    }
                    ValidateLiteral(fieldNode.Value, field.Type, onError, variables, hide, new ResponsePath(path, field.Name, inputObject.Name));
                }
                var known = new List<ObjectFieldNode>();
                foreach (var f in objectNode.Fields)
                {
                    if (!fieldDefs.ContainsKey(f.Name.Value))
                    {
                        var suggestion = hide ? "" : Suggestions.DidYouMean(Suggestions.SuggestionList(f.Name.Value, fieldDefs.Keys));
                        Report(onError, $"Expected value of type \"{type}\" not to include unknown field \"{f.Name.Value}\"" +
                            (suggestion.Length > 0 ? "." + suggestion + " Found" : ", found") + $": {ValuePrinter.Print(valueNode)}.", path, f);
                    }
                    else known.Add(f);
                }
                if (inputObject.IsOneOf)
                {
                    if (known.Count != 1)
                    {
                        Report(onError, OneOfMessage(inputObject), path, valueNode);
                        return;
                    }
                    if (known[0].Value is NullValueNode)
                        Report(onError, OneOfMessage(inputObject), new ResponsePath(path, known[0].Name.Value, null), valueNode);
                }
                return;
            }
            case ILeafType leaf:
                try
                {
                    var literal = ValueFromAst.ReplaceVariables(valueNode, variables);
                    if (leaf is EnumType e) e.CoerceInputLiteral(literal, hide);
                    else leaf.CoerceInputLiteral(literal);
                }
                catch (GraphQLError error)
                {
                    onError(error, PathOf(path));
                }
                catch (Exception ex)
                {
                    onError(new GraphQLError($"Expected value of type \"{type}\", but encountered error \"{CaughtMessage(ex)}\"; found: {ValuePrinter.Print(valueNode)}.", [valueNode], originalError: ex), PathOf(path));
                }
                return;
        }
    }

    /// <summary>The @oneOf message, word for word as graphql-js 17.1.</summary>
    public static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>graphql-js <c>printPathArray</c>: <c> at .field[0]</c>, or empty for an empty path.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0) return "";
        var sb = new System.Text.StringBuilder(" at ");
        foreach (var key in path) sb.Append(key is int i ? $"[{i}]" : "." + key);
        return sb.ToString();
    }

    private static string CaughtMessage(Exception ex) => string.IsNullOrEmpty(ex.Message) ? ex.GetType().Name : ex.Message;

    private static IReadOnlyList<object> PathOf(ResponsePath? path) => path?.ToList() ?? [];

    private static void Report(InputErrorHandler onError, string message, ResponsePath? path, Node? node = null) =>
        onError(new GraphQLError(message, node is null ? null : [node]), PathOf(path));
}
