using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Leaf fields have no selection set; fields of composite type have one (spec 5.3.3).</summary>
public static class ScalarLeafsRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterField(FieldNode node, VisitorContext _)
        {
            var type = context.GetOutputType();
            if (type is null) return VisitAction.Continue;
            var selectionSet = node.SelectionSet;
            if (type.GetNamedType().IsLeafType)
            {
                if (selectionSet is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
                }
            }
            else if (selectionSet is null)
            {
                var name = node.Name.Value;
                context.ReportError(new GraphQLError(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node));
            }
            else if (selectionSet.Selections.Count == 0 && !context.AllowEmptySelectionSets)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.", node));
            }
            return VisitAction.Continue;
        }
    }
}
