using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field at most once (spec 5.6.3).</summary>
public static class UniqueInputFieldNamesRule
{
    /// <summary>For executable documents and for SDL.</summary>
    public static ASTVisitor Create(ASTValidationContext context) => new Visitor(context);

    private sealed class Visitor(ASTValidationContext context) : ASTVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _stack = new();
        private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitAction EnterObjectValue(ObjectValueNode node, VisitorContext _)
        {
            _stack.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return VisitAction.Continue;
        }

        public override VisitAction LeaveObjectValue(ObjectValueNode node, VisitorContext _)
        {
            _known = _stack.Pop();
            return VisitAction.Continue;
        }

        public override VisitAction EnterObjectField(ObjectFieldNode node, VisitorContext _)
        {
            if (_known.Repeats(node.Name) is { } first)
                context.ReportError(new GraphQLError($"There can be only one input field named \"{node.Name.Value}\".", [first, node.Name]));
            return VisitAction.Continue;
        }
    }
}
