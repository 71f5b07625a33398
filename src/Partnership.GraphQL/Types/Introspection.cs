using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Types;

/// <summary>
/// The introspection meta-types (<c>__Schema</c>, <c>__Type</c>, …) as real object types whose resolvers read the
/// type objects, and the meta fields <c>__schema</c>, <c>__type</c>, <c>__typename</c> the executor adds —
/// descriptions and fields exactly as graphql-js 17.1's <c>introspection.ts</c>.
/// </summary>
public static class Introspection
{
    private static FieldResolver Sync<T>(Func<T, object?> read) => ctx => new ValueTask<object?>(read((T)ctx.Source!));

    private static FieldResolver SyncCtx<T>(Func<T, IResolveFieldContext, object?> read) =>
        ctx => new ValueTask<object?>(read((T)ctx.Source!, ctx));

    private static bool IncludeDeprecated(IResolveFieldContext ctx) =>
        ctx.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static ArgumentDefinition[] IncludeDeprecatedArg() =>
        [new ArgumentDefinition("includeDeprecated", Scalars.Boolean.NonNull()) { DefaultValue = false }];

    private static List<T> WithoutDeprecated<T>(IEnumerable<T> items, bool include, Func<T, bool> isDeprecated)
    {
        var list = new List<T>();
        foreach (var item in items) if (include || !isDeprecated(item)) list.Add(item);
        return list;
    }

    public static ObjectType Schema { get; } = new("__Schema", SchemaFields)
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    public static ObjectType Directive { get; } = new("__Directive", DirectiveFields)
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    public static EnumType DirectiveLocationEnum { get; } = new("__DirectiveLocation",
    [
        Loc(DirectiveLocation.Query, "Location adjacent to a query operation."),
        Loc(DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
        Loc(DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
        Loc(DirectiveLocation.Field, "Location adjacent to a field."),
        Loc(DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
        Loc(DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
        Loc(DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
        Loc(DirectiveLocation.VariableDefinition, "Location adjacent to an operation variable definition."),
        Loc(DirectiveLocation.FragmentVariableDefinition, "Location adjacent to a fragment variable definition."),
        Loc(DirectiveLocation.Schema, "Location adjacent to a schema definition."),
        Loc(DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
        Loc(DirectiveLocation.Object, "Location adjacent to an object type definition."),
        Loc(DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
        Loc(DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
        Loc(DirectiveLocation.Interface, "Location adjacent to an interface definition."),
        Loc(DirectiveLocation.Union, "Location adjacent to a union definition."),
        Loc(DirectiveLocation.Enum, "Location adjacent to an enum definition."),
        Loc(DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
        Loc(DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
        Loc(DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
        Loc(DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
    ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    private static EnumValueDefinition Loc(DirectiveLocation location, string description) =>
        new(location.ToName()) { Value = location, Description = description };

    public static ObjectType Type { get; } = new("__Type", TypeFields)
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    public static ObjectType Field { get; } = new("__Field", FieldFields)
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    public static ObjectType InputValue { get; } = new("__InputValue", InputValueFields)
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    public static ObjectType EnumValue { get; } = new("__EnumValue", EnumValueFields)
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    public static EnumType TypeKindEnum { get; } = new("__TypeKind",
    [
        new EnumValueDefinition("SCALAR") { Value = TypeKind.Scalar, Description = "Indicates this type is a scalar." },
        new EnumValueDefinition("OBJECT") { Value = TypeKind.Object, Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
        new EnumValueDefinition("INTERFACE") { Value = TypeKind.Interface, Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
        new EnumValueDefinition("UNION") { Value = TypeKind.Union, Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
        new EnumValueDefinition("ENUM") { Value = TypeKind.Enum, Description = "Indicates this type is an enum. `enumValues` is a valid field." },
        new EnumValueDefinition("INPUT_OBJECT") { Value = TypeKind.InputObject, Description = "Indicates this type is an input object. `inputFields` is a valid field." },
        new EnumValueDefinition("LIST") { Value = TypeKind.List, Description = "Indicates this type is a list. `ofType` is a valid field." },
        new EnumValueDefinition("NON_NULL") { Value = TypeKind.NonNull, Description = "Indicates this type is a non-null. `ofType` is a valid field." },
    ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    private static IEnumerable<FieldDefinition> SchemaFields() =>
    [
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<GraphQLSchema>(s => s.Description) },
        new FieldDefinition("types", Type.NonNull().List().NonNull())
        {
            Description = "A list of all types supported by this server.",
            Resolver = Sync<GraphQLSchema>(s => s.TypeMap.Values),
        },
        new FieldDefinition("queryType", Type.NonNull())
        {
            Description = "The type that query operations will be rooted at.",
            Resolver = Sync<GraphQLSchema>(s => s.QueryType),
        },
        new FieldDefinition("mutationType", Type)
        {
            Description = "If this server supports mutation, the type that mutation operations will be rooted at.",
            Resolver = Sync<GraphQLSchema>(s => s.MutationType),
        },
        new FieldDefinition("subscriptionType", Type)
        {
            Description = "If this server support subscription, the type that subscription operations will be rooted at.",
            Resolver = Sync<GraphQLSchema>(s => s.SubscriptionType),
        },
        new FieldDefinition("directives", Directive.NonNull().List().NonNull())
        {
            Description = "A list of all directives supported by this server.",
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<GraphQLSchema>((s, ctx) => WithoutDeprecated(s.Directives, IncludeDeprecated(ctx), d => d.IsDeprecated)),
        },
    ];

    private static IEnumerable<FieldDefinition> DirectiveFields() =>
    [
        new FieldDefinition("name", Scalars.String.NonNull()) { Resolver = Sync<DirectiveDefinition>(d => d.Name) },
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<DirectiveDefinition>(d => d.Description) },
        new FieldDefinition("isRepeatable", Scalars.Boolean.NonNull()) { Resolver = Sync<DirectiveDefinition>(d => d.IsRepeatable) },
        new FieldDefinition("locations", DirectiveLocationEnum.NonNull().List().NonNull()) { Resolver = Sync<DirectiveDefinition>(d => d.Locations) },
        new FieldDefinition("args", InputValue.NonNull().List().NonNull())
        {
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<DirectiveDefinition>((d, ctx) => WithoutDeprecated(d.Arguments, IncludeDeprecated(ctx), a => a.IsDeprecated)),
        },
        new FieldDefinition("isDeprecated", Scalars.Boolean.NonNull()) { Resolver = Sync<DirectiveDefinition>(d => d.IsDeprecated) },
        new FieldDefinition("deprecationReason", Scalars.String) { Resolver = Sync<DirectiveDefinition>(d => d.DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> TypeFields() =>
    [
        new FieldDefinition("kind", TypeKindEnum.NonNull()) { Resolver = Sync<GraphQLType>(t => t.Kind) },
        new FieldDefinition("name", Scalars.String) { Resolver = Sync<GraphQLType>(t => (t as NamedType)?.Name) },
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<GraphQLType>(t => (t as NamedType)?.Description) },
        new FieldDefinition("specifiedByURL", Scalars.String) { Resolver = Sync<GraphQLType>(t => (t as ScalarType)?.SpecifiedByUrl) },
        new FieldDefinition("fields", Field.NonNull().List())
        {
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<GraphQLType>((t, ctx) => t is IFieldsContainer c
                ? WithoutDeprecated(c.Fields.Values, IncludeDeprecated(ctx), f => f.IsDeprecated)
                : null),
        },
        new FieldDefinition("interfaces", Type.NonNull().List())
        {
            Resolver = Sync<GraphQLType>(t => (t as IFieldsContainer)?.Interfaces),
        },
        new FieldDefinition("possibleTypes", Type.NonNull().List())
        {
            Resolver = SyncCtx<GraphQLType>((t, ctx) => t.IsAbstractType ? ctx.Schema.GetPossibleTypes((IAbstractType)t) : null),
        },
        new FieldDefinition("enumValues", EnumValue.NonNull().List())
        {
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<GraphQLType>((t, ctx) => t is EnumType e
                ? WithoutDeprecated(e.Values, IncludeDeprecated(ctx), v => v.IsDeprecated)
                : null),
        },
        new FieldDefinition("inputFields", InputValue.NonNull().List())
        {
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<GraphQLType>((t, ctx) => t is InputObjectType io
                ? WithoutDeprecated(io.Fields.Values, IncludeDeprecated(ctx), f => f.IsDeprecated)
                : null),
        },
        new FieldDefinition("ofType", Type)
        {
            Resolver = Sync<GraphQLType>(t => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }),
        },
        new FieldDefinition("isOneOf", Scalars.Boolean) { Resolver = Sync<GraphQLType>(t => t is InputObjectType io ? io.IsOneOf : null) },
    ];

    private static IEnumerable<FieldDefinition> FieldFields() =>
    [
        new FieldDefinition("name", Scalars.String.NonNull()) { Resolver = Sync<FieldDefinition>(f => f.Name) },
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<FieldDefinition>(f => f.Description) },
        new FieldDefinition("args", InputValue.NonNull().List().NonNull())
        {
            Arguments = IncludeDeprecatedArg(),
            Resolver = SyncCtx<FieldDefinition>((f, ctx) => WithoutDeprecated(f.Arguments, IncludeDeprecated(ctx), a => a.IsDeprecated)),
        },
        new FieldDefinition("type", Type.NonNull()) { Resolver = Sync<FieldDefinition>(f => f.Type) },
        new FieldDefinition("isDeprecated", Scalars.Boolean.NonNull()) { Resolver = Sync<FieldDefinition>(f => f.IsDeprecated) },
        new FieldDefinition("deprecationReason", Scalars.String) { Resolver = Sync<FieldDefinition>(f => f.DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> InputValueFields() =>
    [
        new FieldDefinition("name", Scalars.String.NonNull()) { Resolver = Sync<InputValueDefinition>(v => v.Name) },
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<InputValueDefinition>(v => v.Description) },
        new FieldDefinition("type", Type.NonNull()) { Resolver = Sync<InputValueDefinition>(v => v.Type) },
        new FieldDefinition("defaultValue", Scalars.String)
        {
            Description = "A GraphQL-formatted string representing the default value for this input value.",
            Resolver = Sync<InputValueDefinition>(v => v.GetDefaultValueAst() is { } ast ? ValuePrinter.Print(ast) : null),
        },
        new FieldDefinition("isDeprecated", Scalars.Boolean.NonNull()) { Resolver = Sync<InputValueDefinition>(v => v.IsDeprecated) },
        new FieldDefinition("deprecationReason", Scalars.String) { Resolver = Sync<InputValueDefinition>(v => v.DeprecationReason) },
    ];

    private static IEnumerable<FieldDefinition> EnumValueFields() =>
    [
        new FieldDefinition("name", Scalars.String.NonNull()) { Resolver = Sync<EnumValueDefinition>(v => v.Name) },
        new FieldDefinition("description", Scalars.String) { Resolver = Sync<EnumValueDefinition>(v => v.Description) },
        new FieldDefinition("isDeprecated", Scalars.Boolean.NonNull()) { Resolver = Sync<EnumValueDefinition>(v => v.IsDeprecated) },
        new FieldDefinition("deprecationReason", Scalars.String) { Resolver = Sync<EnumValueDefinition>(v => v.DeprecationReason) },
    ];

    /// <summary><c>__schema: __Schema!</c>, available on the query root type only.</summary>
    public static FieldDefinition SchemaMetaField { get; } = new("__schema", Schema.NonNull())
    {
        Description = "Access the current type schema of this server.",
        Resolver = static ctx => new ValueTask<object?>(ctx.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type only.</summary>
    public static FieldDefinition TypeMetaField { get; } = new("__type", Type)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new ArgumentDefinition("name", Scalars.String.NonNull())],
        Resolver = static ctx => new ValueTask<object?>(
            ctx.Arguments.TryGetValue("name", out var n) && n is string name ? ctx.Schema.GetType(name) : null),
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameMetaField { get; } = new("__typename", Scalars.String.NonNull())
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = static ctx => new ValueTask<object?>(ctx.ParentType.Name),
    };

    /// <summary>The meta-types in graphql-js's order.</summary>
    public static IReadOnlyList<NamedType> Types { get; } =
        [Schema, Directive, DirectiveLocationEnum, Type, Field, InputValue, EnumValue, TypeKindEnum];

    public static bool IsIntrospectionType(NamedType type) => type.Name is "__Schema" or "__Directive"
        or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";
}
