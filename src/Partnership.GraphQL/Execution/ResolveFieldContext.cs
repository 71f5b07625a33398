using System.Security.Claims;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Execution;

/// <summary>
/// The context one resolver call sees. Created only for fields with a resolver (the default resolver and
/// <c>__typename</c> need none); the response path is built on first use.
/// </summary>
internal sealed class ResolveFieldContext : IResolveFieldContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly OperationExecution _execution;
    private readonly CollectedField _field;
    private readonly ResultNode _parent;
    private readonly int _index;
    private ResponsePath? _path;

    public ResolveFieldContext(OperationExecution execution, ObjectType parentType, object? source, CollectedField field,
        IReadOnlyDictionary<string, object?>? arguments, ResultNode parent, int index)
    {
        _execution = execution;
        ParentType = parentType;
        Source = source;
        _field = field;
        Arguments = arguments ?? NoArguments;
        _parent = parent;
        _index = index;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition FieldDefinition => _field.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public ObjectType ParentType { get; }

    public GraphQLType ReturnType => _field.Definition.Type;

    public ResponsePath Path => _path ??= _parent.PathOf(_index);

    public GraphQLSchema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;

    public object? RootValue => _execution.RootValue;

    public IServiceProvider? Services => _execution.Services;

    public ClaimsPrincipal? User => _execution.User;

    public IDictionary<string, object?> ContextData => _execution.ContextData;

    public CancellationToken CancellationToken => _execution.CancellationToken;
}
