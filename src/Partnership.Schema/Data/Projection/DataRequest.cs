using System.Linq.Expressions;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data.Projection;

/// <summary>
/// One data query's view of the request: the caller, the policy, and what selection collection needs
/// (fragments, variables, schema). Policy answers are cached here so each field is decided once per query.
/// </summary>
internal sealed class DataRequest
{
    private readonly Dictionary<(EntityField, FieldUsage), FieldAccess> _access = [];
    private readonly Dictionary<EntityType, LambdaExpression?> _rowFilters = [];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.MethodInfo> RowFilterMethods = new();

    public DataRequest(DataSchema data, IDataPolicy policy, DataCaller caller,
        IReadOnlyDictionary<string, FragmentDefinitionNode>? fragments = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        GraphQLSchema? schema = null)
    {
        Data = data;
        Policy = policy;
        Caller = caller;
        Fragments = fragments ?? new Dictionary<string, FragmentDefinitionNode>();
        Variables = variables ?? new Dictionary<string, object?>();
        Schema = schema;
    }

    public static DataRequest From(IResolveFieldContext context, DataSchema data)
    {
        // The schema's own policy wins: a policy registered in the services (by mistake, or by a library) cannot replace it.
        var policy = data.Options.Policy ?? context.Services?.GetService(typeof(IDataPolicy)) as IDataPolicy
            ?? throw new InvalidOperationException("No IDataPolicy is set in DataOptions.Policy or registered in the request services.");
        return new DataRequest(data, policy, new DataCaller(context.User, context.Services, context.ContextData),
            context.Fragments, context.VariableValues, context.Schema)
        { Gate = GateOf(context) };
    }

    /// <summary>The request's database gate (see <see cref="Gate"/>), for hand-written resolvers that query the same DbContext.</summary>
    public static SemaphoreSlim GateOf(IResolveFieldContext context)
    {
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(GateKey, out var existing) && existing is SemaphoreSlim s) return s;
            var gate = new SemaphoreSlim(1, 1);
            context.ContextData[GateKey] = gate;
            return gate;
        }
    }

    private const string GateKey = "Partnership.Schema.Data.Gate";

    /// <summary>
    /// Serialises this request's database work: the executor resolves sibling fields concurrently, and a DbContext
    /// allows one operation at a time.
    /// </summary>
    public SemaphoreSlim Gate { get; private init; } = new(1, 1);

    public DataSchema Data { get; }
    public IDataPolicy Policy { get; }
    public DataCaller Caller { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public GraphQLSchema? Schema { get; }

    /// <summary>The EF Core model of the queried context (navigations and their inverses), when the source is an EF Core query.</summary>
    public Microsoft.EntityFrameworkCore.Metadata.IModel? Model { get; private set; }

    /// <summary>Learns the model from a query's root (an EF Core entity set); other sources leave it unknown.</summary>
    public void UseModelOf(System.Linq.IQueryable source)
    {
        if (Model is not null) return;
        var e = source.Expression;
        while (e is MethodCallExpression call && call.Arguments.Count > 0) e = call.Arguments[0];
        if (e is Microsoft.EntityFrameworkCore.Query.EntityQueryRootExpression root) Model = root.EntityType.Model;
    }

    public FieldAccess Access(EntityField field, FieldUsage usage)
    {
        if (_access.TryGetValue((field, usage), out var access)) return access;
        access = Policy.Authorize(field, usage, Caller) ?? FieldAccess.Denied;
        if (access.Condition is { } c && (c.Parameters.Count != 1 || c.Parameters[0].Type != field.DeclaringType.ClrType || c.ReturnType != typeof(bool)))
            throw new InvalidOperationException($"The policy's condition for \"{field}\" must be an Expression<Func<{field.DeclaringType.ClrType.Name}, bool>>.");
        return _access[(field, usage)] = access;
    }

    /// <summary>The policy's row rule for an entity (typed as <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>), or null.</summary>
    public LambdaExpression? RowFilter(EntityType entity)
    {
        if (_rowFilters.TryGetValue(entity, out var filter)) return filter;
        var method = RowFilterMethods.GetOrAdd(entity.ClrType, static t => typeof(IDataPolicy).GetMethod(nameof(IDataPolicy.RowFilter))!.MakeGenericMethod(t));
        filter = (LambdaExpression?)method.Invoke(Policy, [entity, Caller]);
        return _rowFilters[entity] = filter;
    }
}

/// <summary>Expression helpers: inline a lambda's body over another expression.</summary>
internal static class Lambda
{
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new Replacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class Replacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>A value EF Core sends as a parameter (a captured closure member), never inlined as a literal.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<T>(T value)
    {
#pragma warning disable CS0649 // read through the expression tree
        public readonly T Value = value;
#pragma warning restore CS0649
    }
}
