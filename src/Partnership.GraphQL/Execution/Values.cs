using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Execution;

/// <summary>Variable and argument coercion (graphql-js 17.1 <c>getVariableValues</c>, <c>getArgumentValues</c>).</summary>
internal static class Values
{
    public const string TooManyErrorsMessage = "Too many errors processing variables, error limit reached. Execution aborted.";

    /// <summary>graphql-js <c>getArgumentValues</c>: throws the first argument error.</summary>
    public static Dictionary<string, object?> GetArgumentValues(IReadOnlyList<ArgumentDefinition> definitions, Node node,
        IReadOnlyList<ArgumentNode> argumentNodes, IReadOnlyDictionary<string, object?> variables, bool hideSuggestions) =>
        ArgumentValues.Get(definitions, node, argumentNodes, variables, hideSuggestions);

    /// <summary>
    /// graphql-js <c>getVariableValues</c>: coerces the raw variables of an operation; returns null and the errors
    /// (at most <see cref="ExecutionOptions.MaxCoercionErrors"/>, then the "too many errors" one) when any is invalid.
    /// A variable that is absent and has no default stays absent, so arguments can tell "not given" from null.
    /// </summary>
    public static Dictionary<string, object?>? CoerceVariableValues(GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs,
        ExecutionOptions options, out List<GraphQLError>? errors)
    {
        var collected = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var max = options.MaxCoercionErrors;
        void OnError(GraphQLError error)
        {
            if (collected.Count >= max) throw new TooManyErrors();
            collected.Add(error);
        }
        try
        {
            foreach (var definition in definitions)
            {
                CoerceVariable(schema, definition, inputs, options.HideSuggestions, coerced, OnError);
            }
        }
        catch (TooManyErrors)
        {
            collected.Add(new GraphQLError(TooManyErrorsMessage));
        }
        errors = collected.Count == 0 ? null : collected;
        return errors is null ? coerced : null;
    }

    private sealed class TooManyErrors : Exception;

    private static void CoerceVariable(GraphQLSchema schema, VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs, bool hideSuggestions, Dictionary<string, object?> coerced, Action<GraphQLError> onError)
    {
        var name = definition.Variable.Name.Value;
        var type = Utilities.TypeFromAst.Get(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            onError(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }
        object? value = null;
        var provided = inputs is not null && inputs.TryGetValue(name, out value);
        if (provided && value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Undefined }) provided = false;
        if (!provided)
        {
            if (definition.DefaultValue is { } literal)
            {
                if (InputCoercion.TryCoerceInputLiteral(literal, type, null, out var defaultValue))
                {
                    coerced[name] = defaultValue;
                    return;
                }
                InputValidation.ValidateInputLiteral(literal, type, (error, path) => onError(new GraphQLError(
                    $"Variable \"${name}\" has invalid default value{InputValidation.PrintPath(path)}: {error.Message}", [definition])),
                    null, hideSuggestions);
                return;
            }
            if (type is not NonNullType) return;
            InputValidation.ValidateMissingValue(type, (error, path) => onError(new GraphQLError(
                $"Variable \"${name}\" has invalid value{InputValidation.PrintPath(path)}: {error.Message}", [definition], originalError: error)));
            return;
        }
        if (InputCoercion.TryCoerceInputValue(value, type, out var coercedValue))
        {
            coerced[name] = coercedValue;
            return;
        }
        InputValidation.ValidateInputValue(value, type, (error, path) => onError(new GraphQLError(
            $"Variable \"${name}\" has invalid value{InputValidation.PrintPath(path)}: {error.Message}", [definition], originalError: error)),
            hideSuggestions);
    }
}
