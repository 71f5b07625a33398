using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>A document to execute holds only operations and fragments (spec 5.1.1 Executable Definitions).</summary>
public static class ExecutableDefinitionsRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterDocument(DocumentNode node, VisitorContext _)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var defName = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode t => "\"" + t.Name.Value + "\"",
                    TypeExtensionNode t => "\"" + t.Name.Value + "\"",
                    DirectiveDefinitionNode d => "\"" + d.Name.Value + "\"",
                    DirectiveExtensionNode d => "\"" + d.Name.Value + "\"",
                    _ => "\"\"",
                };
                context.ReportError(new GraphQLError($"The {defName} definition is not executable.", definition));
            }
            return VisitAction.Skip;
        }
    }
}
