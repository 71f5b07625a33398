using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, not an introspection field, and not under <c>@skip</c> or
/// <c>@include</c> (spec 5.2.3.1). Fields are collected as the executor collects them for the root type.
/// </summary>
public static class SingleFieldSubscriptionsRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext _)
        {
            if (node.Operation != OperationType.Subscription) return VisitAction.Continue;
            var subscriptionType = context.ValidSchema.SubscriptionType;
            if (subscriptionType is null) return VisitAction.Continue;
            var operationName = node.Name?.Value;
            var grouped = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var forbidden = new List<Node>();
            var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
            Collect(subscriptionType, node.SelectionSet, grouped, forbidden, visitedFragments);

            var prefix = operationName is not null ? $"Subscription \"{operationName}\"" : "Anonymous Subscription";
            if (forbidden.Count > 0)
            {
                context.ReportError(new GraphQLError(
                    prefix + " must not use `@skip` or `@include` directives in the top level selection.", forbidden));
                return VisitAction.Continue;
            }
            if (grouped.Count == 0)
            {
                context.ReportError(new GraphQLError(prefix + " must select one top level field.", node.SelectionSet));
            }
            else if (grouped.Count > 1)
            {
                var extra = new List<Node>();
                for (int i = 1; i < grouped.Count; i++) extra.AddRange(grouped.GetAt(i).Value);
                context.ReportError(new GraphQLError(prefix + " must select only one top level field.", extra));
            }
            foreach (var (_, fields) in grouped)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError(
                        prefix + " must not select an introspection top level field.", [.. fields]));
                }
            }
            return VisitAction.Continue;
        }

        private void Collect(ObjectType runtimeType, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> grouped,
            List<Node> forbidden, HashSet<string> visitedFragments)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                var directives = selection.Directives;
                context.SpendFragmentWork(directives.Count);
                foreach (var directive in directives)
                {
                    if (directive.Name.Value == "defer")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                        break;
                    }
                }
            }
            foreach (var selection in selectionSet.Selections)
            {
                if (IsExcluded(selection, forbidden)) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (!grouped.TryGetValue(key, out var list)) grouped.Add(key, list = []);
                        list.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (!ConditionMatches(inline.TypeCondition, runtimeType)) continue;
                        Collect(runtimeType, inline.SelectionSet, grouped, forbidden, visitedFragments);
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = context.GetFragment(spread.Name.Value);
                        if (fragment is null || !ConditionMatches(fragment.TypeCondition, runtimeType)) continue;
                        if (!visitedFragments.Add(spread.Name.Value)) continue;
                        Collect(runtimeType, fragment.SelectionSet, grouped, forbidden, visitedFragments);
                        break;
                }
            }
        }

        // With skip and include forbidden, the first of them found excludes the selection (graphql-js shouldIncludeNode).
        private static bool IsExcluded(SelectionNode selection, List<Node> forbidden)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip") { forbidden.Add(directive); return true; }
            }
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "include") { forbidden.Add(directive); return true; }
            }
            return false;
        }

        private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null) return true;
            var conditionType = TypeInfo.TypeFromAst(context.ValidSchema, condition);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is IAbstractType abstractType && context.ValidSchema.IsSubType(abstractType, type);
        }
    }
}
