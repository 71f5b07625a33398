using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation;

/// <summary>
/// Checks documents against the GraphQL specification's validation rules, as graphql-js's <c>validate</c> and
/// <c>validateSDL</c> do: every rule runs in one traversal, errors come in the order the rules report them.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Validates an executable document against a schema (graphql-js <c>validate</c>). Runs
    /// <see cref="SpecifiedRules.All"/> unless <paramref name="rules"/> is given; after <paramref name="maxErrors"/>
    /// errors it stops and adds "Too many validation errors, error limit reached. Validation aborted.".
    /// As graphql-js's <c>assertValidSchema</c>, throws <see cref="InvalidOperationException"/> when the schema itself is
    /// invalid (the schema check is cached on the schema).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null,
        int maxErrors = 100) => Validate(schema, document, rules, maxErrors, hideSuggestions: false);

    /// <summary>As <see cref="Validate(GraphQLSchema, DocumentNode, IReadOnlyList{ValidationRule}?, int)"/>, optionally without "Did you mean" suggestions.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRule>? rules,
        int maxErrors,
        bool hideSuggestions)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        SchemaValidator.AssertValid(schema);
        rules ??= SpecifiedRules.All;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors) throw new ValidationAbortedException(ValidationAbortedException.TooManyErrorsMessage);
            errors.Add(error);
        }, hideSuggestions);
        var visitors = new ASTVisitor[rules.Count];
        for (int i = 0; i < visitors.Length; i++) visitors[i] = rules[i](context);
        try
        {
            Visitor.Visit(document, new DescriptionSkipper(new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors))));
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }
        return errors;
    }

    /// <summary>
    /// Validates a type system document (graphql-js <c>validateSDL</c> with <c>specifiedSDLRules</c>), optionally as an
    /// extension of <paramref name="schemaToExtend"/>. The SDL builder calls this before building (graphql-js
    /// <c>assertValidSDL</c> / <c>assertValidSDLExtension</c> join the messages with blank lines and throw).
    /// </summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        GraphQLSchema? schemaToExtend = null,
        IReadOnlyList<SDLValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.Sdl;
        var errors = new List<GraphQLError>();
        var context = new SDLValidationContext(document, schemaToExtend, errors.Add);
        var visitors = new ASTVisitor[rules.Count];
        for (int i = 0; i < visitors.Length; i++) visitors[i] = rules[i](context);
        try
        {
            Visitor.Visit(document, new ParallelVisitor(visitors));
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message));
        }
        return errors;
    }

    /// <summary>
    /// graphql-js validates without visiting descriptions (its <c>QueryDocumentKeysToValidate</c>), so a description
    /// is never checked as a value of the type around it.
    /// </summary>
    private sealed class DescriptionSkipper(ASTVisitor inner) : ASTVisitor
    {
        public override VisitAction Enter(Node node, VisitorContext context)
        {
            if (node is StringValueNode s && IsDescription(s, context.Parent))
                return VisitAction.Skip;
            return inner.Enter(node, context);
        }

        public override VisitAction Leave(Node node, VisitorContext context) => inner.Leave(node, context);

        private static bool IsDescription(StringValueNode node, Node? parent) => parent switch
        {
            ExecutableDefinitionNode d => ReferenceEquals(d.Description, node),
            VariableDefinitionNode d => ReferenceEquals(d.Description, node),
            SchemaDefinitionNode d => ReferenceEquals(d.Description, node),
            TypeDefinitionNode d => ReferenceEquals(d.Description, node),
            FieldDefinitionNode d => ReferenceEquals(d.Description, node),
            InputValueDefinitionNode d => ReferenceEquals(d.Description, node),
            EnumValueDefinitionNode d => ReferenceEquals(d.Description, node),
            DirectiveDefinitionNode d => ReferenceEquals(d.Description, node),
            _ => false,
        };
    }
}
