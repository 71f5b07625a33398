using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Fragments condition only on objects, interfaces and unions (spec 5.5.1.3).</summary>
public static class FragmentsOnCompositeTypesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node, VisitorContext _)
        {
            if (node.TypeCondition is { } condition)
            {
                var type = TypeInfo.TypeFromAst(context.ValidSchema, condition);
                if (type is not null && !type.IsCompositeType)
                {
                    context.ReportError(new GraphQLError(
                        $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition));
                }
            }
            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext _)
        {
            var type = TypeInfo.TypeFromAst(context.ValidSchema, node.TypeCondition);
            if (type is not null && !type.IsCompositeType)
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    node.TypeCondition));
            }
            return VisitAction.Continue;
        }
    }
}
