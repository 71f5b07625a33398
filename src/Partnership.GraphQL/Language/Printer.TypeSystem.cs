namespace Partnership.GraphQL.Language;

// Type system definitions and extensions, as graphql-js 17.1's print lays them out.
public static partial class Printer
{
    private static PrintBuffer ReduceTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["schema", Join(Map(n.Directives), " "), Block(Map(n.OperationTypes))], " "),
        ]),
        OperationTypeDefinitionNode n => Join([OperationName(n.Operation), ": ", Reduce(n.Type)]),
        ScalarTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["scalar", Reduce(n.Name), Join(Map(n.Directives), " ")], " "),
        ]),
        ObjectTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["type", Reduce(n.Name), Wrap("implements ", Join(Map(n.Interfaces), " & ")),
                Join(Map(n.Directives), " "), Block(Map(n.Fields))], " "),
        ]),
        FieldDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"), Reduce(n.Name), ArgumentDefinitions(Map(n.Arguments)), ": ",
            Reduce(n.Type), Wrap(" ", Join(Map(n.Directives), " ")),
        ]),
        InputValueDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"), Reduce(n.Name), ": ", Reduce(n.Type),
            Wrap(" = ", Reduce(n.DefaultValue)), Wrap(" ", Join(Map(n.Directives), " ")),
        ]),
        InterfaceTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["interface", Reduce(n.Name), Wrap("implements ", Join(Map(n.Interfaces), " & ")),
                Join(Map(n.Directives), " "), Block(Map(n.Fields))], " "),
        ]),
        UnionTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["union", Reduce(n.Name), Join(Map(n.Directives), " "), Wrap("= ", Join(Map(n.Types), " | "))], " "),
        ]),
        EnumTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["enum", Reduce(n.Name), Join(Map(n.Directives), " "), Block(Map(n.Values))], " "),
        ]),
        EnumValueDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join([Reduce(n.Name), Join(Map(n.Directives), " ")], " "),
        ]),
        InputObjectTypeDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"),
            Join(["input", Reduce(n.Name), Join(Map(n.Directives), " "), Block(Map(n.Fields))], " "),
        ]),
        DirectiveDefinitionNode n => Join([
            Wrap("", Reduce(n.Description), "\n"), "directive @", Reduce(n.Name), ArgumentDefinitions(Map(n.Arguments)),
            Wrap(" ", Join(Map(n.Directives), " ")), n.Repeatable ? " repeatable" : "", " on ",
            Join(Map(n.Locations), " | "),
        ]),
        SchemaExtensionNode n => Join(["extend schema", Join(Map(n.Directives), " "), Block(Map(n.OperationTypes))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", Reduce(n.Name), Join(Map(n.Directives), " ")], " "),
        ObjectTypeExtensionNode n => Join([
            "extend type", Reduce(n.Name), Wrap("implements ", Join(Map(n.Interfaces), " & ")),
            Join(Map(n.Directives), " "), Block(Map(n.Fields)),
        ], " "),
        InterfaceTypeExtensionNode n => Join([
            "extend interface", Reduce(n.Name), Wrap("implements ", Join(Map(n.Interfaces), " & ")),
            Join(Map(n.Directives), " "), Block(Map(n.Fields)),
        ], " "),
        UnionTypeExtensionNode n => Join([
            "extend union", Reduce(n.Name), Join(Map(n.Directives), " "), Wrap("= ", Join(Map(n.Types), " | ")),
        ], " "),
        EnumTypeExtensionNode n => Join(["extend enum", Reduce(n.Name), Join(Map(n.Directives), " "), Block(Map(n.Values))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", Reduce(n.Name), Join(Map(n.Directives), " "), Block(Map(n.Fields))], " "),
        DirectiveExtensionNode n => Join([Join(["extend directive @", Reduce(n.Name)]), Join(Map(n.Directives), " ")], " "),
        _ => throw new ArgumentException($"Cannot print a {node.Kind} node.", nameof(node)),
    };

    /// <summary>Argument definitions on one line, or one per line (indented) when any of them spans lines.</summary>
    private static PrintBuffer ArgumentDefinitions(PrintBuffer[] args) =>
        HasMultilineItems(args)
            ? Wrap("(\n", Join(args, "\n").Indent(), "\n)")
            : Wrap("(", Join(args, ", "), ")");
}
