using System.Text.Json;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>One response key of a grouped field set: the merged field nodes and the field they select.</summary>
internal sealed class CollectedField
{
    private SubfieldsEntry? _lastSubfields;
    private Dictionary<ObjectType, CollectedFields>? _moreSubfields;
    private IReadOnlyDictionary<string, object?>? _arguments;

    public CollectedField(string responseKey, FieldNode first, FieldDefinition definition)
    {
        ResponseKey = responseKey;
        EncodedKey = JsonEncodedText.Encode(responseKey);
        Nodes = [first];
        Definition = definition;
        var named = definition.Type.GetNamedType();
        NeedsContext = named is IAbstractType || (named is ObjectType o && o.IsTypeOf is not null);
    }

    /// <summary>True when completion calls a type resolver or IsTypeOf, which take the resolver context.</summary>
    public bool NeedsContext { get; }

    public string ResponseKey { get; }

    /// <summary>The key pre-encoded for <see cref="Utf8JsonWriter"/>.</summary>
    public JsonEncodedText EncodedKey { get; }

    /// <summary>Every node with this response key, in document order (graphql-js <c>fieldDetailsList</c>).</summary>
    public List<FieldNode> Nodes { get; }

    public FieldNode FirstNode => Nodes[0];

    public FieldDefinition Definition { get; }

    /// <summary>True when the plan this field belongs to may keep its coerced arguments (see <see cref="DocumentPlan"/>).</summary>
    public bool CanCacheArguments { get; init; }

    public IReadOnlyDictionary<string, object?>? CachedArguments
    {
        get => _arguments;
        set => _arguments = value;
    }

    /// <summary>The sub-selection of this field for a runtime type, collected once and reused for every item.</summary>
    public CollectedFields GetSubfields(OperationExecution execution, ObjectType runtimeType)
    {
        var last = _lastSubfields;
        if (last is not null && ReferenceEquals(last.Type, runtimeType)) return last.Fields;
        lock (this)
        {
            if (_moreSubfields is not null && _moreSubfields.TryGetValue(runtimeType, out var found))
            {
                _lastSubfields = new SubfieldsEntry(runtimeType, found);
                return found;
            }
            var fields = execution.Collector.CollectSubfields(runtimeType, Nodes);
            (_moreSubfields ??= new Dictionary<ObjectType, CollectedFields>(ReferenceEqualityComparer.Instance))[runtimeType] = fields;
            _lastSubfields = new SubfieldsEntry(runtimeType, fields);
            return fields;
        }
    }

    private sealed record SubfieldsEntry(ObjectType Type, CollectedFields Fields);
}

/// <summary>A grouped field set (graphql-js <c>GroupedFieldSet</c>) for one object type, in collected order.</summary>
internal sealed class CollectedFields
{
    public static readonly CollectedFields Empty = new([]);

    private readonly CollectedField[] _fields;

    public CollectedFields(CollectedField[] fields) => _fields = fields;

    public int Count => _fields.Length;

    public CollectedField this[int index] => _fields[index];
}

/// <summary>
/// What execution learns about a document that does not depend on variable values: the collected fields of each
/// selection and the coerced arguments of variable-free fields. Cached with the document, so a repeated query
/// neither re-collects fields nor re-coerces literal arguments. A document whose <c>@skip</c>/<c>@include</c> use
/// variables gets a fresh plan per execution.
/// </summary>
internal sealed class DocumentPlan
{
    private readonly Dictionary<OperationDefinitionNode, CollectedFields> _roots = new(ReferenceEqualityComparer.Instance);

    public DocumentPlan(DocumentNode document)
    {
        Document = document;
        Shareable = !UsesVariablesInConditions(document);
        Fragments = CollectFragments(document);
    }

    /// <summary>The document's fragments by name (the last of a name wins, as graphql-js).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public static IReadOnlyDictionary<string, FragmentDefinitionNode> CollectFragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) fragments[fragment.Name.Value] = fragment;
        }
        return fragments;
    }

    public DocumentNode Document { get; }

    /// <summary>False when field collection depends on variables (then each execution collects for itself).</summary>
    public bool Shareable { get; }

    public bool TryGetRoot(OperationDefinitionNode operation, out CollectedFields fields)
    {
        lock (_roots) return _roots.TryGetValue(operation, out fields!);
    }

    public void SetRoot(OperationDefinitionNode operation, CollectedFields fields)
    {
        lock (_roots) _roots[operation] = fields;
    }

    private static bool UsesVariablesInConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable && Scan(executable.SelectionSet)) return true;
        }
        return false;

        static bool Scan(SelectionSetNode set)
        {
            foreach (var selection in set.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            if (argument.Value is not BooleanValueNode) return true;
                        }
                    }
                }
                var child = selection switch
                {
                    FieldNode f => f.SelectionSet,
                    InlineFragmentNode i => i.SelectionSet,
                    _ => null,
                };
                if (child is not null && Scan(child)) return true;
            }
            return false;
        }
    }
}
