using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Spread fragments are defined in the document (spec 5.5.2.1).</summary>
public static class KnownFragmentNamesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext _)
        {
            if (context.GetFragment(node.Name.Value) is null)
                context.ReportError(new GraphQLError($"Unknown fragment \"{node.Name.Value}\".", node.Name));
            return VisitAction.Continue;
        }
    }
}
