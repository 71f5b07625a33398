using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Every variable used, also in the fragments an operation spreads, is defined by the operation (spec 5.8.3).</summary>
public static class NoUndefinedVariablesRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode operation, VisitorContext _)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions) defined.Add(definition.Variable.Name.Value);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (defined.Contains(name)) continue;
                context.ReportError(new GraphQLError(operation.Name is { } opName
                    ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", [usage.Node, operation]));
            }
            return VisitAction.Continue;
        }
    }
}
