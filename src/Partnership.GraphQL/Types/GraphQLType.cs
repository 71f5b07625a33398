using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Types;

/// <summary>What a type is, as introspection's <c>__TypeKind</c> names it.</summary>
public enum TypeKind { Scalar, Object, Interface, Union, Enum, InputObject, List, NonNull }

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper (graphql-js <c>GraphQLType</c>).</summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}

/// <summary>
/// Base of every GraphQL type. The <c>Is…</c> properties answer graphql-js's predicates
/// (<c>isInputType</c>, <c>isOutputType</c>, …) and <see cref="GetNamedType"/>/<see cref="GetNullableType"/> its
/// <c>getNamedType</c>/<c>getNullableType</c>. <see cref="ToString"/> gives the SDL reference (<c>[Int!]</c>).
/// </summary>
public abstract class GraphQLType : IGraphQLType
{
    private protected GraphQLType() { }

    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all wrappers (graphql-js <c>getNamedType</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without a non-null wrapper at the top (graphql-js <c>getNullableType</c>).</summary>
    public GraphQLType GetNullableType() => this is NonNullType nn ? nn.OfType : this;

    public bool IsNamedType => Kind is not (TypeKind.List or TypeKind.NonNull);
    public bool IsWrappingType => Kind is TypeKind.List or TypeKind.NonNull;
    public bool IsNonNull => Kind == TypeKind.NonNull;
    public bool IsNullable => Kind != TypeKind.NonNull;

    /// <summary>Scalar, enum, input object, or a wrapper of one.</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Scalar, object, interface, union, enum, or a wrapper of one.</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Scalar or enum (not wrapped).</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Object, interface or union (not wrapped).</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Interface or union (not wrapped).</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>graphql-js <c>getNamedType</c> for a possibly null type.</summary>
    public static NamedType? NamedTypeOf(GraphQLType? type) => type?.GetNamedType();

    /// <summary>graphql-js <c>getNullableType</c> for a possibly null type.</summary>
    public static GraphQLType? NullableTypeOf(GraphQLType? type) => type?.GetNullableType();

    private NonNullType? _nonNull;
    private ListType? _list;

    /// <summary>This type made non-null (<c>T!</c>); the wrapper is cached.</summary>
    public NonNullType NonNull() => _nonNull ??= new NonNullType(this);

    /// <summary>A list of this type (<c>[T]</c>); the wrapper is cached.</summary>
    public ListType List() => _list ??= new ListType(this);

    public abstract override string ToString();
}

/// <summary>A type with a name: scalar, object, interface, union, enum, input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name)
    {
        Name = NameValidation.AssertName(name);
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The SDL definition this type came from, if built from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    /// <summary>SDL extensions (<c>extend type …</c>) applied to this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Free-form metadata for the host (graphql-js <c>extensions</c> on a type).</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}

/// <summary>A list of another type (graphql-js <c>GraphQLList</c>). Equal lists of equal types are equal.</summary>
public sealed class ListType : GraphQLType
{
    public ListType(GraphQLType ofType)
    {
        OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));
    }

    public GraphQLType OfType { get; }
    public override TypeKind Kind => TypeKind.List;
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => "[" + OfType + "]";
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(1, OfType);
}

/// <summary>A non-null wrapper of a nullable type (graphql-js <c>GraphQLNonNull</c>).</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }
    public override TypeKind Kind => TypeKind.NonNull;
    public override NamedType GetNamedType() => OfType.GetNamedType();
    public override string ToString() => OfType + "!";
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(2, OfType);
}

/// <summary>An object or interface type: something with fields and implemented interfaces.</summary>
public interface IFieldsContainer
{
    string Name { get; }
    IReadOnlyDictionary<string, FieldDefinition> Fields { get; }
    IReadOnlyList<InterfaceType> Interfaces { get; }
    FieldDefinition? GetField(string name);
}

/// <summary>Interface or union: resolved to an object type at run time.</summary>
public interface IAbstractType
{
    string Name { get; }
    TypeResolver? ResolveType { get; }
}

/// <summary>Scalar or enum: coerces leaf values in and out.</summary>
public interface ILeafType
{
    string Name { get; }

    /// <summary>Result coercion (graphql-js <c>coerceOutputValue</c>, formerly <c>serialize</c>); throws <see cref="GraphQLError"/>.</summary>
    object? CoerceOutputValue(object? value);

    /// <summary>Input coercion of an external (variable) value (graphql-js <c>coerceInputValue</c>, formerly <c>parseValue</c>); throws <see cref="GraphQLError"/>.</summary>
    object? CoerceInputValue(object? value);

    /// <summary>Input coercion of a variable-free literal (graphql-js <c>coerceInputLiteral</c>, formerly <c>parseLiteral</c>); throws <see cref="GraphQLError"/>.</summary>
    object? CoerceInputLiteral(ValueNode valueNode);

    /// <summary>A literal for an internal value, or null when it cannot be represented (graphql-js <c>valueToLiteral</c>).</summary>
    ValueNode? ValueToLiteral(object? value);
}

/// <summary>graphql-js <c>assertName</c>, <c>assertEnumValueName</c>.</summary>
public static class NameValidation
{
    public static string AssertName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new GraphQLError("Expected name to be a non-empty string.");
        for (int i = 1; i < name.Length; i++)
        {
            if (!IsNameContinue(name[i]))
                throw new GraphQLError($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
        if (!IsNameStart(name[0]))
            throw new GraphQLError($"Names must start with [_a-zA-Z] but \"{name}\" does not.");
        return name;
    }

    public static string AssertEnumValueName(string name)
    {
        if (name is "true" or "false" or "null") throw new GraphQLError($"Enum values cannot be named: {name}");
        return AssertName(name);
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    private static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
