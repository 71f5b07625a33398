using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: at most one schema definition, and none when extending a schema that has one.</summary>
public static class LoneSchemaDefinitionRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly bool _alreadyDefined = context.Schema is { } old
            && (old.AstNode is not null || old.QueryType is not null || old.MutationType is not null || old.SubscriptionType is not null);
        private int _count;

        public override VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, VisitorContext _)
        {
            if (_alreadyDefined)
            {
                context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", node));
                return VisitAction.Continue;
            }
            if (_count > 0) context.ReportError(new GraphQLError("Must provide only one schema definition.", node));
            _count++;
            return VisitAction.Continue;
        }
    }
}
