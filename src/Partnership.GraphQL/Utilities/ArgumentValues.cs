using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Coerces the arguments written on a field or directive node (graphql-js 17.1 <c>getArgumentValues</c>), with its
/// messages: <c>Argument "Type.field(arg:)" of required type "Int!" was not provided.</c> and
/// <c>Argument "…" has invalid value: …</c>. An argument neither given nor defaulted is absent from the result.
/// </summary>
public static class ArgumentValues
{
    /// <summary>
    /// The coerced arguments of the first use of <paramref name="directive"/> among <paramref name="directives"/>, or
    /// null when it is not used (graphql-js <c>getDirectiveValues</c>; e.g. <c>@skip(if:)</c>, <c>@include(if:)</c>).
    /// </summary>
    public static Dictionary<string, object?>? GetDirectiveValues(DirectiveDefinition directive, IReadOnlyList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (var node in directives)
        {
            if (node.Name.Value == directive.Name) return Get(directive.Arguments, node, node.Arguments, variables);
        }
        return null;
    }

    public static Dictionary<string, object?> Get(IReadOnlyList<ArgumentDefinition> definitions, Node node,
        IReadOnlyList<ArgumentNode> argumentNodes, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions = false)
    {
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        if (definitions.Count == 0) return result;
        foreach (var def in definitions)
        {
            ArgumentNode? argNode = null;
            foreach (var a in argumentNodes)
            {
                if (a.Name.Value == def.Name) { argNode = a; break; }
            }
            if (argNode is null)
            {
                if (InputCoercion.IsRequired(def))
                    throw new GraphQLError($"Argument \"{def.Coordinate}\" of required type \"{def.Type}\" was not provided.", [node]);
                if (def.HasDefaultValue) result[def.Name] = def.DefaultValue;
                continue;
            }
            var valueNode = argNode.Value;
            if (valueNode is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)) && !InputCoercion.IsRequired(def))
            {
                if (def.HasDefaultValue) result[def.Name] = def.DefaultValue;
                continue;
            }
            if (!InputCoercion.TryCoerceInputLiteral(valueNode, def.Type, variables, out var coerced))
            {
                GraphQLError? first = null;
                InputValidation.ValidateInputLiteral(valueNode, def.Type, (error, path) =>
                {
                    first ??= new GraphQLError(
                        $"Argument \"{def.Coordinate}\" has invalid value{InputValidation.PrintPath(path)}: {error.Message}",
                        error.Nodes, originalError: error.OriginalError);
                }, variables, hideSuggestions);
                throw first ?? new GraphQLError($"Argument \"{def.Coordinate}\" has invalid value.", [valueNode]);
            }
            result[def.Name] = coerced;
        }
        return result;
    }

}
