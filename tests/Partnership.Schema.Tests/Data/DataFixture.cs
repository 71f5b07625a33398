using System.Linq.Expressions;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;

namespace Partnership.Schema.Tests.Data;

public enum TestCategory { Identity, Contact, PlanDetail, Secret }

/// <summary>A policy the tests configure: row rules per entity CLR type and a field decision function.</summary>
internal sealed class TestPolicy : IDataPolicy
{
    public Dictionary<Type, LambdaExpression> Rows { get; } = [];
    public Func<EntityField, FieldUsage, FieldAccess> Fields { get; set; } = (_, _) => FieldAccess.Allowed;

    public Expression<Func<T, bool>>? RowFilter<T>(EntityType<T> entity, DataCaller caller) where T : class =>
        Rows.TryGetValue(typeof(T), out var rule) ? (Expression<Func<T, bool>>)rule : null;

    public FieldAccess Authorize(EntityField field, FieldUsage usage, DataCaller caller) => Fields(field, usage);
}

internal sealed class Services(TestDb db, IDataPolicy policy) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(TestDb) ? db : serviceType == typeof(IDataPolicy) ? policy : null;
}

/// <summary>The test schema over the small model: people with an authority, plans and plan actions.</summary>
internal sealed class DataFixture : IDisposable
{
    /// <summary>A custom scalar for a value object: serialises and parses the wrapper.</summary>
    public static readonly ScalarType CaseRefScalar = new("CaseRef")
    {
        Serialize = v => ((CaseRef)v!).Value,
        ParseValue = v => new CaseRef((string)v!),
        ParseLiteral = n => new CaseRef(((Partnership.GraphQL.Language.StringValueNode)n).Value),
    };

    public DataFixture(DataOptions? options = null, bool seed = true)
    {
        Database = new TestDatabase(seed);
        Db = Database.NewContext();
        Data = new DataSchema(options);
        EntityType<PlanAction> action = null!;
        EntityType<Plan> plan = null!;
        Authority = Data.Entity<Authority>("Authority", e =>
        {
            e.Key(a => a.Id);
            e.Id(ctx => ctx.GetRequiredService<TestDb>().Authorities).Category(TestCategory.Identity);
            e.Field("code", a => a.Code).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("name", a => a.Name).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("phone", a => a.Phone).Category(TestCategory.Contact).Filterable();
        });
        action = Data.Entity<PlanAction>("PlanAction", e =>
        {
            e.Key(a => a.Id);
            e.Field("text", a => a.Text).Category(TestCategory.PlanDetail).Filterable();
            e.Field("done", a => a.Done).Category(TestCategory.PlanDetail).Filterable();
        });
        plan = Data.Entity<Plan>("Plan", e =>
        {
            e.Key(p => p.Id);
            e.Id(ctx => ctx.GetRequiredService<TestDb>().Plans).Category(TestCategory.PlanDetail);
            e.Field("kind", p => p.Kind).Category(TestCategory.PlanDetail).Filterable().Sortable();
            e.Field("start", p => p.Start).Category(TestCategory.PlanDetail).Filterable().Sortable();
            e.Field("end", p => p.End).Category(TestCategory.PlanDetail).Filterable();
            e.Field("notes", p => p.Notes).Category(TestCategory.Secret).Filterable();
            e.List("actions", p => p.Actions, () => action).Category(TestCategory.PlanDetail).Filterable();
        });
        Person = Data.Entity<Person>("Person", e =>
        {
            e.Key(p => p.Id);
            e.Id(ctx => ctx.GetRequiredService<TestDb>().People).Category(TestCategory.Identity).Filterable();
            e.Field("nhsNumber", p => p.NhsNumber).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("firstName", p => p.FirstName).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("lastName", p => p.LastName).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("fullName", p => p.FirstName + " " + p.LastName).Category(TestCategory.Identity);
            e.Field("dateOfBirth", p => p.DateOfBirth).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("createdAt", p => p.CreatedAt).Category(TestCategory.Identity).Filterable().Sortable();
            e.Field("score", p => p.Score).Category(TestCategory.Contact).Filterable().Sortable();
            e.Field("weight", p => p.Weight).Category(TestCategory.Contact).Filterable().Sortable();
            e.Field("active", p => p.Active).Category(TestCategory.Contact).Filterable().Sortable();
            e.Field("reference", p => p.Reference).Category(TestCategory.Identity).Filterable();
            e.Field("caseRef", p => p.CaseRef).Type(CaseRefScalar).Category(TestCategory.Identity).Filterable();
            e.Field("secret", p => p.Secret).Category(TestCategory.Secret).Filterable().Sortable();
            e.Field("planCount", p => p.Plans.Count).Category(TestCategory.PlanDetail);
            e.Reference("authority", p => p.Authority, () => Authority).Category(TestCategory.Identity).Filterable().Sortable();
            e.List("plans", p => p.Plans, () => plan).Category(TestCategory.PlanDetail).Filterable();
        });
        var query = new ObjectType("Query", t =>
        {
            t.Connection("people", Person, ctx => ctx.GetRequiredService<TestDb>().People);
            t.Connection("authorities", Authority, ctx => ctx.GetRequiredService<TestDb>().Authorities);
            t.Connection("plans", plan, ctx => ctx.GetRequiredService<TestDb>().Plans);
            t.EntityList("peopleList", Person, ctx => ctx.GetRequiredService<TestDb>().People);
            t.Lookup("person", Person, ctx =>
            {
                var key = DataFields.KeyOf<int>(Person, ctx.GetArgument<string>("id")!);
                return ctx.GetRequiredService<TestDb>().People.Where(p => p.Id == key);
            }).Argument("id", Scalars.ID.NonNull());
            t.NodeFields(Data);
        });
        Schema = new GraphQLSchema(query, types: Data.Types);
        Runner = new GraphQLRunner(Schema);
    }

    private GraphQLRunner Runner { get; }

    public TestDatabase Database { get; }
    public TestDb Db { get; }
    public DataSchema Data { get; }
    public EntityType<Authority> Authority { get; }
    public EntityType<Person> Person { get; }
    public GraphQLSchema Schema { get; }
    public TestPolicy Policy { get; } = new();

    public Task<GraphQLRunner.Result> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        Runner.ExecuteAsync(query, variables, new Services(Db, Policy));

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<Dictionary<string, object?>> DataAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await RunAsync(query, variables);
        Assert.True(result.Errors.Count == 0, result.Json);
        return result.Data!;
    }

    public void Dispose()
    {
        Db.Dispose();
        Database.Dispose();
    }
}

internal static class ResultExtensions
{
    public static object? At(this object? value, params object[] path)
    {
        foreach (var segment in path)
        {
            value = segment switch
            {
                string key => ((Dictionary<string, object?>)value!)[key],
                int index => ((List<object?>)value!)[index],
                _ => throw new ArgumentException("bad segment"),
            };
        }
        return value;
    }

    public static List<object?> List(this object? value, params object[] path) => (List<object?>)value.At(path)!;

    /// <summary>The values of one field across a list of objects.</summary>
    public static List<object?> Pluck(this object? value, string field, params object[] path) =>
        value.List(path).Select(item => ((Dictionary<string, object?>)item!)[field]).ToList();
}
