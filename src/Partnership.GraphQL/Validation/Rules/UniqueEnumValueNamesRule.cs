using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: an enum's values are unique across its definition and extensions, and against the extended schema.</summary>
public static class UniqueEnumValueNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly TypeMemberNames _known = new(context, "Enum value");

        public override VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Values);

        public override VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Values);

        private VisitAction Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            var names = _known.Of(typeName);
            var existing = context.Schema?.GetType(typeName) as EnumType;
            foreach (var value in values)
                _known.Check(typeName, names, value.Name, existing?.GetValue(value.Name.Value) is not null);
            return VisitAction.Skip;
        }
    }
}
