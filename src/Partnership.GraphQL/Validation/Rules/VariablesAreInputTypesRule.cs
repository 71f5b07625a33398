using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Variables are of input types: scalars, enums, input objects (spec 5.8.2).</summary>
public static class VariablesAreInputTypesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext _)
        {
            var type = TypeInfo.TypeFromAst(context.ValidSchema, node.Type);
            if (type is not null && !type.IsInputType)
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type));
            }
            return VisitAction.Continue;
        }
    }
}
