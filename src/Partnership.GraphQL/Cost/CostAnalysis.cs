using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Cost;

/// <summary>What <see cref="CostAnalysis.Analyze"/> found: the operation's cost and its deepest field.</summary>
/// <param name="Cost">The estimated cost (at least the limit it was stopped at when <see cref="Stopped"/>).</param>
/// <param name="Depth">The deepest field's nesting (a root field is 1).</param>
/// <param name="Stopped">True when analysis stopped early because the cost passed the limit it was given.</param>
public readonly record struct CostReport(double Cost, int Depth, bool Stopped);

/// <summary>
/// Static cost analysis of an operation, before it executes (after the ideas of the GraphQL cost directive spec):
/// every field costs its weight (<see cref="FieldDefinition.Cost"/>: by default 1 when it returns an object,
/// interface or union, 0 for a scalar or enum), and a list multiplies the cost of one item — its weight plus its
/// selection — by its size (<see cref="FieldDefinition.ListSize"/>: the request's slicing argument, else the
/// declared assumed size, else <see cref="CostOptions.DefaultListSize"/>). Fields are collected as execution
/// collects them (fragments, inline fragments, <c>@skip</c>/<c>@include</c> with the coerced variables, one
/// entry per response key); under an interface or union the most expensive possible type counts.
/// </summary>
public static class CostAnalysis
{
    /// <summary>
    /// The cost and depth of <paramref name="operation"/> with <paramref name="variables"/> (already coerced).
    /// Stops early, with <see cref="CostReport.Stopped"/>, once the cost passes <paramref name="stopAbove"/>.
    /// </summary>
    public static CostReport Analyze(GraphQLSchema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables, int defaultListSize = CostOptions.DefaultDefaultListSize,
        double stopAbove = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var root = schema.GetRootType(operation.Operation);
        if (root is null) return new CostReport(0, 0, false);
        var walker = new Walker(schema, DocumentPlan.CollectFragments(document), variables ?? Empty, defaultListSize, stopAbove);
        try
        {
            var cost = walker.SelectionCost(root, [operation.SelectionSet], 1, null, 1);
            return new CostReport(cost, walker.Depth, false);
        }
        catch (StopException)
        {
            return new CostReport(Math.Max(walker.Total, stopAbove), walker.Depth, true);
        }
    }

    /// <summary>How many fields of <paramref name="document"/> have an alias (anywhere: every operation and fragment).</summary>
    public static int CountAliases(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode op: count += Count(op.SelectionSet); break;
                case FragmentDefinitionNode fragment: count += Count(fragment.SelectionSet); break;
            }
        }
        return count;

        static int Count(SelectionSetNode set)
        {
            int n = 0;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (field.Alias is not null) n++;
                        if (field.SelectionSet is { } sub) n += Count(sub);
                        break;
                    case InlineFragmentNode inline: n += Count(inline.SelectionSet); break;
                }
            }
            return n;
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private sealed class StopException : Exception;

    /// <summary>A field as collected for one possible type: its definition and every node with its response key.</summary>
    private sealed class Group(FieldDefinition definition, FieldNode first)
    {
        public FieldDefinition Definition { get; } = definition;
        public List<FieldNode> Nodes { get; } = [first];
    }

    private sealed class Walker(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, int defaultListSize, double stopAbove)
    {
        public int Depth { get; private set; }

        /// <summary>A running lower bound of the cost, to stop early.</summary>
        public double Total { get; private set; }

        /// <summary>
        /// The cost of one object of <paramref name="parent"/> with the merged <paramref name="sets"/>;
        /// <paramref name="sized"/> are child fields whose list size is <paramref name="size"/> (a connection's page).
        /// </summary>
        public double SelectionCost(NamedType parent, IReadOnlyList<SelectionSetNode> sets, int depth,
            IReadOnlyList<string>? sized, double size)
        {
            if (parent is ObjectType objectType) return ObjectCost(objectType, sets, depth, sized, size);
            double max = 0;
            if (parent is IAbstractType abstractType)
            {
                foreach (var possible in schema.GetPossibleTypes(abstractType))
                    max = Math.Max(max, ObjectCost(possible, sets, depth, sized, size));
            }
            return max;
        }

        private double ObjectCost(ObjectType type, IReadOnlyList<SelectionSetNode> sets, int depth, IReadOnlyList<string>? sized, double size)
        {
            var groups = new List<Group>();
            var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var set in sets) Collect(type, set, groups, byKey, visited);
            if (groups.Count > 0 && depth > Depth) Depth = depth;
            double cost = 0;
            foreach (var group in groups)
            {
                double? sizeHere = sized is not null && Contains(sized, group.Definition.Name) ? size : null;
                cost += FieldCost(group, depth, sizeHere);
            }
            return cost;
        }

        private double FieldCost(Group group, int depth, double? sizeFromParent)
        {
            var definition = group.Definition;
            var named = definition.Type.GetNamedType();
            bool composite = named.IsCompositeType;
            double weight = definition.Cost ?? (composite ? 1 : 0);
            bool isList = definition.Type.GetNullableType() is ListType;
            var listSize = definition.ListSize;
            double size = 1;
            IReadOnlyList<string>? sizedChildren = null;
            double childSize = 1;
            if (listSize is { SizedFields.Count: > 0 })
            {
                sizedChildren = listSize.SizedFields;
                childSize = SizeOf(listSize, group.Nodes[0]);
            }
            else if (sizeFromParent is { } given) size = given;
            else if (isList) size = listSize is null ? defaultListSize : SizeOf(listSize, group.Nodes[0]);

            double item = weight;
            if (composite)
            {
                var subsets = new List<SelectionSetNode>(group.Nodes.Count);
                foreach (var node in group.Nodes) if (node.SelectionSet is { } set) subsets.Add(set);
                item += SelectionCost(named, subsets, depth + 1, sizedChildren, childSize);
            }
            var cost = size * item;
            Total = Math.Max(Total, cost);
            if (cost > stopAbove) throw new StopException();
            return cost;
        }

        /// <summary>The largest slicing argument given, else the assumed size, else the default.</summary>
        private double SizeOf(ListSize listSize, FieldNode node)
        {
            double? found = null;
            foreach (var name in listSize.SlicingArguments)
            {
                foreach (var argument in node.Arguments)
                {
                    if (argument.Name.Value != name) continue;
                    if (IntOf(argument.Value) is { } value) found = Math.Max(found ?? 0, value);
                }
            }
            return Math.Max(0, found ?? listSize.AssumedSize ?? defaultListSize);
        }

        private long? IntOf(ValueNode value) => value switch
        {
            IntValueNode i when long.TryParse(i.Value, out var n) => n,
            VariableNode v when variables.TryGetValue(v.Name.Value, out var given) => given switch
            {
                int n => n,
                long n => n,
                double d => (long)d,
                _ => null,
            },
            _ => null,
        };

        private void Collect(ObjectType type, SelectionSetNode set, List<Group> groups, Dictionary<string, Group> byKey, HashSet<string> visited)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                    {
                        if (!Included(field)) continue;
                        if (byKey.TryGetValue(field.ResponseKey, out var existing))
                        {
                            existing.Nodes.Add(field);
                            continue;
                        }
                        var definition = schema.GetField(type, field.Name.Value);
                        if (definition is null) continue;
                        var group = new Group(definition, field);
                        groups.Add(group);
                        byKey.Add(field.ResponseKey, group);
                        break;
                    }
                    case InlineFragmentNode inline:
                        if (Included(inline) && Matches(inline.TypeCondition, type)) Collect(type, inline.SelectionSet, groups, byKey, visited);
                        break;
                    case FragmentSpreadNode spread:
                        if (!Included(spread) || !visited.Add(spread.Name.Value)) continue;
                        if (fragments.TryGetValue(spread.Name.Value, out var fragment) && Matches(fragment.TypeCondition, type))
                            Collect(type, fragment.SelectionSet, groups, byKey, visited);
                        break;
                }
            }
        }

        private bool Matches(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null) return true;
            var conditionType = schema.GetType(condition.Name.Value);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is IAbstractType abstractType && schema.IsSubType(abstractType, type);
        }

        private bool Included(SelectionNode node)
        {
            foreach (var directive in node.Directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include")) continue;
                bool? condition = null;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value != "if") continue;
                    condition = argument.Value switch
                    {
                        BooleanValueNode b => b.Value,
                        VariableNode v => variables.TryGetValue(v.Name.Value, out var given) ? given as bool? : null,
                        _ => null,
                    };
                }
                // Execution reports a bad condition; counting the field is the cautious estimate.
                if (name == "skip" && condition == true) return false;
                if (name == "include" && condition == false) return false;
            }
            return true;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            for (int i = 0; i < names.Count; i++) if (names[i] == name) return true;
            return false;
        }
    }
}
