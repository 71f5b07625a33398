using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Every named type reference names a type of the schema or of the document (spec 5.5.1.2, 5.8.3).</summary>
public static class KnownTypeNamesRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    /// <summary>For executable documents and for SDL.</summary>
    public static ASTVisitor Create(ASTValidationContext context) => new Visitor(context);

    private sealed class Visitor(ASTValidationContext context) : ASTVisitor
    {
        private HashSet<string>? _definedTypeNames;
        private List<string>? _typeNames;

        public override VisitAction EnterNamedType(NamedTypeNode node, VisitorContext visit)
        {
            var typeName = node.Name.Value;
            var schema = context.Schema;
            if (schema?.GetType(typeName) is not null) return VisitAction.Continue;
            if (_definedTypeNames is null)
            {
                _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var definition in context.Document.Definitions)
                {
                    if (definition is TypeDefinitionNode t) _definedTypeNames.Add(t.Name.Value);
                }
            }
            if (_definedTypeNames.Contains(typeName)) return VisitAction.Continue;

            var ancestors = visit.Ancestors;
            var definitionNode = ancestors.Length > 1 ? ancestors[1] : visit.Parent;
            var isSdl = definitionNode is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0) return VisitAction.Continue;

            IReadOnlyList<string> suggested = [];
            if (!context.HideSuggestions)
            {
                if (_typeNames is null)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    _typeNames = [];
                    if (schema is not null)
                    {
                        foreach (var name in schema.TypeMap.Keys) if (seen.Add(name)) _typeNames.Add(name);
                    }
                    foreach (var definition in context.Document.Definitions)
                    {
                        if (definition is TypeDefinitionNode t && seen.Add(t.Name.Value)) _typeNames.Add(t.Name.Value);
                    }
                }
                IEnumerable<string> options = _typeNames;
                if (isSdl)
                {
                    var withStandard = new List<string>(StandardTypeNames.Length + _typeNames.Count);
                    withStandard.AddRange(StandardTypeNames);
                    withStandard.AddRange(_typeNames);
                    options = withStandard;
                }
                suggested = Suggestions.SuggestionList(typeName, options);
            }
            context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggested), node));
            return VisitAction.Continue;
        }
    }
}
