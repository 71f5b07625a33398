namespace Partnership.GraphQL.Language;

// Type system definitions and extensions (SDL), named as graphql-js names them.

/// <summary>A type system definition: schema, type or directive.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode { }

/// <summary>A schema or type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode { }

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;
    public StringValueNode? Description { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

public sealed class OperationTypeDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
    public required OperationType Operation { get; init; }
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A scalar, object, interface, union, enum or input object definition.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class FieldDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.FieldDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    public required TypeNode Type { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class EnumValueDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    /// <summary>Directives applied to the definition (graphql-js 17: between arguments and <c>repeatable</c>).</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public bool Repeatable { get; init; }
    public required IReadOnlyList<NameNode> Locations { get; init; }
}

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.SchemaExtension;
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>extend directive @name</c> with directives (graphql-js 17 <c>DirectiveExtensionNode</c>).</summary>
public sealed class DirectiveExtensionNode : TypeSystemExtensionNode
{
    public override NodeKind Kind => NodeKind.DirectiveExtension;
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
