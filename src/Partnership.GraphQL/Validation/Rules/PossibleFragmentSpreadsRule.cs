using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where its type could apply (spec 5.5.2.3).</summary>
public static class PossibleFragmentSpreadsRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterInlineFragment(InlineFragmentNode node, VisitorContext _)
        {
            var fragType = context.GetOutputType();
            var parentType = context.GetParentType();
            if (fragType is not null && fragType.IsCompositeType && parentType is not null && parentType.IsCompositeType
                && !TypeComparators.DoTypesOverlap(context.ValidSchema, (NamedType)fragType, (NamedType)parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".", node));
            }
            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext _)
        {
            var fragName = node.Name.Value;
            var fragType = GetFragmentType(fragName);
            var parentType = context.GetParentType();
            if (fragType is not null && parentType is not null
                && !TypeComparators.DoTypesOverlap(context.ValidSchema, (NamedType)fragType, (NamedType)parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".", node));
            }
            return VisitAction.Continue;
        }

        private GraphQLType? GetFragmentType(string name)
        {
            if (context.GetFragment(name) is not { } fragment) return null;
            var type = TypeInfo.TypeFromAst(context.ValidSchema, fragment.TypeCondition);
            return type is not null && type.IsCompositeType ? type : null;
        }
    }
}
