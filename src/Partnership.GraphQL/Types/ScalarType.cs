using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Types;

/// <summary>
/// A scalar type (graphql-js <c>GraphQLScalarType</c>). A custom scalar without coercion functions passes values
/// through unchanged, and coerces a literal by turning it into a plain value (graphql-js <c>valueFromASTUntyped</c>)
/// and passing that to <see cref="CoerceInputValue"/>. Give <see cref="Serialize"/>, <see cref="ParseValue"/>,
/// <see cref="ParseLiteral"/> (and optionally <see cref="ToLiteral"/>) to define one; each throws a
/// <see cref="Errors.GraphQLError"/> for a value it cannot represent.
/// </summary>
public class ScalarType : NamedType, ILeafType
{
    public ScalarType(string name) : base(name) { }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>A URL that specifies the scalar's behaviour (<c>@specifiedBy(url:)</c>).</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion; identity when null.</summary>
    public Func<object?, object?>? Serialize { get; init; }

    /// <summary>Coercion of a variable value; identity when null.</summary>
    public Func<object?, object?>? ParseValue { get; init; }

    /// <summary>Coercion of a variable-free literal; when null the literal's plain value goes to <see cref="CoerceInputValue"/>.</summary>
    public Func<ValueNode, object?>? ParseLiteral { get; init; }

    /// <summary>Turns an internal value into a literal (for defaults in introspection and printing); null when it cannot.</summary>
    public Func<object?, ValueNode?>? ToLiteral { get; init; }

    public virtual object? CoerceOutputValue(object? value) => Serialize is null ? value : Serialize(value);

    public virtual object? CoerceInputValue(object? value) => ParseValue is null ? value : ParseValue(value);

    public virtual object? CoerceInputLiteral(ValueNode valueNode) =>
        ParseLiteral is null ? CoerceInputValue(ValueFromAst.Untyped(valueNode, null)) : ParseLiteral(valueNode);

    public virtual ValueNode? ValueToLiteral(object? value) =>
        ToLiteral is null ? AstFromValue.DefaultScalarValueToLiteral(value) : ToLiteral(value);
}
