namespace Partnership.GraphQL.Language;

/// <summary>What a visitor callback asks of the traversal (graphql-js: <c>undefined</c>, <c>false</c>, <c>BREAK</c>).</summary>
public enum VisitAction
{
    /// <summary>Go on: into the node's children after Enter, to the next node after Leave.</summary>
    Continue,
    /// <summary>From Enter: do not visit this node's children, and do not call Leave for it. From Leave: same as Continue.</summary>
    Skip,
    /// <summary>Stop the whole traversal at once; no further Enter or Leave is called.</summary>
    Break,
}

/// <summary>
/// A visitor for <see cref="Visitor.Visit"/> with graphql-js <c>visit</c> semantics. Override the per-kind methods
/// (<c>EnterField</c>, <c>LeaveSelectionSet</c>, ...) for the kinds you care about, or <see cref="Enter"/> and
/// <see cref="Leave"/> to see every node. <see cref="ParallelVisitor"/> calls a visitor only for the kinds whose
/// methods it overrides, as graphql-js's <c>visitInParallel</c> does.
/// </summary>
public abstract class ASTVisitor
{
    /// <summary>Called when the traversal reaches a node, before its children. Dispatches to the per-kind method.</summary>
    public virtual VisitAction Enter(Node node, VisitorContext context) => node.Kind switch
    {
        NodeKind.Name => EnterName((NameNode)node, context),
        NodeKind.Document => EnterDocument((DocumentNode)node, context),
        NodeKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
        NodeKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
        NodeKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
        NodeKind.Field => EnterField((FieldNode)node, context),
        NodeKind.Argument => EnterArgument((ArgumentNode)node, context),
        NodeKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
        NodeKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
        NodeKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
        NodeKind.Variable => EnterVariable((VariableNode)node, context),
        NodeKind.IntValue => EnterIntValue((IntValueNode)node, context),
        NodeKind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
        NodeKind.StringValue => EnterStringValue((StringValueNode)node, context),
        NodeKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
        NodeKind.NullValue => EnterNullValue((NullValueNode)node, context),
        NodeKind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
        NodeKind.ListValue => EnterListValue((ListValueNode)node, context),
        NodeKind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
        NodeKind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
        NodeKind.Directive => EnterDirective((DirectiveNode)node, context),
        NodeKind.NamedType => EnterNamedType((NamedTypeNode)node, context),
        NodeKind.ListType => EnterListType((ListTypeNode)node, context),
        NodeKind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
        NodeKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node, context),
        NodeKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
        NodeKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
        NodeKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
        NodeKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node, context),
        NodeKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node, context),
        NodeKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
        NodeKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
        NodeKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
        NodeKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node, context),
        NodeKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
        NodeKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node, context),
        NodeKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node, context),
        NodeKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node, context),
        NodeKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node, context),
        NodeKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
        NodeKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node, context),
        NodeKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node, context),
        NodeKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
        NodeKind.DirectiveExtension => EnterDirectiveExtension((DirectiveExtensionNode)node, context),
        _ => VisitAction.Continue,
    };

    /// <summary>Called after a node's children (not when Enter skipped the node). Dispatches to the per-kind method.</summary>
    public virtual VisitAction Leave(Node node, VisitorContext context) => node.Kind switch
    {
        NodeKind.Name => LeaveName((NameNode)node, context),
        NodeKind.Document => LeaveDocument((DocumentNode)node, context),
        NodeKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node, context),
        NodeKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node, context),
        NodeKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node, context),
        NodeKind.Field => LeaveField((FieldNode)node, context),
        NodeKind.Argument => LeaveArgument((ArgumentNode)node, context),
        NodeKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node, context),
        NodeKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node, context),
        NodeKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node, context),
        NodeKind.Variable => LeaveVariable((VariableNode)node, context),
        NodeKind.IntValue => LeaveIntValue((IntValueNode)node, context),
        NodeKind.FloatValue => LeaveFloatValue((FloatValueNode)node, context),
        NodeKind.StringValue => LeaveStringValue((StringValueNode)node, context),
        NodeKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node, context),
        NodeKind.NullValue => LeaveNullValue((NullValueNode)node, context),
        NodeKind.EnumValue => LeaveEnumValue((EnumValueNode)node, context),
        NodeKind.ListValue => LeaveListValue((ListValueNode)node, context),
        NodeKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node, context),
        NodeKind.ObjectField => LeaveObjectField((ObjectFieldNode)node, context),
        NodeKind.Directive => LeaveDirective((DirectiveNode)node, context),
        NodeKind.NamedType => LeaveNamedType((NamedTypeNode)node, context),
        NodeKind.ListType => LeaveListType((ListTypeNode)node, context),
        NodeKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node, context),
        NodeKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node, context),
        NodeKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
        NodeKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
        NodeKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
        NodeKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node, context),
        NodeKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node, context),
        NodeKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
        NodeKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
        NodeKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
        NodeKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node, context),
        NodeKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
        NodeKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node, context),
        NodeKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node, context),
        NodeKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node, context),
        NodeKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node, context),
        NodeKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
        NodeKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node, context),
        NodeKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node, context),
        NodeKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
        NodeKind.DirectiveExtension => LeaveDirectiveExtension((DirectiveExtensionNode)node, context),
        _ => VisitAction.Continue,
    };

    public virtual VisitAction EnterName(NameNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveName(NameNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterDocument(DocumentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveDocument(DocumentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveOperationDefinition(OperationDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveVariableDefinition(VariableDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterSelectionSet(SelectionSetNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveSelectionSet(SelectionSetNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterField(FieldNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveField(FieldNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterArgument(ArgumentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveArgument(ArgumentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveFragmentSpread(FragmentSpreadNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInlineFragment(InlineFragmentNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveFragmentDefinition(FragmentDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterVariable(VariableNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveVariable(VariableNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterIntValue(IntValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveIntValue(IntValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterFloatValue(FloatValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveFloatValue(FloatValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterStringValue(StringValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveStringValue(StringValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterBooleanValue(BooleanValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveBooleanValue(BooleanValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterNullValue(NullValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveNullValue(NullValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterEnumValue(EnumValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveEnumValue(EnumValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterListValue(ListValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveListValue(ListValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterObjectValue(ObjectValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveObjectValue(ObjectValueNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterObjectField(ObjectFieldNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveObjectField(ObjectFieldNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterDirective(DirectiveNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveDirective(DirectiveNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterNamedType(NamedTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveNamedType(NamedTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterListType(ListTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveListType(ListTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterNonNullType(NonNullTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveNonNullType(NonNullTypeNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveSchemaDefinition(SchemaDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveFieldDefinition(FieldDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInputValueDefinition(InputValueDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveEnumValueDefinition(EnumValueDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveSchemaExtension(SchemaExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveUnionTypeExtension(UnionTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveEnumTypeExtension(EnumTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction EnterDirectiveExtension(DirectiveExtensionNode node, VisitorContext context) => VisitAction.Continue;
    public virtual VisitAction LeaveDirectiveExtension(DirectiveExtensionNode node, VisitorContext context) => VisitAction.Continue;
}
