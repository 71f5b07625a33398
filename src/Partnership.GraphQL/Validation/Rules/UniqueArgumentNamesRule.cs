using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>A field or directive is given each argument at most once (spec 5.4.2).</summary>
public static class UniqueArgumentNamesRule
{
    /// <summary>For executable documents and for SDL.</summary>
    public static ASTVisitor Create(ASTValidationContext context) => new Visitor(context);

    private sealed class Visitor(ASTValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterField(FieldNode node, VisitorContext _)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        public override VisitAction EnterDirective(DirectiveNode node, VisitorContext _)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2 || !HasDuplicate(arguments)) return;
            var groups = new OrderedDictionary<string, List<Node>>(StringComparer.Ordinal);
            for (int i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (!groups.TryGetValue(argument.Name.Value, out var list)) groups.Add(argument.Name.Value, list = []);
                list.Add(argument.Name);
            }
            foreach (var (name, nodes) in groups)
            {
                if (nodes.Count > 1) context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", nodes));
            }
        }

        // Argument lists are short: a quadratic scan finds duplicates without allocating.
        private static bool HasDuplicate(IReadOnlyList<ArgumentNode> arguments)
        {
            for (int i = 1; i < arguments.Count; i++)
            {
                var name = arguments[i].Name.Value;
                for (int j = 0; j < i; j++)
                {
                    if (arguments[j].Name.Value == name) return true;
                }
            }
            return false;
        }
    }
}
