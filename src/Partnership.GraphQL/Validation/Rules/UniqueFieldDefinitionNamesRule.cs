using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: field names of a type are unique across its definition and extensions, and against the extended schema.</summary>
public static class UniqueFieldDefinitionNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly TypeMemberNames _known = new(context, "Field");

        public override VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);

        private VisitAction Check<T>(string typeName, IReadOnlyList<T> fields) where T : Node
        {
            var names = _known.Of(typeName);
            var existing = context.Schema?.GetType(typeName);
            foreach (var field in fields)
            {
                var nameNode = field is FieldDefinitionNode f ? f.Name : ((InputValueDefinitionNode)(Node)field).Name;
                _known.Check(typeName, names, nameNode, HasField(existing, nameNode.Value));
            }
            return VisitAction.Skip;
        }

        private static bool HasField(NamedType? type, string fieldName) => type switch
        {
            IFieldsContainer container => container.GetField(fieldName) is not null,
            InputObjectType input => input.GetField(fieldName) is not null,
            _ => false,
        };
    }
}
