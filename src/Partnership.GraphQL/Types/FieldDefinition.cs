using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Types;

/// <summary>A field of an object or interface type (graphql-js <c>GraphQLField</c>).</summary>
public sealed class FieldDefinition
{
    private static readonly IReadOnlyList<ArgumentDefinition> NoArguments = [];

    public FieldDefinition(string name, GraphQLType type)
    {
        Name = NameValidation.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    /// <summary>The output type of the field.</summary>
    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<ArgumentDefinition> Arguments
    {
        get;
        init
        {
            field = value;
            foreach (var arg in value) arg.Parent ??= this;
        }
    } = NoArguments;

    /// <summary>The object or interface type the field was first attached to.</summary>
    public NamedType? ParentType { get; internal set; }

    /// <summary>The schema coordinate, <c>Type.field</c> (graphql-js <c>GraphQLField.toString</c>).</summary>
    public string Coordinate => ParentType is null ? Name : ParentType.Name + "." + Name;

    /// <summary>Set when the field is deprecated (<c>@deprecated(reason:)</c>).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Resolves the field; null means the executor's default resolver (read the same-named property).</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>For subscription root fields: produces the source event stream.</summary>
    public SubscriptionResolver? SubscribeResolver { get; init; }

    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Free-form metadata for the host (authorisation policies, cost hints, …).</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    /// <summary>
    /// The field's weight in cost analysis (the cost directive spec's <c>@cost(weight:)</c>); null for the default:
    /// 1 when the field returns an object, interface or union, 0 for a scalar or enum read from a parent already loaded.
    /// </summary>
    public int? Cost { get; init; }

    /// <summary>How many items the field's list holds for cost analysis (the cost directive spec's <c>@listSize</c>).</summary>
    public ListSize? ListSize { get; init; }

    /// <summary>The argument of that name, or null.</summary>
    public ArgumentDefinition? GetArgument(string name)
    {
        var args = Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].Name == name) return args[i];
        }
        return null;
    }

    public override string ToString() => Coordinate;
}

/// <summary>An argument or an input object field: a named, typed input value with an optional default.</summary>
public abstract class InputValueDefinition
{
    private object? _defaultValue;
    private bool _hasDefaultValue;
    private ValueNode? _defaultLiteral;
    private bool _defaultCoerced;

    private protected InputValueDefinition(string name, GraphQLType type)
    {
        Name = NameValidation.AssertName(name);
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>True when a default value was given, as an internal value or as a literal.</summary>
    public bool HasDefaultValue => _hasDefaultValue;

    /// <summary>
    /// The default as an internal (coerced) value, used by the executor when the input is absent.
    /// Set it in code; a schema built from SDL sets <see cref="DefaultValueLiteral"/> and this is coerced from it
    /// on first use (graphql-js 17 keeps <c>default.literal</c> and coerces it the same way).
    /// </summary>
    public object? DefaultValue
    {
        get
        {
            if (!_defaultCoerced && _defaultLiteral is not null)
            {
                // A literal that does not coerce leaves the default null; schema validation reports it.
                _defaultValue = InputCoercion.TryCoerceInputLiteral(_defaultLiteral, Type, null, out var coerced) ? coerced : null;
                _defaultCoerced = true;
            }
            return _defaultValue;
        }
        init
        {
            _defaultValue = value;
            _hasDefaultValue = true;
            _defaultCoerced = true;
        }
    }

    /// <summary>The default as written in SDL (graphql-js <c>default.literal</c>); printed by introspection and printSchema.</summary>
    public ValueNode? DefaultValueLiteral
    {
        get => _defaultLiteral;
        init
        {
            _defaultLiteral = value;
            if (value is not null)
            {
                _hasDefaultValue = true;
                _defaultCoerced = false;
            }
        }
    }

    /// <summary>The default as a literal: the SDL literal, else the internal value turned into one; null without a default.</summary>
    public ValueNode? GetDefaultValueAst()
    {
        if (!_hasDefaultValue) return null;
        return _defaultLiteral ?? AstFromValue.From(_defaultValue, Type)
            ?? throw new InvalidOperationException($"Invalid default value for \"{Name}\".");
    }

    /// <summary>The schema coordinate: <c>Type.field(arg:)</c>, <c>@directive(arg:)</c> or <c>Input.field</c>.</summary>
    public abstract string Coordinate { get; }

    public override string ToString() => Coordinate;
}

/// <summary>An argument of a field or directive (graphql-js <c>GraphQLArgument</c>).</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    public ArgumentDefinition(string name, GraphQLType type) : base(name, type) { }

    /// <summary>The <see cref="FieldDefinition"/> or <see cref="DirectiveDefinition"/> the argument belongs to.</summary>
    public object? Parent { get; internal set; }

    public override string Coordinate => Parent switch
    {
        FieldDefinition f => f.Coordinate + "(" + Name + ":)",
        DirectiveDefinition d => "@" + d.Name + "(" + Name + ":)",
        _ => Name,
    };
}

/// <summary>A field of an input object type (graphql-js <c>GraphQLInputField</c>).</summary>
public sealed class InputFieldDefinition : InputValueDefinition
{
    public InputFieldDefinition(string name, GraphQLType type) : base(name, type) { }

    public InputObjectType? ParentType { get; internal set; }

    public override string Coordinate => ParentType is null ? Name : ParentType.Name + "." + Name;
}

/// <summary>One value of an enum type (graphql-js <c>GraphQLEnumValue</c>).</summary>
public sealed class EnumValueDefinition
{
    private readonly object? _value;
    private readonly bool _hasValue;

    public EnumValueDefinition(string name)
    {
        Name = NameValidation.AssertEnumValueName(name);
    }

    public string Name { get; }

    /// <summary>The internal value resolvers return and arguments receive; the name when not set.</summary>
    public object? Value
    {
        get => _hasValue ? _value : Name;
        init { _value = value; _hasValue = true; }
    }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    public EnumType? ParentType { get; internal set; }

    /// <summary>The schema coordinate, <c>Enum.VALUE</c>.</summary>
    public string Coordinate => ParentType is null ? Name : ParentType.Name + "." + Name;

    public override string ToString() => Coordinate;
}
