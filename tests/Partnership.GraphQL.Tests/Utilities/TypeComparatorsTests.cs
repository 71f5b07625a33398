using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Utilities;

public class TypeComparatorsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildSchema("""
        type Query { a: Int }
        interface Node { id: ID }
        interface Named implements Node { id: ID name: String }
        type Dog implements Node & Named { id: ID name: String }
        type Cat implements Node { id: ID }
        type Fish { f: Int }
        union Pet = Dog | Cat
        union Wet = Fish
        """);

    private static NamedType T(string name) => Schema.GetType(name)!;

    [Fact]
    public void IsEqualType_SameStructure_True()
    {
        Assert.True(TypeComparators.IsEqualType(Scalars.Int.NonNull().List(), new ListType(new NonNullType(Scalars.Int))));
        Assert.False(TypeComparators.IsEqualType(Scalars.Int.List(), Scalars.Int.NonNull().List()));
        Assert.False(TypeComparators.IsEqualType(Scalars.Int, Scalars.Float));
    }

    [Fact]
    public void IsTypeSubTypeOf_WrappersAndAbstracts_AsGraphqlJs()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, Scalars.Int.NonNull(), Scalars.Int));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Scalars.Int, Scalars.Int.NonNull()));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Dog").NonNull().List(), T("Node").List()));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Named"), T("Node")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Node"), T("Named")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Cat"), T("Pet")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Dog").List(), T("Node")));
    }

    [Fact]
    public void DoTypesOverlap_CompositeTypes_AsGraphqlJs()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Pet"), T("Named")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Node"), T("Cat")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Dog"), T("Pet")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Wet"), T("Pet")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Fish"), T("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Dog"), T("Cat")));
    }
}

public class TypeFromAstTests
{
    [Fact]
    public void Get_TypeReference_ResolvesAgainstSchema()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");
        var type = TypeFromAst.Get(schema, Partnership.GraphQL.Language.Parser.ParseType("[Int!]!"));
        Assert.Equal("[Int!]!", type!.ToString());
        Assert.Same(type, TypeFromAst.Get(schema, Partnership.GraphQL.Language.Parser.ParseType("[Int!]!")));
        Assert.Null(TypeFromAst.Get(schema, Partnership.GraphQL.Language.Parser.ParseType("[Unknown]")));
    }
}
