using System.Text;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Types;

/// <summary>
/// An enum type (graphql-js <c>GraphQLEnumType</c>). Each value has a name (what clients see) and an internal
/// value (what resolvers return and arguments receive; the name unless set). <see cref="FromEnum{TEnum}"/> maps a
/// .NET enum, naming values in CONSTANT_CASE.
/// </summary>
public sealed class EnumType : NamedType, ILeafType
{
    private readonly EnumValueDefinition[] _values;
    private readonly Dictionary<string, EnumValueDefinition> _byName;
    private Dictionary<object, EnumValueDefinition>? _byValue;
    private EnumValueDefinition? _nullValued;

    public EnumType(string name, IEnumerable<EnumValueDefinition> values) : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        _byName = new Dictionary<string, EnumValueDefinition>(_values.Length, StringComparer.Ordinal);
        foreach (var value in _values)
        {
            value.ParentType ??= this;
            if (!_byName.TryAdd(value.Name, value))
                throw new ArgumentException($"{name}.{value.Name} is defined more than once.");
        }
    }

    public EnumType(string name, params string[] valueNames) : this(name, ToDefinitions(valueNames)) { }

    private static IEnumerable<EnumValueDefinition> ToDefinitions(string[] names)
    {
        foreach (var n in names) yield return new EnumValueDefinition(n);
    }

    /// <summary>An enum type for a .NET enum: each member becomes a value named in CONSTANT_CASE whose internal value is the member.</summary>
    public static EnumType FromEnum<TEnum>(string? name = null, string? description = null) where TEnum : struct, Enum
    {
        var values = new List<EnumValueDefinition>();
        foreach (var member in Enum.GetValues<TEnum>())
        {
            var obsolete = typeof(TEnum).GetField(member.ToString())?.GetCustomAttributes(typeof(ObsoleteAttribute), false);
            var reason = obsolete is { Length: > 0 } ? ((ObsoleteAttribute)obsolete[0]).Message ?? DirectiveDefinition.DefaultDeprecationReason : null;
            values.Add(new EnumValueDefinition(ToConstantCase(member.ToString())) { Value = member, DeprecationReason = reason });
        }
        return new EnumType(name ?? typeof(TEnum).Name, values) { Description = description };
    }

    /// <summary>"HighRisk" → "HIGH_RISK".</summary>
    public static string ToConstantCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
                sb.Append('_');
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.TryGetValue(name, out var v) ? v : null;

    /// <summary>The name of an internal value (graphql-js <c>coerceOutputValue</c>/<c>serialize</c>).</summary>
    public object? CoerceOutputValue(object? value)
    {
        if (_byValue is null) BuildValueLookup();
        // A JSON string (as a host may hand over raw JSON) looks up like the plain string.
        if (value is System.Text.Json.JsonElement json) value = InputValues.Plain(json);
        EnumValueDefinition? found = value is null ? _nullValued : _byValue!.GetValueOrDefault(value);
        return found is null
            ? throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}")
            : found.Name;
    }

    private void BuildValueLookup()
    {
        var map = new Dictionary<object, EnumValueDefinition>();
        foreach (var v in _values)
        {
            if (v.Value is null) _nullValued ??= v;
            else map.TryAdd(v.Value, v);
        }
        _byValue = map;
    }

    public object? CoerceInputValue(object? value) => CoerceInputValue(value, hideSuggestions: false);

    /// <summary>The internal value of a value name given as a string (graphql-js <c>coerceInputValue</c>).</summary>
    public object? CoerceInputValue(object? value, bool hideSuggestions)
    {
        if (value is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e) value = e.GetString();
        if (value is not string s)
        {
            var shown = Inspector.Inspect(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {shown}." + (hideSuggestions ? "" : DidYouMean(shown)));
        }
        var def = GetValue(s);
        if (def is null)
            throw new GraphQLError($"Value \"{s}\" does not exist in \"{Name}\" enum." + (hideSuggestions ? "" : DidYouMean(s)));
        return def.Value;
    }

    public object? CoerceInputLiteral(ValueNode valueNode) => CoerceInputLiteral(valueNode, hideSuggestions: false);

    /// <summary>The internal value of an enum literal (graphql-js <c>coerceInputLiteral</c>).</summary>
    public object? CoerceInputLiteral(ValueNode valueNode, bool hideSuggestions)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var shown = ValuePrinter.Print(valueNode);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + (hideSuggestions ? "" : DidYouMean(shown)), valueNode);
        }
        var def = GetValue(enumNode.Value);
        if (def is null)
        {
            var shown = ValuePrinter.Print(valueNode);
            throw new GraphQLError($"Value \"{shown}\" does not exist in \"{Name}\" enum." + (hideSuggestions ? "" : DidYouMean(shown)), valueNode);
        }
        return def.Value;
    }

    /// <summary>An enum literal for a value name (graphql-js 17 <c>valueToLiteral</c> takes the external name).</summary>
    public ValueNode? ValueToLiteral(object? value) =>
        value is string s && GetValue(s) is not null ? new EnumValueNode(s) : null;

    private string DidYouMean(string unknown)
    {
        var names = new string[_values.Length];
        for (int i = 0; i < names.Length; i++) names[i] = _values[i].Name;
        return Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(unknown, names));
    }
}
