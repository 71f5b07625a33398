using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>SDL: argument names of a field or directive definition are unique.</summary>
public static class UniqueArgumentDefinitionNamesRule
{
    public static ASTVisitor Create(SDLValidationContext context) => new Visitor(context);

    private sealed class Visitor(SDLValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, VisitorContext _)
        {
            Check("@" + node.Name.Value, node.Arguments);
            return VisitAction.Skip;
        }

        public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, VisitorContext _) => PerField(node.Name.Value, node.Fields);
        public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, VisitorContext _) => PerField(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, VisitorContext _) => PerField(node.Name.Value, node.Fields);
        public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, VisitorContext _) => PerField(node.Name.Value, node.Fields);

        private VisitAction PerField(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields) Check(typeName + "." + field.Name.Value, field.Arguments);
            return VisitAction.Skip;
        }

        private void Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            if (arguments.Count < 2) return;
            var groups = new OrderedDictionary<string, List<Node>>(StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                if (!groups.TryGetValue(argument.Name.Value, out var list)) groups.Add(argument.Name.Value, list = []);
                list.Add(argument.Name);
            }
            foreach (var (name, nodes) in groups)
            {
                if (nodes.Count > 1)
                    context.ReportError(new GraphQLError($"Argument \"{parentName}({name}:)\" can only be defined once.", nodes));
            }
        }
    }
}
