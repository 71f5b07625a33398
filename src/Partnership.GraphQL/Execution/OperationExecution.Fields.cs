using System.Collections;
using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    private static readonly IReadOnlyDictionary<string, object?> IntrospectionDisabledExtensions =
        ErrorCodes.Extensions(ErrorCodes.IntrospectionDisabled);

    /// <summary>Executes a grouped field set into <paramref name="map"/>: every resolver starts before any pending one is awaited.</summary>
    internal void ExecuteFields(ObjectType parentType, object? source, CollectedFields fields, ResultMap map)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            // Once a non-null child has nulled this object, its other fields no longer matter (graphql-js stops too).
            if (map.Dead) return;
            ExecuteField(parentType, source, fields[i], map, i);
        }
    }

    internal void ExecuteField(ObjectType parentType, object? source, CollectedField field, ResultMap map, int index)
    {
        var definition = field.Definition;
        ResolveFieldContext? context = null;
        object? value = null;
        try
        {
            if (CancellationToken.IsCancellationRequested)
            {
                _cancelled = true;
                return;
            }
            var resolver = definition.Resolver;
            if (ReferenceEquals(definition, Introspection.TypeNameMetaField))
            {
                value = parentType.Name;
            }
            else
            {
                IReadOnlyDictionary<string, object?>? arguments = definition.Arguments.Count > 0 ? GetArguments(field) : null;
                if (resolver is null)
                {
                    value = DefaultResolve(source, definition.Name);
                    // As graphql-js's default resolver calls a function-valued property, a FieldResolver stored in a
                    // JSON-like parent is called (tests and the conformance runner use this for errors and async values).
                    if (value is FieldResolver function) resolver = function;
                    else if (field.NeedsContext) context = new ResolveFieldContext(this, parentType, source, field, arguments, map, index);
                }
                else if (!Options.EnableIntrospection
                    && (ReferenceEquals(definition, Introspection.SchemaMetaField) || ReferenceEquals(definition, Introspection.TypeMetaField)))
                {
                    throw new GraphQLError(
                        $"GraphQL introspection has been disabled, but the requested query contained the field \"{definition.Name}\".",
                        field.Nodes, extensions: IntrospectionDisabledExtensions);
                }
                if (resolver is not null)
                {
                    context = new ResolveFieldContext(this, parentType, source, field, arguments, map, index);
                    var pending = resolver(context);
                    if (!pending.IsCompletedSuccessfully)
                    {
                        BeginAsyncWork();
                        _ = AwaitFieldAsync(pending, parentType, field, context, map, index);
                        return;
                    }
                    value = pending.Result;
                }
            }
        }
        catch (Exception exception)
        {
            HandleFieldError(exception, definition.Type, field, map, index);
            return;
        }
        CompleteSlot(definition.Type, parentType, field, context, value, map, index);
    }

    private async Task AwaitFieldAsync(ValueTask<object?> pending, ObjectType parentType, CollectedField field,
        ResolveFieldContext context, ResultMap map, int index)
    {
        try
        {
            object? value;
            try
            {
                value = await pending.ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                HandleFieldError(exception, field.Definition.Type, field, map, index);
                return;
            }
            CompleteSlot(field.Definition.Type, parentType, field, context, value, map, index);
        }
        finally
        {
            EndAsyncWork();
        }
    }

    /// <summary>The field's coerced arguments, computed once per plan (or per execution when they use variables).</summary>
    private IReadOnlyDictionary<string, object?> GetArguments(CollectedField field)
    {
        if (field.CanCacheArguments && field.CachedArguments is { } cached) return cached;
        var node = field.FirstNode;
        var values = Values.GetArgumentValues(field.Definition.Arguments, node, node.Arguments, VariableValues, Options.HideSuggestions);
        if (field.CanCacheArguments) field.CachedArguments = values;
        return values;
    }

    /// <summary>graphql-js <c>defaultFieldResolver</c> over JSON-like values: the property of the same name, else null.</summary>
    internal static object? DefaultResolve(object? source, string name)
    {
        switch (source)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? property : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var v) ? v : null;
            default:
                return null;
        }
    }

    /// <summary>Completes a value into a slot, turning any failure into a field error at that slot.</summary>
    private void CompleteSlot(GraphQLType type, ObjectType parentType, CollectedField field, ResolveFieldContext? context,
        object? value, ResultNode parent, int index)
    {
        try
        {
            CompleteValue(type, parentType, field, context, value, parent, index);
        }
        catch (Exception exception)
        {
            HandleFieldError(exception, type, field, parent, index);
        }
    }

    /// <summary>graphql-js <c>completeValue</c>: writes the completed value to <c>parent.Values[index]</c> or throws.</summary>
    private void CompleteValue(GraphQLType type, ObjectType parentType, CollectedField field, ResolveFieldContext? context,
        object? value, ResultNode parent, int index)
    {
        if (value is Exception exception) throw exception;
        if (value is JsonElement element) value = Unwrap(element);
        bool nonNull = false;
        if (type is NonNullType nonNullType)
        {
            if (value is null)
                throw new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.");
            nonNull = true;
            type = nonNullType.OfType;
        }
        if (value is null)
        {
            parent.Values[index] = null;
            return;
        }
        switch (type)
        {
            case ListType list:
                CompleteList(list, nonNull, parentType, field, context, value, parent, index);
                return;
            case ScalarType or EnumType:
                parent.Values[index] = CompleteLeaf((ILeafType)type, value);
                return;
            case ObjectType objectType:
                CompleteObject(objectType, nonNull, parentType, field, context, value, parent, index);
                return;
            case IAbstractType abstractType:
                var runtimeType = ResolveRuntimeType(abstractType, parentType, field, context!, value);
                CompleteObject(runtimeType, nonNull, parentType, field, context, value, parent, index);
                return;
        }
        throw new InvalidOperationException("Cannot complete value of unexpected output type: " + type);
    }

    private static object CompleteLeaf(ILeafType type, object value)
    {
        var coerced = type.CoerceOutputValue(value);
        if (coerced is null)
            throw new GraphQLError($"Expected `{type.Name}.coerceOutputValue({Inspector.Inspect(value)})` to return non-nullable value, returned: null");
        return coerced;
    }

    private void CompleteObject(ObjectType type, bool nonNull, ObjectType parentType, CollectedField field,
        ResolveFieldContext? context, object value, ResultNode parent, int index)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, context!))
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(value)}.", field.Nodes);
        var subfields = field.GetSubfields(this, type);
        var map = new ResultMap(parent, index, nonNull, type, subfields);
        parent.Values[index] = map;
        ExecuteFields(type, value, subfields, map);
    }

    private void CompleteList(ListType type, bool nonNull, ObjectType parentType, CollectedField field,
        ResolveFieldContext? context, object value, ResultNode parent, int index)
    {
        var itemType = type.OfType;
        IList items;
        switch (value)
        {
            case string:
            case IReadOnlyDictionary<string, object?>:
                throw NotIterable(parentType, field);
            case IList list:
                items = list;
                break;
            case IAsyncEnumerable<object?> stream:
                // graphql-js completeAsyncIterableValue: read the stream, then complete the items in order.
                BeginAsyncWork();
                _ = CompleteAsyncListAsync(type, nonNull, parentType, field, context, stream, parent, index);
                return;
            case IEnumerable enumerable:
                var copy = new List<object?>();
                foreach (var item in enumerable) copy.Add(item);
                items = copy;
                break;
            default:
                throw NotIterable(parentType, field);
        }
        var result = new ResultList(parent, index, nonNull, items.Count);
        parent.Values[index] = result;
        for (int i = 0; i < items.Count; i++)
        {
            if (result.Dead) return;
            CompleteSlot(itemType, parentType, field, context, items[i], result, i);
        }
    }

    private async Task CompleteAsyncListAsync(ListType type, bool nonNull, ObjectType parentType, CollectedField field,
        ResolveFieldContext? context, IAsyncEnumerable<object?> stream, ResultNode parent, int index)
    {
        try
        {
            var items = new List<object?>();
            try
            {
                await foreach (var item in stream.WithCancellation(CancellationToken).ConfigureAwait(false)) items.Add(item);
            }
            catch (Exception exception)
            {
                HandleFieldError(exception, nonNull ? type.NonNull() : type, field, parent, index);
                return;
            }
            CompleteSlot(nonNull ? type.NonNull() : type, parentType, field, context, items, parent, index);
        }
        finally
        {
            EndAsyncWork();
        }
    }

    private static GraphQLError NotIterable(ObjectType parentType, CollectedField field) =>
        new($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".");

    /// <summary>A <see cref="JsonElement"/> as a plain value: null, string, bool, number, or the element itself for objects and arrays.</summary>
    internal static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => ArrayItems(element),
        _ => element,
    };

    private static List<object?> ArrayItems(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray()) list.Add(item);
        return list;
    }
}
