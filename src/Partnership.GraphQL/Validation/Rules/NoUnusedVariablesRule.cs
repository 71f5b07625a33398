using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Every variable an operation defines is used, there or in a fragment it spreads (spec 5.8.4).</summary>
public static class NoUnusedVariablesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode operation, VisitorContext _)
        {
            if (operation.VariableDefinitions.Count == 0) return VisitAction.Continue;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation)) used.Add(usage.Node.Name.Value);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (used.Contains(name)) continue;
                context.ReportError(new GraphQLError(operation.Name is { } opName
                    ? $"Variable \"${name}\" is never used in operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is never used.", definition));
            }
            return VisitAction.Continue;
        }
    }
}
