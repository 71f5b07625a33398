using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Types;

public class CodeFirstTests
{
    private enum RiskLevel { Low, HighRisk, [Obsolete("Use HighRisk")] VeryHigh }

    private sealed record Child(string Id, string Name, RiskLevel Risk);

    private interface IChildStore { Task<Child?> FindAsync(string id, CancellationToken ct); }

    private sealed class ChildStore : IChildStore
    {
        public Task<Child?> FindAsync(string id, CancellationToken ct) =>
            Task.FromResult<Child?>(id == "c1" ? new Child("c1", "Sam", RiskLevel.HighRisk) : null);
    }

    private sealed class Services(IChildStore store) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IChildStore) ? store : null;
    }

    private static (GraphQLSchema Schema, ObjectType Query, ObjectType Child) Build()
    {
        var risk = EnumType.FromEnum<RiskLevel>("RiskLevel");
        var node = new InterfaceType("Node", t => t.Field("id", Scalars.ID.NonNull()));
        var child = new ObjectType("Child", t =>
        {
            t.Implements(node);
            t.Field("id", Scalars.ID.NonNull()).Resolve<Child>(c => c.Id);
            t.Field("name", Scalars.String, "The name used by services.").Resolve<Child>(c => c.Name);
            t.Field("risk", risk.NonNull()).Resolve<Child>(c => c.Risk);
            t.Field("legacyName", Scalars.String).Deprecated("Use `name`.").Resolve<Child>(c => c.Name);
            t.Field("shout", Scalars.String)
                .Argument("times", Scalars.Int.NonNull(), defaultValue: 2, description: "How loud.")
                .Resolve<Child>((c, ctx) => string.Concat(Enumerable.Repeat(c.Name.ToUpperInvariant(), ctx.GetArgument<int>("times"))));
            t.IsTypeOf<Child>();
        })
        { Description = "A child known to at least one agency." };
        var query = new ObjectType("Query", t =>
            t.Field("child", child)
                .Argument("id", Scalars.ID.NonNull())
                .Metadata("policy", "child.read")
                .ResolveAsync(async ctx => await ctx.GetRequiredService<IChildStore>()
                    .FindAsync(ctx.GetArgument<string>("id")!, ctx.CancellationToken)));
        return (new GraphQLSchema(query), query, child);
    }

    [Fact]
    public void PrintSchema_CodeFirstSchema_MatchesEquivalentSdl()
    {
        // The SDL graphql-js prints for the same schema built with its constructors.
        Assert.Equal(""""
            type Query {
              child(id: ID!): Child
            }

            """A child known to at least one agency."""
            type Child implements Node {
              id: ID!

              """The name used by services."""
              name: String
              risk: RiskLevel!
              legacyName: String @deprecated(reason: "Use `name`.")
              shout(
                """How loud."""
                times: Int! = 2
              ): String
            }

            interface Node {
              id: ID!
            }

            enum RiskLevel {
              LOW
              HIGH_RISK
              VERY_HIGH @deprecated(reason: "Use HighRisk")
            }
            """", SchemaPrinter.PrintSchema(Build().Schema));
    }

    [Fact]
    public async Task Resolve_AsyncResolverWithServices_ReadsTheStore()
    {
        var (schema, query, _) = Build();
        var result = await FakeResolveFieldContext.Resolve(query, "child", null, schema,
            new Dictionary<string, object?> { ["id"] = "c1" }, new Services(new ChildStore()));
        Assert.Equal(new Child("c1", "Sam", RiskLevel.HighRisk), result);
        Assert.Equal("child.read", query.GetField("child")!.Metadata!["policy"]);
    }

    [Fact]
    public async Task Resolve_TypedSyncResolver_CompletesSynchronously()
    {
        var (_, _, child) = Build();
        var sam = new Child("c1", "Sam", RiskLevel.Low);
        var task = child.GetField("name")!.Resolver!(new FakeResolveFieldContext { Source = sam, ParentType = child, FieldDefinition = child.GetField("name")! });
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal("Sam", await task);
        Assert.Equal("SAMSAM", await FakeResolveFieldContext.Resolve(child, "shout", sam, args: new Dictionary<string, object?> { ["times"] = 2 }));
        Assert.Equal("LOW", ((EnumType)child.GetField("risk")!.Type.GetNamedType()).CoerceOutputValue(await FakeResolveFieldContext.Resolve(child, "risk", sam)));
    }

    [Fact]
    public async Task Resolve_WrongParentType_ThrowsClearError()
    {
        var (_, _, child) = Build();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FakeResolveFieldContext.Resolve(child, "name", "not a child"));
        Assert.Equal("Field \"Child.name\" expected a parent of type Child but got String.", error.Message);
    }

    [Fact]
    public void IsTypeOf_ClrType_MatchesInstances()
    {
        var (_, _, child) = Build();
        var context = new FakeResolveFieldContext();
        Assert.True(child.IsTypeOf!(new Child("1", "A", RiskLevel.Low), context));
        Assert.False(child.IsTypeOf!("x", context));
    }

    [Fact]
    public void Validate_CodeFirstSchema_IsValid()
    {
        Assert.Empty(SchemaValidator.Validate(Build().Schema));
    }

    [Fact]
    public void Field_DefinedTwice_Throws()
    {
        var type = new ObjectType("Twice", t => { t.Field("a", Scalars.Int); t.Field("a", Scalars.String); });
        Assert.Equal("Twice.a is defined more than once.", Assert.Throws<ArgumentException>(() => type.Fields).Message);
    }

    [Fact]
    public void ToConstantCase_PascalNames_BecomeScreamingSnake()
    {
        Assert.Equal("HIGH_RISK", EnumType.ToConstantCase("HighRisk"));
        Assert.Equal("CIN_PLAN", EnumType.ToConstantCase("CINPlan"));
        Assert.Equal("LOW", EnumType.ToConstantCase("Low"));
    }
}

public class ArgumentConverterTests
{
    private enum Urgency { Routine, Urgent, VeryUrgent }

    private sealed record ReferralInput(string ChildId, Urgency Urgency, IReadOnlyList<string> Concerns, int? Score);

    [Fact]
    public void Convert_InputObjectDictionary_BindsToRecord()
    {
        var coerced = new Dictionary<string, object?>
        {
            ["childId"] = "c1",
            ["urgency"] = "URGENT",
            ["concerns"] = new object?[] { "neglect", "school" },
            ["score"] = 3,
        };
        var input = ArgumentConverter.Convert<ReferralInput>(coerced)!;
        Assert.Equal("c1", input.ChildId);
        Assert.Equal(Urgency.Urgent, input.Urgency);
        Assert.Equal(["neglect", "school"], input.Concerns);
        Assert.Equal(3, input.Score);
        var fromCode = new Dictionary<string, object?> { ["childId"] = "c2", ["urgency"] = Urgency.VeryUrgent, ["concerns"] = Array.Empty<object?>() };
        Assert.Equal(Urgency.VeryUrgent, ArgumentConverter.Convert<ReferralInput>(fromCode)!.Urgency);
        var fromSdl = new Dictionary<string, object?> { ["childId"] = "c3", ["urgency"] = "VERY_URGENT", ["concerns"] = Array.Empty<object?>() };
        Assert.Equal(Urgency.VeryUrgent, ArgumentConverter.Convert<ReferralInput>(fromSdl)!.Urgency);
    }

    [Fact]
    public void Convert_ScalarsAndLists_ConvertOrKeep()
    {
        Assert.Equal(5L, ArgumentConverter.Convert<long>(5));
        Assert.Equal(Urgency.Urgent, ArgumentConverter.Convert<Urgency>("urgent"));
        Assert.Equal(Urgency.VeryUrgent, ArgumentConverter.Convert<Urgency>("VERY_URGENT"));
        Assert.Equal(Guid.Empty, ArgumentConverter.Convert<Guid>("00000000-0000-0000-0000-000000000000"));
        Assert.Equal([1, 2], ArgumentConverter.Convert<List<int>>(new object?[] { 1, 2 })!);
        Assert.Equal(7, ArgumentConverter.Convert<int?>(null, 7));
    }
}
