using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: each operation type is given one root type, and not again when the extended schema has one.</summary>
public static class UniqueOperationTypesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

        public override VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, VisitorContext _) => Check(node.OperationTypes);

        public override VisitAction EnterSchemaExtension(SchemaExtensionNode node, VisitorContext _) => Check(node.OperationTypes);

        private VisitAction Check(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        {
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var name = OperationNames.Of(operation);
                if (context.Schema?.GetRootType(operation) is not null)
                {
                    context.ReportError(new GraphQLError($"Type for {name} already defined in the schema. It cannot be redefined.", operationType));
                }
                else if (_defined.TryGetValue(operation, out var previous))
                {
                    context.ReportError(new GraphQLError($"There can be only one {name} type in schema.", [previous, operationType]));
                }
                else
                {
                    _defined[operation] = operationType;
                }
            }
            return VisitAction.Skip;
        }
    }
}
