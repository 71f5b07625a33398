namespace Partnership.GraphQL.Types;

/// <summary>Collects the fields of an object or interface type for the code-first API.</summary>
public abstract class FieldsBuilder
{
    private readonly List<FieldBuilder> _fields = [];
    private readonly List<InterfaceType> _interfaces = [];

    private protected FieldsBuilder(string typeName) => TypeName = typeName;

    /// <summary>The name of the type being built.</summary>
    public string TypeName { get; }

    internal IReadOnlyList<InterfaceType> InterfaceList => _interfaces;

    /// <summary>Adds a field; configure it (arguments, resolver, deprecation) on the returned builder.</summary>
    public FieldBuilder Field(string name, GraphQLType type, string? description = null)
    {
        var field = new FieldBuilder(name, type) { };
        if (description is not null) field.Description(description);
        _fields.Add(field);
        return field;
    }

    /// <summary>Adds a field with a synchronous resolver over the context.</summary>
    public FieldBuilder Field(string name, GraphQLType type, Func<IResolveFieldContext, object?> resolve) =>
        Field(name, type).Resolve(resolve);

    /// <summary>Declares implemented interfaces, in order.</summary>
    protected void AddInterfaces(InterfaceType[] interfaces) => _interfaces.AddRange(interfaces);

    internal IEnumerable<FieldDefinition> BuildFields()
    {
        var result = new FieldDefinition[_fields.Count];
        for (int i = 0; i < result.Length; i++) result[i] = _fields[i].Build();
        return result;
    }
}

/// <summary>Builds an <see cref="ObjectType"/>'s fields, interfaces and <see cref="ObjectType.IsTypeOf"/>.</summary>
public sealed class ObjectTypeBuilder : FieldsBuilder
{
    internal ObjectTypeBuilder(string typeName) : base(typeName) { }

    internal IsTypeOf? IsTypeOfPredicate { get; private set; }

    public ObjectTypeBuilder Implements(params InterfaceType[] interfaces)
    {
        AddInterfaces(interfaces);
        return this;
    }

    /// <summary>Values of CLR type <typeparamref name="TClr"/> (or derived) belong to this type.</summary>
    public ObjectTypeBuilder IsTypeOf<TClr>()
    {
        IsTypeOfPredicate = static (value, _) => value is TClr;
        return this;
    }

    public ObjectTypeBuilder IsTypeOf(IsTypeOf predicate)
    {
        IsTypeOfPredicate = predicate;
        return this;
    }
}

/// <summary>Builds an <see cref="InterfaceType"/>'s fields, interfaces and type resolver.</summary>
public sealed class InterfaceTypeBuilder : FieldsBuilder
{
    internal InterfaceTypeBuilder(string typeName) : base(typeName) { }

    internal TypeResolver? TypeResolver { get; private set; }

    public InterfaceTypeBuilder Implements(params InterfaceType[] interfaces)
    {
        AddInterfaces(interfaces);
        return this;
    }

    public InterfaceTypeBuilder ResolveType(TypeResolver resolver)
    {
        TypeResolver = resolver;
        return this;
    }
}

/// <summary>Configures one field: description, arguments, deprecation, resolver.</summary>
public sealed class FieldBuilder
{
    private readonly string _name;
    private readonly GraphQLType _type;
    private readonly List<ArgumentDefinition> _arguments = [];
    private string? _description;
    private string? _deprecationReason;
    private FieldResolver? _resolver;
    private SubscriptionResolver? _subscribe;
    private Dictionary<string, object?>? _metadata;
    private int? _cost;
    private ListSize? _listSize;

    internal FieldBuilder(string name, GraphQLType type)
    {
        _name = name;
        _type = type;
    }

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument without a default value.</summary>
    public FieldBuilder Argument(string name, GraphQLType type, string? description = null)
    {
        _arguments.Add(new ArgumentDefinition(name, type) { Description = description });
        return this;
    }

    /// <summary>Adds an argument with a default (an internal value, as the resolver will receive it).</summary>
    public FieldBuilder Argument(string name, GraphQLType type, object? defaultValue, string? description = null)
    {
        _arguments.Add(new ArgumentDefinition(name, type) { Description = description, DefaultValue = defaultValue });
        return this;
    }

    /// <summary>Adds a fully specified argument.</summary>
    public FieldBuilder Argument(ArgumentDefinition argument)
    {
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Host metadata on the field (authorisation policy names, cost hints, …).</summary>
    public FieldBuilder Metadata(string key, object? value)
    {
        (_metadata ??= new Dictionary<string, object?>(StringComparer.Ordinal))[key] = value;
        return this;
    }

    /// <summary>The field's weight in cost analysis (<see cref="FieldDefinition.Cost"/>).</summary>
    public FieldBuilder Cost(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        _cost = weight;
        return this;
    }

    /// <summary>How many items the field's list holds for cost analysis (<see cref="FieldDefinition.ListSize"/>).</summary>
    public FieldBuilder ListSize(ListSize size)
    {
        _listSize = size ?? throw new ArgumentNullException(nameof(size));
        return this;
    }

    /// <summary>The raw resolver contract.</summary>
    public FieldBuilder Resolver(FieldResolver resolver)
    {
        _resolver = resolver;
        return this;
    }

    /// <summary>A synchronous resolver over the context (completes without allocation).</summary>
    public FieldBuilder Resolve(Func<IResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _resolver = ctx => new ValueTask<object?>(resolve(ctx));
        return this;
    }

    /// <summary>A synchronous resolver over the parent value, typed.</summary>
    public FieldBuilder Resolve<TSource>(Func<TSource, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        var typeAndField = _name;
        _resolver = ctx => new ValueTask<object?>(resolve(SourceAs<TSource>(ctx, typeAndField)));
        return this;
    }

    /// <summary>A synchronous resolver over the parent value and the context.</summary>
    public FieldBuilder Resolve<TSource>(Func<TSource, IResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        var field = _name;
        _resolver = ctx => new ValueTask<object?>(resolve(SourceAs<TSource>(ctx, field), ctx));
        return this;
    }

    /// <summary>An asynchronous resolver over the context (use <see cref="IResolveFieldContext.CancellationToken"/>).</summary>
    public FieldBuilder ResolveAsync(Func<IResolveFieldContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _resolver = ctx => resolve(ctx);
        return this;
    }

    /// <summary>An asynchronous resolver over the parent value and the context.</summary>
    public FieldBuilder ResolveAsync<TSource>(Func<TSource, IResolveFieldContext, ValueTask<object?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        var field = _name;
        _resolver = ctx => resolve(SourceAs<TSource>(ctx, field), ctx);
        return this;
    }

    /// <summary>The source stream of a subscription field; each event is the source of the field's resolver (by default the event itself).</summary>
    public FieldBuilder Subscribe(Func<IResolveFieldContext, IAsyncEnumerable<object?>> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        _subscribe = ctx => new ValueTask<IAsyncEnumerable<object?>>(subscribe(ctx));
        _resolver ??= static ctx => new ValueTask<object?>(ctx.Source);
        return this;
    }

    private static TSource SourceAs<TSource>(IResolveFieldContext ctx, string field) => ctx.Source is TSource s
        ? s
        : throw new InvalidOperationException(
            $"Field \"{ctx.ParentType.Name}.{field}\" expected a parent of type {typeof(TSource).Name} but got {ctx.Source?.GetType().Name ?? "null"}.");

    internal FieldDefinition Build() => new(_name, _type)
    {
        Description = _description,
        Arguments = _arguments.ToArray(),
        DeprecationReason = _deprecationReason,
        Resolver = _resolver,
        SubscribeResolver = _subscribe,
        Metadata = _metadata,
        Cost = _cost,
        ListSize = _listSize,
    };
}

/// <summary>Collects the fields of an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    private readonly List<InputFieldDefinition> _fields = [];

    internal InputObjectTypeBuilder() { }

    /// <summary>Adds a field without a default.</summary>
    public InputObjectTypeBuilder Field(string name, GraphQLType type, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(new InputFieldDefinition(name, type) { Description = description, DeprecationReason = deprecationReason });
        return this;
    }

    /// <summary>Adds a field with a default (an internal value).</summary>
    public InputObjectTypeBuilder Field(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null)
    {
        _fields.Add(new InputFieldDefinition(name, type) { Description = description, DefaultValue = defaultValue, DeprecationReason = deprecationReason });
        return this;
    }

    public InputObjectTypeBuilder Field(InputFieldDefinition field)
    {
        _fields.Add(field);
        return this;
    }

    internal IEnumerable<InputFieldDefinition> Build() => _fields.ToArray();
}
