using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: an enum's values are unique across its definition and extensions, and against the extended schema.</summary>
public static class UniqueEnumValueNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Values);

        public override VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Values);

        private VisitAction Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            if (!_known.TryGetValue(typeName, out var names)) _known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            var existing = context.Schema?.GetType(typeName) as EnumType;
            foreach (var value in values)
            {
                var valueName = value.Name.Value;
                if (existing?.GetValue(valueName) is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.", value.Name));
                    continue;
                }
                if (names.TryGetValue(valueName, out var known))
                    context.ReportError(new GraphQLError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", [known, value.Name]));
                else
                    names[valueName] = value.Name;
            }
            return VisitAction.Skip;
        }
    }
}
