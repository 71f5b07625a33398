using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// A non-repeatable directive appears at most once per location (spec 5.7.3); for SDL, a type and its
/// extensions (and the schema and its extensions) count as one location.
/// </summary>
public static class UniqueDirectivesPerLocationRule
{
    /// <summary>For executable documents and for SDL.</summary>
    public static ASTVisitor Create(ASTValidationContext context) => new Visitor(context);

    private sealed class Visitor : ASTVisitor
    {
        private readonly ASTValidationContext _context;
        private readonly Dictionary<string, bool> _unique;
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _scratch = new(StringComparer.Ordinal);

        public Visitor(ASTValidationContext context)
        {
            _context = context;
            _unique = DirectiveTables.For(context).Unique;
        }

        public override VisitAction Enter(Node node, VisitorContext visit)
        {
            var directives = AstDirectives.Of(node);
            if (directives is null || directives.Count == 0) return VisitAction.Continue;
            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives;
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    seen = Shared(_typeDirectives, node is TypeDefinitionNode t ? t.Name.Value : ((TypeExtensionNode)node).Name.Value);
                    break;
                case DirectiveDefinitionNode dd:
                    seen = Shared(_directiveDirectives, dd.Name.Value);
                    break;
                case DirectiveExtensionNode de:
                    seen = Shared(_directiveDirectives, de.Name.Value);
                    break;
                default:
                    _scratch.Clear();
                    seen = _scratch;
                    break;
            }
            for (int i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                if (!_unique.TryGetValue(name, out var unique) || !unique) continue;
                if (seen.TryGetValue(name, out var previous))
                    _context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [previous, directive]));
                else
                    seen[name] = directive;
            }
            return VisitAction.Continue;
        }

        private static Dictionary<string, DirectiveNode> Shared(Dictionary<string, Dictionary<string, DirectiveNode>> map, string name)
        {
            if (!map.TryGetValue(name, out var seen)) map[name] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            return seen;
        }
    }
}

/// <summary>The directives applied to a node, or null for kinds that take none.</summary>
internal static class AstDirectives
{
    public static IReadOnlyList<DirectiveNode>? Of(Node node) => node switch
    {
        ExecutableDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        SchemaDefinitionNode n => n.Directives,
        SchemaExtensionNode n => n.Directives,
        TypeDefinitionNode n => n.Directives,
        TypeExtensionNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        DirectiveDefinitionNode n => n.Directives,
        DirectiveExtensionNode n => n.Directives,
        _ => null,
    };
}
