using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Variable names are unique within an operation (spec 5.8.1).</summary>
public static class UniqueVariableNamesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            var definitions = node.VariableDefinitions;
            if (definitions.Count < 2 || !HasDuplicate(definitions)) return VisitAction.Continue;
            // Grouped by name in order of first appearance, as graphql-js's groupBy.
            var groups = new OrderedDictionary<string, List<Node>>(StringComparer.Ordinal);
            foreach (var definition in definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!groups.TryGetValue(name, out var list)) groups.Add(name, list = []);
                list.Add(definition.Variable.Name);
            }
            foreach (var (name, nodes) in groups)
            {
                if (nodes.Count > 1)
                    context.ReportError(new GraphQLError($"There can be only one variable named \"${name}\".", nodes));
            }
            return VisitAction.Continue;
        }

        private static bool HasDuplicate(IReadOnlyList<VariableDefinitionNode> definitions)
        {
            for (int i = 1; i < definitions.Count; i++)
            {
                var name = definitions[i].Variable.Name.Value;
                for (int j = 0; j < i; j++)
                {
                    if (definitions[j].Variable.Name.Value == name) return true;
                }
            }
            return false;
        }
    }
}
