using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>graphql-js <c>completeAbstractValue</c> and <c>ensureValidRuntimeType</c>, with its messages.</summary>
    private ObjectType ResolveRuntimeType(IAbstractType abstractType, ObjectType parentType, CollectedField field,
        ResolveFieldContext context, object value)
    {
        var runtimeTypeName = abstractType.ResolveType is { } resolveType
            ? resolveType(value, context, abstractType)
            : DefaultResolveType(value, context, abstractType);
        if (runtimeTypeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field.Nodes);
        }
        var runtimeType = Schema.GetType(runtimeTypeName);
        if (runtimeType is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", field.Nodes);
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", field.Nodes);
        if (!Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field.Nodes);
        return objectType;
    }

    /// <summary>graphql-js <c>defaultTypeResolver</c>: the value's <c>__typename</c>, else the first possible type whose IsTypeOf accepts it.</summary>
    internal static string? DefaultResolveType(object value, IResolveFieldContext context, IAbstractType abstractType)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string s:
                return s;
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is JsonElement { ValueKind: JsonValueKind.String } e:
                return e.GetString();
            case JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out var typename) && typename.ValueKind == JsonValueKind.String:
                return typename.GetString();
        }
        foreach (var type in context.Schema.GetPossibleTypes(abstractType))
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context)) return type.Name;
        }
        return null;
    }
}
