using System.Text.Json;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// A node of the result tree: an object or a list whose slots completion writes into. Each node knows its slot in
/// its parent so a null can propagate upward without exceptions, and the response path is built from these links
/// only when something (an error, a resolver) asks for it.
/// </summary>
internal abstract class ResultNode : IResultWriter
{
    private ResponsePath? _path;

    protected ResultNode(ResultNode? parent, int parentIndex, bool nonNullSlot, int size)
    {
        Parent = parent;
        ParentIndex = parentIndex;
        NonNullSlot = nonNullSlot;
        Values = size == 0 ? [] : new object?[size];
    }

    public ResultNode? Parent { get; }

    public int ParentIndex { get; }

    /// <summary>Whether this node sits in a non-null position (a null here nulls the parent).</summary>
    public bool NonNullSlot { get; }

    /// <summary>The slots: null, a leaf value (string, bool, number, JsonElement) or a child node.</summary>
    public object?[] Values { get; }

    /// <summary>Set when null propagation replaced this node (or an ancestor did): its later errors are dropped.</summary>
    public volatile bool Dead;

    /// <summary>The response path of this node (null for the root object).</summary>
    public ResponsePath? Path => Parent is null ? null : _path ??= Parent.PathOf(ParentIndex);

    /// <summary>The response path of one slot.</summary>
    public abstract ResponsePath PathOf(int index);

    /// <summary>True when this node or an ancestor was nulled by propagation.</summary>
    public bool IsDeadOrUnderDead()
    {
        for (var n = this; n is not null; n = n.Parent)
        {
            if (n.Dead) return true;
        }
        return false;
    }

    public abstract void WriteTo(Utf8JsonWriter writer);

    protected static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case double d: writer.WriteNumberValue(d); break;
            case ResultNode node: node.WriteTo(writer); break;
            default: JsonValueWriter.Write(writer, value); break;
        }
    }
}

/// <summary>An object in the result: the collected fields of one object type, in collected order.</summary>
internal sealed class ResultMap : ResultNode
{
    public ResultMap(ResultNode? parent, int parentIndex, bool nonNullSlot, ObjectType type, CollectedFields fields)
        : base(parent, parentIndex, nonNullSlot, fields.Count)
    {
        Type = type;
        Fields = fields;
    }

    public ObjectType Type { get; }

    public CollectedFields Fields { get; }

    public override ResponsePath PathOf(int index) => new(Path, Fields[index].ResponseKey, Type.Name);

    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        var values = Values;
        for (int i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(Fields[i].EncodedKey);
            WriteValue(writer, values[i]);
        }
        writer.WriteEndObject();
    }
}

/// <summary>A list in the result.</summary>
internal sealed class ResultList : ResultNode
{
    public ResultList(ResultNode parent, int parentIndex, bool nonNullSlot, int count)
        : base(parent, parentIndex, nonNullSlot, count)
    {
    }

    public override ResponsePath PathOf(int index) => new(Path, index, null);

    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var value in Values) WriteValue(writer, value);
        writer.WriteEndArray();
    }
}
