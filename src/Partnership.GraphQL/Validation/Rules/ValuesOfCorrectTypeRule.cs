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

    private sealed class Visitor : ASTVisitor
    {
        private readonly ValidationContext _context;
        private readonly InputErrorHandler _onError;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _onError = (error, _) => context.ReportError(error);
        }

        public override VisitAction EnterNullValue(NullValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterListValue(ListValueNode node, VisitorContext _) => Check(node, _context.GetParentInputType());
        public override VisitAction EnterObjectValue(ObjectValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterEnumValue(EnumValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterIntValue(IntValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterFloatValue(FloatValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterStringValue(StringValueNode node, VisitorContext _) => Check(node, _context.GetInputType());
        public override VisitAction EnterBooleanValue(BooleanValueNode node, VisitorContext _) => Check(node, _context.GetInputType());

        private VisitAction Check(ValueNode node, GraphQLType? inputType)
        {
            if (inputType is not null)
                InputValidation.ValidateInputLiteral(node, inputType, _onError, variables: null, _context.HideSuggestions);
            return VisitAction.Skip;
        }
    }
}
