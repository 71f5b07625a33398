using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>An operation's type (query, mutation, subscription) must have a root type in the schema.</summary>
public static class KnownOperationTypesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            if (context.ValidSchema.GetRootType(node.Operation) is null)
            {
                context.ReportError(new GraphQLError(
                    $"The {OperationNames.Of(node.Operation)} operation is not supported by the schema.", node));
            }
            return VisitAction.Continue;
        }
    }
}

internal static class OperationNames
{
    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
