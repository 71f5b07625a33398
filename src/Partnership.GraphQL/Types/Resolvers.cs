using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Types;

/// <summary>
/// Resolves one field. Return a completed <see cref="ValueTask{TResult}"/> (<c>new(value)</c>) for the synchronous
/// fast path: the executor checks <see cref="ValueTask{TResult}.IsCompletedSuccessfully"/> and never awaits it.
/// Throw (or fault) with any exception to produce a field error; a <see cref="Errors.GraphQLError"/> keeps its
/// message and extensions, any other exception's message is reported as graphql-js reports it.
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);

/// <summary>
/// The source stream of a subscription field (graphql-js <c>subscribe</c>): each event becomes the
/// <see cref="IResolveFieldContext.Source"/> of one execution of the field's <see cref="FieldResolver"/>.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolveFieldContext context);

/// <summary>
/// Names the object type of a value returned for an interface or union field (graphql-js <c>resolveType</c>),
/// or returns null to fall back to each possible type's <see cref="IsTypeOf"/>.
/// </summary>
public delegate string? TypeResolver(object value, IResolveFieldContext context, IAbstractType abstractType);

/// <summary>Whether a value belongs to an object type (graphql-js <c>isTypeOf</c>).</summary>
public delegate bool IsTypeOf(object value, IResolveFieldContext context);

/// <summary>
/// What a resolver knows about the field it resolves (graphql-js's <c>source</c>, <c>args</c>,
/// <c>contextValue</c> and <c>GraphQLResolveInfo</c> together). Implemented by the executor.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The parent value: the root value for a root field, else the value the parent field resolved to.</summary>
    object? Source { get; }

    /// <summary>
    /// The coerced arguments, defaults applied; an argument neither given nor defaulted is absent.
    /// Values: Int → <see cref="int"/>, Float → <see cref="double"/>, String and ID → <see cref="string"/>,
    /// Boolean → <see cref="bool"/>, enum → its internal value, list → <see cref="IReadOnlyList{T}"/> of object?,
    /// input object → <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?, custom scalar → what it coerces to.
    /// </summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    /// <summary>All AST nodes of the field in the selection (several when fields merge).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    ObjectType ParentType { get; }

    GraphQLType ReturnType { get; }

    /// <summary>The response path of this field.</summary>
    ResponsePath Path { get; }

    GraphQLSchema Schema { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> VariableValues { get; }

    object? RootValue { get; }

    /// <summary>The request's (scoped) services.</summary>
    IServiceProvider? Services { get; }

    /// <summary>The authenticated caller, when the transport supplied one.</summary>
    ClaimsPrincipal? User { get; }

    /// <summary>Per-request state shared by all resolvers of the request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>An argument converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when absent or null.</summary>
    T? GetArgument<T>(string name, T? defaultValue = default) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert(value, defaultValue) : defaultValue;

    /// <summary>A service of type <typeparamref name="T"/> from <see cref="Services"/>; throws when there is none.</summary>
    T GetRequiredService<T>() where T : notnull =>
        Services?.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"No service of type {typeof(T).Name} is available to resolvers.");
}

/// <summary>
/// Converts coerced argument values to the CLR type a resolver asks for: the value itself when it already is one,
/// numeric and enum conversions, <see cref="Guid"/> from a string, and for input objects and lists any class,
/// record or collection that System.Text.Json can bind (property names case-insensitive, enums by name or number).
/// </summary>
public static class ArgumentConverter
{
    private static readonly JsonSerializerOptions BindingOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        // Enum names as GraphQL writes them (HIGH_RISK), which is also how FromEnum names .NET members.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static T? Convert<T>(object? value, T? defaultValue = default)
    {
        if (value is null) return defaultValue;
        if (value is T typed) return typed;
        return (T?)ConvertTo(value, typeof(T));
    }

    private static object? ConvertTo(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            if (value is string s)
            {
                // "HIGH_RISK" (a GraphQL enum name) or "HighRisk".
                return Enum.TryParse(target, s, ignoreCase: true, out var parsed) ? parsed : Enum.Parse(target, s.Replace("_", ""), ignoreCase: true);
            }
            return Enum.ToObject(target, value);
        }
        if (target == typeof(Guid) && value is string g) return Guid.Parse(g);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        if (value is System.Collections.IEnumerable and not string)
        {
            // Input objects (dictionaries) and lists bind to the resolver's own types through JSON.
            return JsonSerializer.SerializeToElement(value, BindingOptions).Deserialize(type, BindingOptions);
        }
        throw new InvalidCastException($"Cannot convert argument value of type {value.GetType().Name} to {type.Name}.");
    }
}

/// <summary>
/// A response path as a linked list from leaf to root (graphql-js <c>Path</c>): each segment is a response key
/// or a list index; <see cref="TypeName"/> is the parent type's name. Index segments are stored unboxed.
/// </summary>
public sealed class ResponsePath
{
    private readonly string? _name;
    private readonly int _index;

    public ResponsePath(ResponsePath? prev, string key, string? typeName)
    {
        Prev = prev;
        _name = key ?? throw new ArgumentNullException(nameof(key));
        TypeName = typeName;
    }

    public ResponsePath(ResponsePath? prev, int index, string? typeName)
    {
        Prev = prev;
        _index = index;
        TypeName = typeName;
    }

    public ResponsePath? Prev { get; }

    public string? TypeName { get; }

    /// <summary>True when this segment is a list index.</summary>
    public bool IsIndex => _name is null;

    /// <summary>The response key of a field segment (null for an index segment).</summary>
    public string? Name => _name;

    /// <summary>The list index of an index segment.</summary>
    public int Index => _index;

    /// <summary>A <see cref="string"/> key or a boxed <see cref="int"/> index.</summary>
    public object Key => _name ?? (object)_index;

    public ResponsePath Add(string key, string? typeName) => new(this, key, typeName);

    public ResponsePath Add(int index, string? typeName) => new(this, index, typeName);

    /// <summary>The keys from the root to this segment (graphql-js <c>pathToArray</c>).</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Prev) depth++;
        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Prev) keys[--depth] = p.Key;
        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}
