using System.Collections;
using System.Security.Claims;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.Schema.Data.Projection;

namespace Partnership.Schema.Tests.Data;

/// <summary>
/// A small sequential executor for the data tests until the engine's executor is merged: resolves a query
/// document against a schema with the fields' own resolvers and completes values as GraphQL does (no validation).
/// </summary>
internal sealed class MiniExecutor(GraphQLSchema schema, IServiceProvider? services = null, ClaimsPrincipal? user = null)
{
    public sealed record Result(Dictionary<string, object?>? Data, List<GraphQLError> Errors);

    public async Task<Result> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var state = new State(operation, fragments, variables ?? new Dictionary<string, object?>(), new Dictionary<string, object?>());
        var errors = new List<GraphQLError>();
        var data = await CompleteObjectAsync(schema.QueryType!, null, [operation.SelectionSet], null, state, errors);
        return new Result(data, errors);
    }

    private sealed record State(OperationDefinitionNode Operation, Dictionary<string, FragmentDefinitionNode> Fragments,
        IReadOnlyDictionary<string, object?> Variables, IDictionary<string, object?> ContextData);

    private async Task<Dictionary<string, object?>?> CompleteObjectAsync(ObjectType type, object? source, IEnumerable<SelectionSetNode?> sets,
        ResponsePath? path, State state, List<GraphQLError> errors)
    {
        var request = new DataRequest(new Partnership.Schema.Data.DataSchema(), Partnership.Schema.Data.AllowAllPolicy.Instance,
            new Partnership.Schema.Data.DataCaller(null, null), state.Fragments, state.Variables, schema);
        var result = new Dictionary<string, object?>();
        foreach (var (key, nodes) in SelectionCollector.Collect(type, sets, request))
        {
            var name = nodes[0].Name.Value;
            if (name == "__typename") { result[key] = type.Name; continue; }
            var field = type.GetField(name)!;
            var fieldPath = new ResponsePath(path, key, type.Name);
            object? value;
            try
            {
                var context = new Context(source, Arguments(field, nodes[0], state.Variables), field, nodes, type, fieldPath, schema, state, services, user);
                value = field.Resolver is null ? null : await field.Resolver(context);
            }
            catch (Exception e)
            {
                errors.Add(Located(e, nodes[0], fieldPath));
                if (field.Type.IsNonNull) return null;
                result[key] = null;
                continue;
            }
            var completed = await CompleteAsync(field.Type, value, nodes, fieldPath, state, errors);
            if (completed is null && field.Type.IsNonNull)
            {
                if (value is not null || !errors.Any()) errors.Add(new GraphQLError($"Cannot return null for non-nullable field {type.Name}.{name}.", path: fieldPath.ToList()));
                return null;
            }
            result[key] = completed;
        }
        return result;
    }

    private async Task<object?> CompleteAsync(GraphQLType type, object? value, List<FieldNode> nodes, ResponsePath path, State state, List<GraphQLError> errors)
    {
        if (type is NonNullType nonNull) return await CompleteAsync(nonNull.OfType, value, nodes, path, state, errors);
        if (value is null) return null;
        switch (type)
        {
            case ListType list:
                var items = new List<object?>();
                var i = 0;
                foreach (var item in (IEnumerable)value)
                {
                    var completed = await CompleteAsync(list.OfType, item, nodes, path.Add(i++, null), state, errors);
                    if (completed is null && list.OfType.IsNonNull) return null;
                    items.Add(completed);
                }
                return items;
            case ILeafType leaf:
                return leaf.CoerceOutputValue(value);
            case InterfaceType iface:
                var name = iface.ResolveType!(value, null!, iface);
                return await CompleteObjectAsync((ObjectType)schema.GetType(name!)!, value, nodes.Select(n => n.SelectionSet), path, state, errors);
            case ObjectType obj:
                return await CompleteObjectAsync(obj, value, nodes.Select(n => n.SelectionSet), path, state, errors);
        }
        throw new InvalidOperationException("Unexpected type " + type);
    }

    private static GraphQLError Located(Exception e, FieldNode node, ResponsePath path) => e is GraphQLError g
        ? new GraphQLError(g.Message, [node], path.ToList(), g.Extensions)
        : new GraphQLError(e.Message, [node], path.ToList(), originalError: e);

    private static Dictionary<string, object?> Arguments(FieldDefinition field, FieldNode node, IReadOnlyDictionary<string, object?> variables)
    {
        var result = new Dictionary<string, object?>();
        foreach (var arg in field.Arguments)
        {
            var given = node.Arguments.FirstOrDefault(a => a.Name.Value == arg.Name);
            if (given is null)
            {
                if (arg.HasDefaultValue) result[arg.Name] = arg.DefaultValue;
                continue;
            }
            if (given.Value is VariableNode v && !variables.ContainsKey(v.Name.Value)) continue;
            if (!ValueFromAst.TryGetValue(given.Value, arg.Type, variables, out var value))
                throw new GraphQLError($"Argument \"{arg.Name}\" has invalid value {Printer.Print(given.Value)}.", given);
            result[arg.Name] = value;
        }
        return result;
    }

    private sealed class Context(object? source, IReadOnlyDictionary<string, object?> arguments, FieldDefinition definition, List<FieldNode> nodes,
        ObjectType parent, ResponsePath path, GraphQLSchema schema, State state, IServiceProvider? services, ClaimsPrincipal? user) : IResolveFieldContext
    {
        public object? Source => source;
        public IReadOnlyDictionary<string, object?> Arguments => arguments;
        public FieldDefinition FieldDefinition => definition;
        public IReadOnlyList<FieldNode> FieldNodes => nodes;
        public ObjectType ParentType => parent;
        public GraphQLType ReturnType => definition.Type;
        public ResponsePath Path => path;
        public GraphQLSchema Schema => schema;
        public OperationDefinitionNode Operation => state.Operation;
        public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => state.Fragments;
        public IReadOnlyDictionary<string, object?> VariableValues => state.Variables;
        public object? RootValue => null;
        public IServiceProvider? Services => services;
        public ClaimsPrincipal? User => user;
        public IDictionary<string, object?> ContextData => state.ContextData;
        public CancellationToken CancellationToken => CancellationToken.None;
    }
}
