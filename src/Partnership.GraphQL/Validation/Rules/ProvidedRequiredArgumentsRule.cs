using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Required arguments (non-null, no default) of fields and directives are given (spec 5.4.2.1).</summary>
public static class ProvidedRequiredArgumentsRule
{
    public static ASTVisitor Create(ValidationContext context) => new FieldsAndDirectives(context);

    /// <summary>The directive half only, for SDL (graphql-js <c>ProvidedRequiredArgumentsOnDirectivesRule</c>).</summary>
    public static ASTVisitor CreateOnDirectives(ASTValidationContext context) => new OnDirectives(context);

    private class OnDirectives : ASTVisitor
    {
        private protected readonly ASTValidationContext Context;
        private readonly Dictionary<string, List<(string Name, string Type)>> _required;

        public OnDirectives(ASTValidationContext context)
        {
            Context = context;
            _required = DirectiveTables.For(context).RequiredArguments;
        }

        public sealed override VisitAction LeaveDirective(DirectiveNode node, VisitorContext _)
        {
            var directiveName = node.Name.Value;
            if (!_required.TryGetValue(directiveName, out var required)) return VisitAction.Continue;
            foreach (var (argName, argType) in required)
            {
                if (IsProvided(node.Arguments, argName)) continue;
                Context.ReportError(new GraphQLError(
                    $"Argument \"@{directiveName}({argName}:)\" of type \"{argType}\" is required, but it was not provided.", node));
            }
            return VisitAction.Continue;
        }
    }

    private sealed class FieldsAndDirectives(ValidationContext context) : OnDirectives(context)
    {
        public override VisitAction LeaveField(FieldNode node, VisitorContext _)
        {
            var fieldDef = context.GetFieldDef();
            if (fieldDef is null || fieldDef.Arguments.Count == 0) return VisitAction.Continue;
            var arguments = fieldDef.Arguments;
            for (int i = 0; i < arguments.Count; i++)
            {
                var argDef = arguments[i];
                if (!InputCoercion.IsRequired(argDef) || IsProvided(node.Arguments, argDef.Name)) continue;
                var coordinate = KnownArgumentNamesRule.FieldCoordinate(context.GetParentType(), fieldDef);
                context.ReportError(new GraphQLError(
                    $"Argument \"{coordinate}({argDef.Name}:)\" of type \"{argDef.Type}\" is required, but it was not provided.", node));
            }
            return VisitAction.Continue;
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name) return true;
        }
        return false;
    }
}
