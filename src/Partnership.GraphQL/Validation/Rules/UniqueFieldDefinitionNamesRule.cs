using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: field names of a type are unique across its definition and extensions, and against the extended schema.</summary>
public static class UniqueFieldDefinitionNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext _) => Check(node.Name.Value, node.Fields);

        private VisitAction Check<T>(string typeName, IReadOnlyList<T> fields) where T : Node
        {
            if (!_known.TryGetValue(typeName, out var names)) _known[typeName] = names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            var existing = context.Schema?.GetType(typeName);
            foreach (var field in fields)
            {
                var nameNode = field is FieldDefinitionNode f ? f.Name : ((InputValueDefinitionNode)(Node)field).Name;
                var fieldName = nameNode.Value;
                if (HasField(existing, fieldName))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{typeName}.{fieldName}\" already exists in the schema. It cannot also be defined in this type extension.", nameNode));
                    continue;
                }
                if (names.TryGetValue(fieldName, out var known))
                    context.ReportError(new GraphQLError($"Field \"{typeName}.{fieldName}\" can only be defined once.", [known, nameNode]));
                else
                    names[fieldName] = nameNode;
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
