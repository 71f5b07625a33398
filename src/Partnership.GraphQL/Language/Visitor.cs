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
        private bool VisitChildren(Node node)
        {
            switch (node.Kind)
            {
                case NodeKind.Document:
                {
                    var n = (DocumentNode)node;
                    return VisitList(n.Definitions);
                }
                case NodeKind.OperationDefinition:
                {
                    var n = (OperationDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.VariableDefinitions)
                        && VisitList(n.Directives) && Opt(n.SelectionSet);
                }
                case NodeKind.VariableDefinition:
                {
                    var n = (VariableDefinitionNode)node;
                    return Opt(n.Description, n.Variable, n.Type) && Opt(n.DefaultValue) && VisitList(n.Directives);
                }
                case NodeKind.Variable:
                {
                    var n = (VariableNode)node;
                    return Opt(n.Name);
                }
                case NodeKind.SelectionSet:
                {
                    var n = (SelectionSetNode)node;
                    return VisitList(n.Selections);
                }
                case NodeKind.Field:
                {
                    var n = (FieldNode)node;
                    return Opt(n.Alias, n.Name) && VisitList(n.Arguments) && VisitList(n.Directives) && Opt(n.SelectionSet);
                }
                case NodeKind.Argument:
                {
                    var n = (ArgumentNode)node;
                    return Opt(n.Name, n.Value);
                }
                case NodeKind.FragmentSpread:
                {
                    var n = (FragmentSpreadNode)node;
                    return Opt(n.Name) && VisitList(n.Directives);
                }
                case NodeKind.InlineFragment:
                {
                    var n = (InlineFragmentNode)node;
                    return Opt(n.TypeCondition) && VisitList(n.Directives) && Opt(n.SelectionSet);
                }
                case NodeKind.FragmentDefinition:
                {
                    var n = (FragmentDefinitionNode)node;
                    return Opt(n.Description, n.Name, n.TypeCondition) && VisitList(n.Directives) && Opt(n.SelectionSet);
                }
                case NodeKind.ListValue:
                {
                    var n = (ListValueNode)node;
                    return VisitList(n.Values);
                }
                case NodeKind.ObjectValue:
                {
                    var n = (ObjectValueNode)node;
                    return VisitList(n.Fields);
                }
                case NodeKind.ObjectField:
                {
                    var n = (ObjectFieldNode)node;
                    return Opt(n.Name, n.Value);
                }
                case NodeKind.Directive:
                {
                    var n = (DirectiveNode)node;
                    return Opt(n.Name) && VisitList(n.Arguments);
                }
                case NodeKind.NamedType:
                {
                    var n = (NamedTypeNode)node;
                    return Opt(n.Name);
                }
                case NodeKind.ListType:
                {
                    var n = (ListTypeNode)node;
                    return Opt(n.Type);
                }
                case NodeKind.NonNullType:
                {
                    var n = (NonNullTypeNode)node;
                    return Opt(n.Type);
                }
                case NodeKind.SchemaDefinition:
                {
                    var n = (SchemaDefinitionNode)node;
                    return Opt(n.Description) && VisitList(n.Directives) && VisitList(n.OperationTypes);
                }
                case NodeKind.OperationTypeDefinition:
                {
                    var n = (OperationTypeDefinitionNode)node;
                    return Opt(n.Type);
                }
                case NodeKind.ScalarTypeDefinition:
                {
                    var n = (ScalarTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Directives);
                }
                case NodeKind.ObjectTypeDefinition:
                {
                    var n = (ObjectTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                case NodeKind.FieldDefinition:
                {
                    var n = (FieldDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Arguments) && Opt(n.Type) && VisitList(n.Directives);
                }
                case NodeKind.InputValueDefinition:
                {
                    var n = (InputValueDefinitionNode)node;
                    return Opt(n.Description, n.Name, n.Type) && Opt(n.DefaultValue) && VisitList(n.Directives);
                }
                case NodeKind.InterfaceTypeDefinition:
                {
                    var n = (InterfaceTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                case NodeKind.UnionTypeDefinition:
                {
                    var n = (UnionTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Types);
                }
                case NodeKind.EnumTypeDefinition:
                {
                    var n = (EnumTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Values);
                }
                case NodeKind.EnumValueDefinition:
                {
                    var n = (EnumValueDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Directives);
                }
                case NodeKind.InputObjectTypeDefinition:
                {
                    var n = (InputObjectTypeDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                case NodeKind.DirectiveDefinition:
                {
                    var n = (DirectiveDefinitionNode)node;
                    return Opt(n.Description, n.Name) && VisitList(n.Arguments) && VisitList(n.Directives) && VisitList(n.Locations);
                }
                case NodeKind.SchemaExtension:
                {
                    var n = (SchemaExtensionNode)node;
                    return VisitList(n.Directives) && VisitList(n.OperationTypes);
                }
                case NodeKind.DirectiveExtension:
                {
                    var n = (DirectiveExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Directives);
                }
                case NodeKind.ScalarTypeExtension:
                {
                    var n = (ScalarTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Directives);
                }
                case NodeKind.ObjectTypeExtension:
                {
                    var n = (ObjectTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                case NodeKind.InterfaceTypeExtension:
                {
                    var n = (InterfaceTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Interfaces) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                case NodeKind.UnionTypeExtension:
                {
                    var n = (UnionTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Types);
                }
                case NodeKind.EnumTypeExtension:
                {
                    var n = (EnumTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Values);
                }
                case NodeKind.InputObjectTypeExtension:
                {
                    var n = (InputObjectTypeExtensionNode)node;
                    return Opt(n.Name) && VisitList(n.Directives) && VisitList(n.Fields);
                }
                default:
                    return true; // leaves: Name, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue
            }
        }
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
