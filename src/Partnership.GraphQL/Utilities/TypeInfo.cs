using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

/// <summary>
/// Tracks, as a traversal enters and leaves nodes, which schema elements the current position refers to
/// (graphql-js <c>TypeInfo</c>; its <c>getType</c> is <see cref="GetOutputType"/>): the output type, the parent composite type, the field definition, the expected
/// input type and its parent, the default value in force, the directive, the argument and the enum value.
/// Call <see cref="Enter"/> before and <see cref="Leave"/> after a node's visitor callbacks, or wrap a visitor
/// in <see cref="TypeInfoVisitor"/> which does so.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValueDefinition?> _defaultValueStack = [];
    private DirectiveDefinition? _directive;
    private ArgumentDefinition? _argument;
    private EnumValueDefinition? _enumValue;

    /// <summary>A tracker over <paramref name="schema"/>, optionally starting inside <paramref name="initialType"/>.</summary>
    public TypeInfo(GraphQLSchema schema, GraphQLType? initialType = null)
    {
        _schema = schema ?? throw new ArgumentNullException(nameof(schema));
        if (initialType is not null)
        {
            if (initialType.IsInputType) _inputTypeStack.Add(initialType);
            if (initialType.IsCompositeType) _parentTypeStack.Add(initialType);
            if (initialType.IsOutputType) _typeStack.Add(initialType);
        }
    }

    /// <summary>The output type of the current field, operation or fragment; null when unknown.</summary>
    public GraphQLType? GetOutputType() => Top(_typeStack);

    /// <summary>The composite type whose selection set encloses the current position; null when unknown.</summary>
    public GraphQLType? GetParentType() => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value position; null when unknown.</summary>
    public GraphQLType? GetInputType() => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current one (the list or input object type); null when unknown.</summary>
    public GraphQLType? GetParentInputType() => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field; null when unknown.</summary>
    public FieldDefinition? GetFieldDef() => Top(_fieldDefStack);

    /// <summary>
    /// The argument or input field whose default value applies at the current value position, or null when
    /// none applies (graphql-js <c>getDefaultValue()</c> is then undefined).
    /// </summary>
    public InputValueDefinition? GetDefaultValueDefinition() => Top(_defaultValueStack);

    public DirectiveDefinition? GetDirective() => _directive;

    public ArgumentDefinition? GetArgument() => _argument;

    public EnumValueDefinition? GetEnumValue() => _enumValue;

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>Updates the state for entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
            {
                var named = GetOutputType()?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType ? named : null);
                break;
            }
            case NodeKind.Field:
            {
                var field = (FieldNode)node;
                FieldDefinition? fieldDef = null;
                if (GetParentType() is NamedType parent) fieldDef = _schema.GetField(parent, field.Name.Value);
                var fieldType = fieldDef?.Type;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldType is not null && fieldType.IsOutputType ? fieldType : null);
                break;
            }
            case NodeKind.Directive:
                _directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _typeStack.Add(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
            {
                var condition = node is InlineFragmentNode inline ? inline.TypeCondition : ((FragmentDefinitionNode)node).TypeCondition;
                var outputType = condition is not null ? TypeFromAst(_schema, condition) : GetOutputType()?.GetNamedType();
                _typeStack.Add(outputType is not null && outputType.IsOutputType ? outputType : null);
                break;
            }
            case NodeKind.VariableDefinition:
            {
                var inputType = TypeFromAst(_schema, ((VariableDefinitionNode)node).Type);
                _inputTypeStack.Add(inputType is not null && inputType.IsInputType ? inputType : null);
                break;
            }
            case NodeKind.Argument:
            {
                var name = ((ArgumentNode)node).Name.Value;
                ArgumentDefinition? argDef = null;
                if (_directive is not null) argDef = _directive.GetArgument(name);
                else if (GetFieldDef() is { } fieldDef) argDef = fieldDef.GetArgument(name);
                _argument = argDef;
                _defaultValueStack.Add(argDef is { HasDefaultValue: true } ? argDef : null);
                _inputTypeStack.Add(argDef is not null && argDef.Type.IsInputType ? argDef.Type : null);
                break;
            }
            case NodeKind.ListValue:
            {
                var listType = GetInputType()?.GetNullableType();
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(listType is ListType list ? list.OfType : null);
                break;
            }
            case NodeKind.ObjectField:
            {
                InputFieldDefinition? inputField = null;
                if (GetInputType()?.GetNamedType() is InputObjectType objectType)
                    inputField = objectType.GetField(((ObjectFieldNode)node).Name.Value);
                _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? inputField : null);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType ? inputField.Type : null);
                break;
            }
            case NodeKind.EnumValue:
                _enumValue = GetInputType()?.GetNamedType() is EnumType enumType
                    ? enumType.GetValue(((EnumValueNode)node).Value)
                    : null;
                break;
        }
    }

    /// <summary>Restores the state for leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                _directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                _argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                _enumValue = null;
                break;
        }
    }

    /// <summary>The schema type a type reference names, or null when a named type is unknown (graphql-js <c>typeFromAST</c>).</summary>
    public static GraphQLType? TypeFromAst(GraphQLSchema schema, TypeNode typeNode)
    {
        switch (typeNode)
        {
            case NamedTypeNode named:
                return schema.GetType(named.Name.Value);
            case ListTypeNode list:
                return TypeFromAst(schema, list.Type)?.List();
            case NonNullTypeNode nonNull:
            {
                var inner = TypeFromAst(schema, nonNull.Type);
                return inner is null or NonNullType ? null : inner.NonNull();
            }
            default:
                return null;
        }
    }
}

/// <summary>
/// Wraps a visitor so that a <see cref="TypeInfo"/> follows the traversal (graphql-js <c>visitWithTypeInfo</c>):
/// the tracker enters a node before the visitor does and leaves it after, also when the visitor skips the node.
/// </summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, ASTVisitor inner) : ASTVisitor
{
    public override VisitAction Enter(Node node, VisitorContext context)
    {
        typeInfo.Enter(node);
        var action = inner.Enter(node, context);
        if (action != VisitAction.Continue) typeInfo.Leave(node);
        return action;
    }

    public override VisitAction Leave(Node node, VisitorContext context)
    {
        var action = inner.Leave(node, context);
        typeInfo.Leave(node);
        return action;
    }
}
