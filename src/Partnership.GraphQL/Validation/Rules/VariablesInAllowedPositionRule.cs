using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Each variable is used only where its type is allowed (spec 5.8.5), and never nullable inside a <c>@oneOf</c> input.</summary>
public static class VariablesInAllowedPositionRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            _definitions.Clear();
            foreach (var definition in node.VariableDefinitions) _definitions[definition.Variable.Name.Value] = definition;
            return VisitAction.Continue;
        }

        public override VisitAction LeaveOperationDefinition(OperationDefinitionNode operation, VisitorContext _)
        {
            var schema = context.ValidSchema;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var varName = usage.Node.Name.Value;
                if (usage.Type is not { } type || !_definitions.TryGetValue(varName, out var varDef)) continue;
                var varType = TypeInfo.TypeFromAst(schema, varDef.Type);
                if (varType is null) continue;
                if (!AllowedVariableUsage(schema, varType, varDef.DefaultValue, type, usage.HasLocationDefaultValue))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${varName}\" of type \"{varType}\" used in position expecting type \"{type}\".", [varDef, usage.Node]));
                }
                if (usage.ParentType is InputObjectType { IsOneOf: true } parent && varType is not NonNullType)
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${varName}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{parent.Name}\".",
                        [varDef, usage.Node]));
                }
            }
            return VisitAction.Continue;
        }

        // A nullable variable may flow into a non-null position when a non-null default applies (spec: AreTypesCompatible
        // with the "variable default or location default" allowance).
        private static bool AllowedVariableUsage(GraphQLSchema schema, GraphQLType varType, ValueNode? varDefault, GraphQLType locationType, bool hasLocationDefault)
        {
            if (locationType is NonNullType nonNullLocation && varType is not NonNullType)
            {
                var hasNonNullVariableDefault = varDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !hasLocationDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(schema, varType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(schema, varType, locationType);
        }
    }
}
