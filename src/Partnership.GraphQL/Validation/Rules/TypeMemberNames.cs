using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// The member names (fields or enum values) each type has defined so far across its definition and extensions, for the
/// two SDL rules that report a member defined twice or one the extended schema already has
/// (graphql-js <c>UniqueFieldDefinitionNamesRule</c> and <c>UniqueEnumValueNamesRule</c>, which differ only in the noun).
/// </summary>
internal sealed class TypeMemberNames(SDLValidationContext context, string noun)
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    /// <summary>The names seen so far for <paramref name="typeName"/>.</summary>
    public Dictionary<string, NameNode> Of(string typeName)
    {
        if (!_known.TryGetValue(typeName, out var names)) _known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Reports <paramref name="name"/> when the schema already has it or the type defined it before; else remembers it.</summary>
    public void Check(string typeName, Dictionary<string, NameNode> names, NameNode name, bool inSchema)
    {
        if (inSchema)
        {
            context.ReportError(new GraphQLError(
                $"{noun} \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.", name));
        }
        else if (names.Repeats(name) is { } first)
        {
            context.ReportError(new GraphQLError($"{noun} \"{typeName}.{name.Value}\" can only be defined once.", [first, name]));
        }
    }
}
