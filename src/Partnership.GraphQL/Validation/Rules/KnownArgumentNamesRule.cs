using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Arguments given to fields and directives are defined by them (spec 5.4.1).</summary>
public static class KnownArgumentNamesRule
{
    public static ASTVisitor Create(ValidationContext context) => new FieldsAndDirectives(context);

    /// <summary>The directive half only, for SDL (graphql-js <c>KnownArgumentNamesOnDirectivesRule</c>).</summary>
    public static ASTVisitor CreateOnDirectives(ASTValidationContext context) => new OnDirectives(context);

    private class OnDirectives : ASTVisitor
    {
        private protected readonly ASTValidationContext Context;
        private readonly Dictionary<string, List<string>> _directiveArgs;

        public OnDirectives(ASTValidationContext context)
        {
            Context = context;
            _directiveArgs = DirectiveTables.For(context).ArgumentNames;
        }

        public sealed override VisitAction EnterDirective(DirectiveNode node, VisitorContext _)
        {
            var directiveName = node.Name.Value;
            if (_directiveArgs.TryGetValue(directiveName, out var known))
            {
                var arguments = node.Arguments;
                for (int i = 0; i < arguments.Count; i++)
                {
                    var argNode = arguments[i];
                    var argName = argNode.Name.Value;
                    if (known.Contains(argName)) continue;
                    var suggestion = Context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.SuggestionList(argName, known));
                    Context.ReportError(new GraphQLError($"Unknown argument \"{argName}\" on directive \"@{directiveName}\"." + suggestion, argNode));
                }
            }
            return VisitAction.Skip;
        }
    }

    private sealed class FieldsAndDirectives(ValidationContext context) : OnDirectives(context)
    {
        public override VisitAction EnterArgument(ArgumentNode node, VisitorContext _)
        {
            var fieldDef = context.GetFieldDef();
            if (context.GetArgument() is not null || fieldDef is null) return VisitAction.Continue;
            var argName = node.Name.Value;
            IReadOnlyList<string> suggestions = [];
            if (!context.HideSuggestions)
            {
                var names = new string[fieldDef.Arguments.Count];
                for (int i = 0; i < names.Length; i++) names[i] = fieldDef.Arguments[i].Name;
                suggestions = Suggestions.SuggestionList(argName, names);
            }
            context.ReportError(new GraphQLError(
                $"Unknown argument \"{argName}\" on field \"{FieldCoordinate(context.GetParentType(), fieldDef)}\"." + Suggestions.DidYouMean(suggestions), node));
            return VisitAction.Continue;
        }
    }

    /// <summary>graphql-js's <c>String(field)</c>: <c>Type.field</c>, or <c>&lt;meta&gt;.__typename</c> for meta fields.</summary>
    internal static string FieldCoordinate(GraphQLType? parentType, FieldDefinition field) =>
        (IsMetaField(field) || parentType is null ? "<meta>" : parentType.ToString()) + "." + field.Name;

    private static bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, Introspection.SchemaMetaField) || ReferenceEquals(field, Introspection.TypeMetaField)
        || ReferenceEquals(field, Introspection.TypeNameMetaField);
}
