using System.Security.Claims;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Tests.Types;

/// <summary>A hand-filled resolver context: the executor supplies the real one.</summary>
internal sealed class FakeResolveFieldContext : IResolveFieldContext
{
    public object? Source { get; init; }
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();
    public FieldDefinition FieldDefinition { get; init; } = null!;
    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];
    public ObjectType ParentType { get; init; } = null!;
    public GraphQLType ReturnType => FieldDefinition.Type;
    public ResponsePath Path { get; init; } = new(null, "field", null);
    public GraphQLSchema Schema { get; init; } = null!;
    public OperationDefinitionNode Operation { get; init; } = null!;
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; } = new Dictionary<string, FragmentDefinitionNode>();
    public IReadOnlyDictionary<string, object?> VariableValues { get; init; } = new Dictionary<string, object?>();
    public object? RootValue { get; init; }
    public IServiceProvider? Services { get; init; }
    public ClaimsPrincipal? User { get; init; }
    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Runs the field's resolver on a parent value, as the executor would.</summary>
    public static async Task<object?> Resolve(ObjectType parent, string field, object? source, GraphQLSchema? schema = null,
        IReadOnlyDictionary<string, object?>? args = null, IServiceProvider? services = null)
    {
        var def = schema?.GetField(parent, field) ?? parent.GetField(field)!;
        var context = new FakeResolveFieldContext
        {
            Source = source,
            FieldDefinition = def,
            ParentType = parent,
            Schema = schema!,
            Arguments = args ?? new Dictionary<string, object?>(),
            Services = services,
        };
        return await def.Resolver!(context);
    }
}
