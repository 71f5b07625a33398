using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Tests.Types;

public class IntrospectionTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.BuildSchema("""
        type Query { a(x: Int = 1, y: In = {b: [1, 2], s: "q"}, old: Int @deprecated): Int, gone: Int @deprecated(reason: "no"), pet: Pet, node: Node }
        input In { b: [Int], s: String, o: Int @deprecated }
        enum E { A, B @deprecated }
        union Pet = Dog
        interface Node { id: ID }
        type Dog implements Node { id: ID }
        scalar Url @specifiedBy(url: "https://u")
        input One @oneOf { a: Int, b: Int }
        directive @dep @deprecated(reason: "x") on FIELD
        """);

    private static Task<object?> Resolve(ObjectType metaType, string field, object source, bool includeDeprecated = false) =>
        FakeResolveFieldContext.Resolve(metaType, field, source, Schema,
            new Dictionary<string, object?> { ["includeDeprecated"] = includeDeprecated });

    private static IEnumerable<string> Names(object? list) => ((System.Collections.IEnumerable)list!).Cast<object>().Select(o => o switch
    {
        FieldDefinition f => f.Name,
        InputValueDefinition v => v.Name,
        EnumValueDefinition e => e.Name,
        DirectiveDefinition d => d.Name,
        NamedType t => t.Name,
        _ => o.ToString()!,
    });

    [Fact]
    public async Task TypeFields_IncludeDeprecated_FiltersAsGraphqlJs()
    {
        var query = Schema.QueryType!;
        Assert.Equal(["a", "pet", "node"], Names(await Resolve(Introspection.Type, "fields", query)));
        Assert.Equal(["a", "gone", "pet", "node"], Names(await Resolve(Introspection.Type, "fields", query, includeDeprecated: true)));
        Assert.Equal(["x", "y"], Names(await Resolve(Introspection.Field, "args", query.GetField("a")!)));
        Assert.Equal(["A"], Names(await Resolve(Introspection.Type, "enumValues", Schema.GetType("E")!)));
        Assert.Equal(["b", "s"], Names(await Resolve(Introspection.Type, "inputFields", Schema.GetType("In")!)));
        Assert.Null(await Resolve(Introspection.Type, "fields", Schema.GetType("In")!));
    }

    [Fact]
    public async Task InputValueDefaultValue_Literal_PrintedAsGraphqlJs()
    {
        var args = Schema.QueryType!.GetField("a")!.Arguments;
        Assert.Equal("1", await Resolve(Introspection.InputValue, "defaultValue", args[0]));
        Assert.Equal("{ b: [1, 2], s: \"q\" }", await Resolve(Introspection.InputValue, "defaultValue", args[1]));
        Assert.Null(await Resolve(Introspection.InputValue, "defaultValue", args[2]));
        var deprecatedReason = SpecifiedDirectives.Deprecated.Arguments[0];
        Assert.Equal("\"No longer supported\"", await Resolve(Introspection.InputValue, "defaultValue", deprecatedReason));
    }

    [Fact]
    public async Task TypeKindAndWrappers_Resolve()
    {
        var wrapped = Scalars.Int.NonNull().List();
        Assert.Equal(TypeKind.List, await Resolve(Introspection.Type, "kind", wrapped));
        Assert.Null(await Resolve(Introspection.Type, "name", wrapped));
        Assert.Same(Scalars.Int.NonNull(), await Resolve(Introspection.Type, "ofType", wrapped));
        Assert.Equal("LIST", Introspection.TypeKindEnum.CoerceOutputValue(TypeKind.List));
        Assert.Equal("https://u", await Resolve(Introspection.Type, "specifiedByURL", Schema.GetType("Url")!));
        Assert.Equal(true, await Resolve(Introspection.Type, "isOneOf", Schema.GetType("One")!));
        Assert.Equal(false, await Resolve(Introspection.Type, "isOneOf", Schema.GetType("In")!));
        Assert.Null(await Resolve(Introspection.Type, "isOneOf", Schema.QueryType!));
    }

    [Fact]
    public async Task PossibleTypesAndInterfaces_UseTheSchema()
    {
        Assert.Equal(["Dog"], Names(await Resolve(Introspection.Type, "possibleTypes", Schema.GetType("Pet")!)));
        Assert.Equal(["Dog"], Names(await Resolve(Introspection.Type, "possibleTypes", Schema.GetType("Node")!)));
        Assert.Equal(["Node"], Names(await Resolve(Introspection.Type, "interfaces", Schema.GetType("Dog")!)));
        Assert.Null(await Resolve(Introspection.Type, "possibleTypes", Schema.GetType("Dog")!));
    }

    [Fact]
    public async Task SchemaDirectives_DeprecatedDirective_HiddenUnlessAsked()
    {
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], Names(await Resolve(Introspection.Schema, "directives", Schema)));
        Assert.Equal(["dep", "include", "skip", "deprecated", "specifiedBy", "oneOf"], Names(await Resolve(Introspection.Schema, "directives", Schema, includeDeprecated: true)));
        var dep = Schema.GetDirective("dep")!;
        Assert.Equal(true, await Resolve(Introspection.Directive, "isDeprecated", dep));
        Assert.Equal("x", await Resolve(Introspection.Directive, "deprecationReason", dep));
        Assert.Equal(["FIELD"], ((IEnumerable<DirectiveLocation>)(await Resolve(Introspection.Directive, "locations", dep))!)
            .Select(l => (string)Introspection.DirectiveLocationEnum.CoerceOutputValue(l)!));
    }

    [Fact]
    public async Task MetaFields_ResolveFromContext()
    {
        var query = Schema.QueryType!;
        Assert.Same(Schema, await FakeResolveFieldContext.Resolve(query, "__schema", null, Schema));
        Assert.Same(Schema.GetType("Dog"), await FakeResolveFieldContext.Resolve(query, "__type", null, Schema, new Dictionary<string, object?> { ["name"] = "Dog" }));
        Assert.Equal("Query", await FakeResolveFieldContext.Resolve(query, "__typename", null, Schema));
    }
}
