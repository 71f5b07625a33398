namespace Partnership.GraphQL.Language;

// The abstract syntax tree, one class per graphql-js node kind (graphql-js src/language/ast.ts).
// Lists are never null: an absent list is an empty array. Every node a parser makes carries its Location.

/// <summary>The kind of an AST node, named as graphql-js's <c>Kind</c>.</summary>
public enum NodeKind
{
    Name, Document, OperationDefinition, VariableDefinition, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition, Variable,
    IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField,
    Directive, NamedType, ListType, NonNullType,
    SchemaDefinition, OperationTypeDefinition, ScalarTypeDefinition, ObjectTypeDefinition, FieldDefinition,
    InputValueDefinition, InterfaceTypeDefinition, UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition,
    InputObjectTypeDefinition, DirectiveDefinition,
    SchemaExtension, ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    EnumTypeExtension, InputObjectTypeExtension,
    /// <summary><c>extend directive @name @directives</c> (graphql-js 17).</summary>
    DirectiveExtension,
}

public enum OperationType { Query, Mutation, Subscription }

/// <summary>Base of every AST node.</summary>
public abstract class Node
{
    // The parser records where a node sits as two offsets; the Location object is made on first use, since
    // most nodes are never asked for theirs (only error reporting is) and a parse then allocates a third less.
    private Location? _location;
    private Source? _source;
    private int _start;
    private int _end;

    public abstract NodeKind Kind { get; }

    /// <summary>Where the node sits in its source (byte offsets, end exclusive); null when parsed without locations.</summary>
    public Location? Location
    {
        get => _location ?? (_source is null ? null : _location = new Location(_start, _end, _source));
        init => _location = value;
    }

    /// <summary>Set by the parser instead of <see cref="Location"/>; a default span means no location.</summary>
    internal SourceSpan Span
    {
        init
        {
            _source = value.Source;
            _start = value.Start;
            _end = value.End;
        }
    }
}

/// <summary>A node's place in its source as the parser records it, before any <see cref="Location"/> is made.</summary>
internal readonly record struct SourceSpan(Source? Source, int Start, int End);

public sealed class NameNode : Node
{
    public NameNode(string value) => Value = value;
    public override NodeKind Kind => NodeKind.Name;
    public string Value { get; }
}

public sealed class DocumentNode : Node
{
    public override NodeKind Kind => NodeKind.Document;
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
    /// <summary>How many tokens the lexer read, for limits and for graphql-js's <c>tokenCount</c>.</summary>
    public int TokenCount { get; init; }
}

/// <summary>Any top-level definition: executable, type system definition or extension.</summary>
public abstract class DefinitionNode : Node { }

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.OperationDefinition;
    public required OperationType Operation { get; init; }
    public NameNode? Name { get; init; }
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

public sealed class VariableDefinitionNode : Node
{
    public override NodeKind Kind => NodeKind.VariableDefinition;
    public StringValueNode? Description { get; init; }
    public required VariableNode Variable { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SelectionSetNode : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : Node
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class FieldNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;
    public NameNode? Alias { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
    public SelectionSetNode? SelectionSet { get; init; }
    /// <summary>The response key: the alias if there is one, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed class ArgumentNode : Node
{
    public override NodeKind Kind => NodeKind.Argument;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;
    public required NameNode Name { get; init; }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; init; }
    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;
    public required NameNode Name { get; init; }
    public required NamedTypeNode TypeCondition { get; init; }
}

// ---- Values ----

public abstract class ValueNode : Node { }

public sealed class VariableNode : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;
    public required NameNode Name { get; init; }
}

public sealed class IntValueNode : ValueNode
{
    public IntValueNode(string value) => Value = value;
    public override NodeKind Kind => NodeKind.IntValue;
    /// <summary>The literal as written (graphql-js keeps it as a string).</summary>
    public string Value { get; }
}

public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(string value) => Value = value;
    public override NodeKind Kind => NodeKind.FloatValue;
    public string Value { get; }
}

public sealed class StringValueNode : ValueNode
{
    public StringValueNode(string value, bool block = false) { Value = value; Block = block; }
    public override NodeKind Kind => NodeKind.StringValue;
    /// <summary>The string after escapes (or block-string indentation) are processed.</summary>
    public string Value { get; }
    public bool Block { get; }
}

public sealed class BooleanValueNode : ValueNode
{
    public BooleanValueNode(bool value) => Value = value;
    public override NodeKind Kind => NodeKind.BooleanValue;
    public bool Value { get; }
}

public sealed class NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(string value) => Value = value;
    public override NodeKind Kind => NodeKind.EnumValue;
    public string Value { get; }
}

public sealed class ListValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

public sealed class ObjectValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

public sealed class ObjectFieldNode : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

// ---- Directives and type references ----

public sealed class DirectiveNode : Node
{
    public override NodeKind Kind => NodeKind.Directive;
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

public abstract class TypeNode : Node { }

public sealed class NamedTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;
    public required NameNode Name { get; init; }
}

public sealed class ListTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;
    public required TypeNode Type { get; init; }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;
    /// <summary>A <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>.</summary>
    public required TypeNode Type { get; init; }
}
