using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the only operation in the document (spec 5.2.2.1).</summary>
public static class LoneAnonymousOperationRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private int _operationCount;

        public override VisitAction EnterDocument(DocumentNode node, VisitorContext _)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode) _operationCount++;
            }
            return VisitAction.Continue;
        }

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            if (node.Name is null && _operationCount > 1)
                context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", node));
            return VisitAction.Continue;
        }
    }
}
