using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>
/// Literal values are valid for the input type expected where they appear (spec 5.6.1), checked as graphql-js 17's
/// <c>validateInputLiteral</c> checks them without variable values: each literal is checked once, whole, from its
/// outermost value.
/// </summary>
public static class ValuesOfCorrectTypeRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterNullValue(NullValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterListValue(ListValueNode node, VisitorContext _) => Check(node, context.GetParentInputType());
        public override VisitAction EnterObjectValue(ObjectValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterEnumValue(EnumValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterIntValue(IntValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterFloatValue(FloatValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterStringValue(StringValueNode node, VisitorContext _) => Check(node, context.GetInputType());
        public override VisitAction EnterBooleanValue(BooleanValueNode node, VisitorContext _) => Check(node, context.GetInputType());

        private VisitAction Check(ValueNode node, GraphQLType? inputType)
        {
            if (inputType is not null) Validate(node, inputType);
            return VisitAction.Skip;
        }

        private void Validate(ValueNode valueNode, GraphQLType type)
        {
            if (valueNode is VariableNode) return; // no variable values during validation
            if (type is NonNullType nonNull)
            {
                if (valueNode is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", valueNode);
                    return;
                }
                Validate(valueNode, nonNull.OfType);
                return;
            }
            if (valueNode is NullValueNode) return;
            switch (type)
            {
                case ListType list:
                    if (valueNode is ListValueNode items)
                    {
                        foreach (var item in items.Values) Validate(item, list.OfType);
                    }
                    else
                    {
                        Validate(valueNode, list.OfType);
                    }
                    return;
                case InputObjectType inputObject:
                    ValidateInputObject(valueNode, inputObject);
                    return;
                case ILeafType leaf:
                    ValidateLeaf(valueNode, leaf, type);
                    return;
            }
        }

        private void ValidateInputObject(ValueNode valueNode, InputObjectType type)
        {
            if (valueNode is not ObjectValueNode objectNode)
            {
                Report($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(valueNode)}.", valueNode);
                return;
            }
            var fields = objectNode.Fields;
            foreach (var field in type.Fields.Values)
            {
                ObjectFieldNode? fieldNode = null;
                for (int i = fields.Count - 1; i >= 0; i--)
                {
                    if (fields[i].Name.Value == field.Name) { fieldNode = fields[i]; break; }
                }
                if (fieldNode is null)
                {
                    if (field.Type is NonNullType && !field.HasDefaultValue)
                        Report($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(valueNode)}.", valueNode);
                }
                else
                {
                    Validate(fieldNode.Value, field.Type);
                }
            }
            int knownCount = 0;
            ObjectFieldNode? firstKnown = null;
            foreach (var fieldNode in fields)
            {
                var fieldName = fieldNode.Name.Value;
                if (type.GetField(fieldName) is null)
                {
                    var suggestion = context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.SuggestionList(fieldName, type.Fields.Keys));
                    Report($"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldName}\""
                        + (suggestion.Length != 0 ? "." + suggestion + " Found" : ", found") + $": {Printer.Print(valueNode)}.", fieldNode);
                }
                else
                {
                    knownCount++;
                    firstKnown ??= fieldNode;
                }
            }
            if (type.IsOneOf && (knownCount != 1 || firstKnown!.Value is NullValueNode))
            {
                Report($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", valueNode);
            }
        }

        private void ValidateLeaf(ValueNode valueNode, ILeafType leaf, GraphQLType type)
        {
            var literal = HasVariables(valueNode) ? ValueFromAst.ReplaceVariables(valueNode, null) : valueNode;
            try
            {
                if (leaf is EnumType enumType) enumType.CoerceInputLiteral(literal, context.HideSuggestions);
                else leaf.CoerceInputLiteral(literal);
            }
            catch (GraphQLError error)
            {
                context.ReportError(error);
            }
            catch (Exception error) when (error is not ValidationAbortedException)
            {
                var message = string.IsNullOrEmpty(error.Message) ? error.GetType().Name : error.Message;
                context.ReportError(new GraphQLError(
                    $"Expected value of type \"{type}\", but encountered error \"{message}\"; found: {Printer.Print(valueNode)}.",
                    [valueNode], originalError: error));
            }
        }

        private void Report(string message, Node node) => context.ReportError(new GraphQLError(message, node));

        private static bool HasVariables(ValueNode node)
        {
            switch (node)
            {
                case VariableNode:
                    return true;
                case ListValueNode list:
                    foreach (var item in list.Values) if (HasVariables(item)) return true;
                    return false;
                case ObjectValueNode obj:
                    foreach (var field in obj.Fields) if (HasVariables(field.Value)) return true;
                    return false;
                default:
                    return false;
            }
        }
    }
}
