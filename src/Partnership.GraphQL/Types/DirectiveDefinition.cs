using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Types;

/// <summary>Where a directive may appear, in graphql-js 17.1's order (including FRAGMENT_VARIABLE_DEFINITION).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
    FragmentVariableDefinition,
    // Type system locations
    Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
    InputFieldDefinition, DirectiveDefinition,
}

/// <summary>The GraphQL names of <see cref="DirectiveLocation"/> values (<c>FRAGMENT_SPREAD</c>, …).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "FRAGMENT_VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var i = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>All locations in order.</summary>
    public static IReadOnlyList<DirectiveLocation> All { get; } = Enum.GetValues<DirectiveLocation>();
}

/// <summary>A directive definition (graphql-js <c>GraphQLDirective</c>).</summary>
public sealed class DirectiveDefinition
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        Name = NameValidation.AssertName(name);
        Locations = locations ?? throw new ArgumentNullException(nameof(locations));
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<ArgumentDefinition> Arguments
    {
        get;
        init
        {
            field = value;
            foreach (var arg in value) arg.Parent ??= this;
        }
    } = [];

    public bool IsRepeatable { get; init; }

    /// <summary>Set when the directive is deprecated (graphql-js 17.1 allows <c>@deprecated</c> on directive definitions).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; init; }

    /// <summary><c>extend directive @name …</c> nodes applied to this directive.</summary>
    public IReadOnlyList<DirectiveExtensionNode> ExtensionAstNodes { get; init; } = [];

    public ArgumentDefinition? GetArgument(string name)
    {
        var args = Arguments;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i].Name == name) return args[i];
        }
        return null;
    }

    public override string ToString() => "@" + Name;
}

/// <summary>The specified directives, exactly as graphql-js 17.1 defines them.</summary>
public static class SpecifiedDirectives
{
    public static DirectiveDefinition Include { get; } = new("include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new ArgumentDefinition("if", Scalars.Boolean.NonNull()) { Description = "Included when true." }],
    };

    public static DirectiveDefinition Skip { get; } = new("skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new ArgumentDefinition("if", Scalars.Boolean.NonNull()) { Description = "Skipped when true." }],
    };

    public static DirectiveDefinition Deprecated { get; } = new("deprecated",
    [
        DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
        DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
    ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new ArgumentDefinition("reason", Scalars.String.NonNull())
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValueLiteral = new StringValueNode(DirectiveDefinition.DefaultDeprecationReason),
            },
        ],
    };

    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments =
        [
            new ArgumentDefinition("url", Scalars.String.NonNull()) { Description = "The URL that specifies the behavior of this scalar." },
        ],
    };

    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>In graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecifiedDirective(DirectiveDefinition directive) =>
        directive.Name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
