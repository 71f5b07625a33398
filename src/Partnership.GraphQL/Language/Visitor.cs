using System.Runtime.CompilerServices;

namespace Partnership.GraphQL.Language;

/// <summary>
/// Depth-first traversal of an AST with graphql-js <c>visit</c> semantics: Enter on the way down, Leave on the way
/// up, children in graphql-js's <c>QueryDocumentKeys</c> order, <see cref="VisitAction.Skip"/> to pass over a
/// subtree and <see cref="VisitAction.Break"/> to stop. Absent children (null, empty lists) are not visited.
/// </summary>
public static class Visitor
{
    /// <summary>Walks <paramref name="root"/> with <paramref name="visitor"/>.</summary>
    public static void Visit(Node root, ASTVisitor visitor)
    {
        var walker = new Walker(visitor, new VisitorContext());
        walker.Visit(root);
    }

    private sealed class Walker(ASTVisitor visitor, VisitorContext context)
    {
        /// <summary>Visits a node; false when the traversal must stop.</summary>
        public bool Visit(Node node)
        {
            var action = visitor.Enter(node, context);
            if (action == VisitAction.Break) return false;
            if (action == VisitAction.Skip) return true;
            RuntimeHelpers.EnsureSufficientExecutionStack();
            context.Push(node);
            bool go = VisitChildren(node);
            context.Pop();
            return go && visitor.Leave(node, context) != VisitAction.Break;
        }

        private bool Opt(Node? a, Node? b = null, Node? c = null)
        {
            if (a is not null && !Visit(a)) return false;
            if (b is not null && !Visit(b)) return false;
            return c is null || Visit(c);
        }

        private bool VisitList<T>(IReadOnlyList<T> list) where T : Node
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (!Visit(list[i])) return false;
            }
            return true;
        }

        // Children in graphql-js's QueryDocumentKeys order, kind by kind.
        private bool VisitChildren(Node node) => node switch
        {
            DocumentNode n => VisitList(n.Definitions),
            OperationDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.VariableDefinitions)
                && VisitList(n.Directives) && Opt(n.SelectionSet),
            VariableDefinitionNode n => Opt(n.Description, n.Variable, n.Type) && Opt(n.DefaultValue) && VisitList(n.Directives),
            VariableNode n => Opt(n.Name),
            SelectionSetNode n => VisitList(n.Selections),
            FieldNode n => Opt(n.Alias, n.Name) && VisitList(n.Arguments) && VisitList(n.Directives) && Opt(n.SelectionSet),
            ArgumentNode n => Opt(n.Name, n.Value),
            FragmentSpreadNode n => Opt(n.Name) && VisitList(n.Directives),
            InlineFragmentNode n => Opt(n.TypeCondition) && VisitList(n.Directives) && Opt(n.SelectionSet),
            FragmentDefinitionNode n => Opt(n.Description, n.Name, n.TypeCondition) && VisitList(n.Directives) && Opt(n.SelectionSet),
            ListValueNode n => VisitList(n.Values),
            ObjectValueNode n => VisitList(n.Fields),
            ObjectFieldNode n => Opt(n.Name, n.Value),
            DirectiveNode n => Opt(n.Name) && VisitList(n.Arguments),
            NamedTypeNode n => Opt(n.Name),
            ListTypeNode n => Opt(n.Type),
            NonNullTypeNode n => Opt(n.Type),
            SchemaDefinitionNode n => Opt(n.Description) && VisitList(n.Directives) && VisitList(n.OperationTypes),
            OperationTypeDefinitionNode n => Opt(n.Type),
            ScalarTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Directives),
            ObjectTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields),
            FieldDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Arguments) && Opt(n.Type) && VisitList(n.Directives),
            InputValueDefinitionNode n => Opt(n.Description, n.Name, n.Type) && Opt(n.DefaultValue) && VisitList(n.Directives),
            InterfaceTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields),
            UnionTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Types),
            EnumTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Values),
            EnumValueDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Directives),
            InputObjectTypeDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Fields),
            DirectiveDefinitionNode n => Opt(n.Description, n.Name) && VisitList(n.Arguments) && VisitList(n.Directives) && VisitList(n.Locations),
            SchemaExtensionNode n => VisitList(n.Directives) && VisitList(n.OperationTypes),
            DirectiveExtensionNode n => Opt(n.Name) && VisitList(n.Directives),
            ScalarTypeExtensionNode n => Opt(n.Name) && VisitList(n.Directives),
            ObjectTypeExtensionNode n => Opt(n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields),
            InterfaceTypeExtensionNode n => Opt(n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields),
            UnionTypeExtensionNode n => Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Types),
            EnumTypeExtensionNode n => Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Values),
            InputObjectTypeExtensionNode n => Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Fields),
            _ => true, // leaves: Name, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue
        };
    }
}

/// <summary>
/// Where the traversal is. Unlike graphql-js's <c>ancestors</c>, which holds arrays as well as nodes and leaves out
/// the direct parent, <see cref="Ancestors"/> holds only nodes, from the root down to and including the parent.
/// So graphql-js's <c>ancestors[ancestors.length - 1]</c> for a node in a list (a directive, a selection) is
/// <see cref="Parent"/>, and its <c>ancestors[2]</c> (the top-level definition) is <c>Ancestors[1]</c>.
/// </summary>
public sealed class VisitorContext
{
    private Node[] _ancestors = new Node[32];
    private int _count;

    /// <summary>The nodes enclosing the current node, outermost first (empty at the root).</summary>
    public ReadOnlySpan<Node> Ancestors => _ancestors.AsSpan(0, _count);

    /// <summary>The node directly enclosing the current node; null at the root.</summary>
    public Node? Parent => _count == 0 ? null : _ancestors[_count - 1];

    internal void Push(Node node)
    {
        if (_count == _ancestors.Length) Array.Resize(ref _ancestors, _count * 2);
        _ancestors[_count++] = node;
    }

    internal void Pop() => _ancestors[--_count] = null!;
}
