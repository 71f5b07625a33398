using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Tests.Types;

// Expectations from graphql-js 17.1.0 for the same schema built with its constructors.
public class GraphQLSchemaTests
{
    private sealed class Fixture
    {
        public readonly InterfaceType Node;
        public readonly InterfaceType Named;
        public readonly ObjectType Dog;
        public readonly ObjectType Cat;
        public readonly UnionType Pet;
        public readonly ObjectType Extra;
        public readonly ObjectType Query;

        public Fixture()
        {
            Node = new InterfaceType("Node", t => t.Field("id", Scalars.ID.NonNull()));
            Named = new InterfaceType("Named", t =>
            {
                t.Implements(Node);
                t.Field("id", Scalars.ID.NonNull());
                t.Field("name", Scalars.String);
            });
            var color = new EnumType("Color", "RED", "BLUE");
            var filter = new InputObjectType("Filter", t => t.Field("color", color).Field("limit", Scalars.Int));
            Dog = new ObjectType("Dog", t =>
            {
                t.Implements(Node, Named);
                t.Field("id", Scalars.ID.NonNull());
                t.Field("name", Scalars.String);
                t.Field("friends", Pet!.List());
            });
            Cat = new ObjectType("Cat", t =>
            {
                t.Implements(Node);
                t.Field("id", Scalars.ID.NonNull());
                t.Field("lives", Scalars.Int);
            });
            Pet = new UnionType("Pet", Dog, Cat);
            Extra = new ObjectType("Extra", t => t.Field("x", Scalars.String));
            Query = new ObjectType("Query", t =>
            {
                t.Field("pets", Pet.List()).Argument("filter", filter);
                t.Field("node", Node);
            });
        }

        public GraphQLSchema Build() => new(Query, types: [Extra, Cat]);
    }

    [Fact]
    public void TypeMap_CollectsReferencedTypes_InGraphqlJsOrder()
    {
        var schema = new Fixture().Build();
        Assert.Equal(
            "Extra String Cat Node ID Int Query Pet Dog Named Filter Color Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            string.Join(" ", schema.TypeMap.Keys));
    }

    [Fact]
    public void GetImplementations_Interface_ListsObjectsAndInterfaces()
    {
        var f = new Fixture();
        var schema = f.Build();
        var (objects, interfaces) = schema.GetImplementations(f.Node);
        Assert.Equal(["Cat", "Dog"], objects.Select(o => o.Name));
        Assert.Equal(["Named"], interfaces.Select(i => i.Name));
        Assert.Equal(["Cat", "Dog"], schema.GetPossibleTypes(f.Node).Select(o => o.Name));
    }

    [Fact]
    public void IsSubType_AbstractTypes_AnswersAsGraphqlJs()
    {
        var f = new Fixture();
        var schema = f.Build();
        Assert.True(schema.IsSubType(f.Node, f.Named));
        Assert.False(schema.IsSubType(f.Named, f.Cat));
        Assert.True(schema.IsSubType(f.Pet, f.Cat));
    }

    [Fact]
    public void Constructor_TwoTypesWithOneName_Throws()
    {
        var f = new Fixture();
        var otherDog = new ObjectType("Dog", t => t.Field("a", Scalars.String));
        var error = Assert.Throws<GraphQLError>(() => new GraphQLSchema(f.Query, types: [otherDog]));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Dog\".", error.Message);
    }

    [Fact]
    public void GetField_MetaFields_OnlyWhereGraphqlJsAllowsThem()
    {
        var f = new Fixture();
        var schema = f.Build();
        Assert.Same(Introspection.SchemaMetaField, schema.GetField(f.Query, "__schema"));
        Assert.Same(Introspection.TypeMetaField, schema.GetField(f.Query, "__type"));
        Assert.Null(schema.GetField(f.Dog, "__schema"));
        Assert.Same(Introspection.TypeNameMetaField, schema.GetField(f.Pet, "__typename"));
        Assert.Equal("lives", schema.GetField(f.Cat, "lives")!.Name);
        Assert.Null(schema.GetField(f.Pet, "lives"));
    }

    [Fact]
    public void GetRootType_EachOperation_ReturnsConfiguredType()
    {
        var f = new Fixture();
        var schema = f.Build();
        Assert.Same(f.Query, schema.GetRootType(OperationType.Query));
        Assert.Null(schema.GetRootType(OperationType.Mutation));
        Assert.Same(SpecifiedDirectives.Skip, schema.GetDirective("skip"));
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
    }

    [Fact]
    public void Wrappers_ToStringAndPredicates_MatchGraphqlJs()
    {
        var t = Scalars.Int.NonNull().List().NonNull();
        Assert.Equal("[Int!]!", t.ToString());
        Assert.Same(Scalars.Int, t.GetNamedType());
        Assert.True(t.IsInputType && t.IsOutputType && !t.IsLeafType);
        Assert.Equal(new ListType(new NonNullType(Scalars.Int)), t.GetNullableType());
        Assert.Throws<ArgumentException>(() => new NonNullType(Scalars.Int.NonNull()));
    }

    [Theory]
    [InlineData("", "Expected name to be a non-empty string.")]
    [InlineData("a-b", "Names must only contain [_a-zA-Z0-9] but \"a-b\" does not.")]
    [InlineData("1a", "Names must start with [_a-zA-Z] but \"1a\" does not.")]
    public void Constructor_BadName_ThrowsGraphqlJsMessage(string name, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLError>(() => new ObjectType(name, t => { })).Message);
    }

    [Fact]
    public void EnumValue_ReservedName_Throws()
    {
        Assert.Equal("Enum values cannot be named: true", Assert.Throws<GraphQLError>(() => new EnumValueDefinition("true")).Message);
    }
}
