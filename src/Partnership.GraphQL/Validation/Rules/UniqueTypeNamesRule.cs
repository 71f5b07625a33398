using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: type names are unique, in the document and against the extended schema.</summary>
public static class UniqueTypeNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction Enter(Node node, VisitorContext _)
        {
            if (node is not TypeDefinitionNode definition) return VisitAction.Continue;
            var typeName = definition.Name.Value;
            if (context.Schema?.GetType(typeName) is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Type \"{typeName}\" already exists in the schema. It cannot also be defined in this type definition.", definition.Name));
                return VisitAction.Skip;
            }
            if (_known.Repeats(definition.Name) is { } first)
                context.ReportError(new GraphQLError($"There can be only one type named \"{typeName}\".", [first, definition.Name]));
            return VisitAction.Skip;
        }
    }
}
