using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.Schema.Data;

namespace Partnership.Schema.Tests.Data;

public sealed class SchemaTests
{
    [Fact]
    public void FieldWithoutCategory_FailsSchemaConstruction()
    {
        var data = new DataSchema();
        var entity = data.Entity<Authority>("Authority", e =>
        {
            e.Key(a => a.Id);
            e.Field("code", a => a.Code).Category(TestCategory.Identity);
            e.Field("name", a => a.Name);
        });
        var query = new ObjectType("Query", t => t.Connection("authorities", entity, _ => Enumerable.Empty<Authority>().AsQueryable()));
        var error = Assert.Throws<InvalidOperationException>(() => new GraphQLSchema(query));
        Assert.Equal("Field \"Authority.name\" has no information category: every field of an entity must declare one.", error.Message);
    }

    [Fact]
    public void EntityWithoutKey_FailsSchemaConstruction()
    {
        var data = new DataSchema();
        var entity = data.Entity<Authority>("Authority", e => e.Field("code", a => a.Code).Category(TestCategory.Identity));
        var query = new ObjectType("Query", t => t.Connection("authorities", entity, _ => Enumerable.Empty<Authority>().AsQueryable()));
        Assert.Contains("declares no key", Assert.Throws<InvalidOperationException>(() => new GraphQLSchema(query)).Message);
    }

    [Fact]
    public void GeneratedTypes_PrintAsDesigned()
    {
        using var f = new DataFixture();
        var sdl = SchemaPrinter.PrintSchema(f.Schema);
        Assert.Contains("type Query {\n  people(\n", sdl);
        Assert.Contains("  ): PersonConnection!\n", sdl);
        Assert.Contains("""
            input PersonFilterInput {
              and: [PersonFilterInput!]
              or: [PersonFilterInput!]
              id: IdOperationFilterInput
              nhsNumber: StringOperationFilterInput
            """, sdl);
        Assert.Contains("  authority: AuthorityFilterInput\n  plans: ListFilterInputTypeOfPlanFilterInput\n}", sdl);
        Assert.Contains("""
            input StringOperationFilterInput {
              eq: String
              neq: String
              in: [String!]
              nin: [String!]
              contains: String
              startsWith: String
              endsWith: String
            }
            """, sdl);
        Assert.Contains("input DateOperationFilterInput {\n  eq: Date\n  neq: Date\n  in: [Date!]\n  nin: [Date!]\n  gt: Date\n  gte: Date\n  lt: Date\n  lte: Date\n}", sdl);
        Assert.Contains("input PlanKindOperationFilterInput {\n  eq: PlanKind\n  neq: PlanKind\n  in: [PlanKind!]\n  nin: [PlanKind!]\n}", sdl);
        Assert.Contains("input ListFilterInputTypeOfPlanFilterInput {\n", sdl);
        Assert.Contains("input PersonSortInput {\n  nhsNumber: SortEnumType\n", sdl);
        Assert.Contains("  authority: AuthoritySortInput\n}", sdl);
        Assert.Contains("type Person implements Node {\n  id: ID!\n  nhsNumber: String\n", sdl);
        Assert.Contains("  plans(where: PlanFilterInput, order: [PlanSortInput!]): [Plan!]\n}", sdl);
        Assert.Contains("type PersonConnection {\n", sdl);
        Assert.Contains("  edges: [PersonEdge!]\n", sdl);
        Assert.Contains("  nodes: [Person!]\n", sdl);
        Assert.Contains("  totalCount: Int!\n", sdl);
        Assert.Contains("type PageInfo {\n", sdl);
        Assert.Contains("  node(\n", sdl);
        Assert.Empty(SchemaValidator.Validate(f.Schema));
    }

    [Fact]
    public void EntityDescription_IsTheObjectTypeDescription()
    {
        var data = new DataSchema();
        var entity = data.Entity<Authority>("Authority", e =>
        {
            e.Description("A council.");
            e.Key(a => a.Id);
            e.Field("code", a => a.Code).Category(TestCategory.Identity).Description("The DfE code.");
        });
        Assert.Equal("A council.", entity.ObjectType.Description);
        Assert.Equal("The DfE code.", entity.ObjectType.GetField("code")!.Description);
    }
}
