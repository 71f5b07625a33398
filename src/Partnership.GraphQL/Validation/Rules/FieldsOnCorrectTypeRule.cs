using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation.Rules;

/// <summary>Selected fields exist on their parent type (spec 5.3.1).</summary>
public static class FieldsOnCorrectTypeRule
{
    public static ASTVisitor Create(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ASTVisitor
    {
        public override VisitAction EnterField(FieldNode node, VisitorContext _)
        {
            if (context.GetParentType() is not NamedType type || context.GetFieldDef() is not null) return VisitAction.Continue;
            var schema = context.ValidSchema;
            var fieldName = node.Name.Value;
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on",
                context.HideSuggestions ? [] : GetSuggestedTypeNames(schema, type, fieldName));
            if (suggestion.Length == 0)
                suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : GetSuggestedFieldNames(type, fieldName));
            context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node));
            return VisitAction.Continue;
        }
    }

    // The possible types and interfaces that have the field, the most used first, then interfaces before their
    // implementations, then by name.
    private static IReadOnlyList<string> GetSuggestedTypeNames(GraphQLSchema schema, NamedType type, string fieldName)
    {
        if (type is not IAbstractType abstractType) return [];
        var suggested = new List<NamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.GetField(fieldName) is null) continue;
            if (!suggested.Contains(possibleType)) suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null) continue;
                if (!suggested.Contains(possibleInterface)) suggested.Add(possibleInterface);
                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }
        var indexed = new (NamedType Type, int Index)[suggested.Count];
        for (int i = 0; i < indexed.Length; i++) indexed[i] = (suggested[i], i);
        Array.Sort(indexed, (a, b) =>
        {
            var diff = usageCount[b.Type.Name] - usageCount[a.Type.Name];
            if (diff != 0) return diff;
            if (a.Type is InterfaceType ia && b.Type != a.Type && schema.IsSubType(ia, b.Type)) return -1;
            if (b.Type is InterfaceType ib && a.Type != b.Type && schema.IsSubType(ib, a.Type)) return 1;
            var byName = Suggestions.NaturalCompare(a.Type.Name, b.Type.Name);
            return byName != 0 ? byName : a.Index - b.Index;
        });
        var names = new string[indexed.Length];
        for (int i = 0; i < names.Length; i++) names[i] = indexed[i].Type.Name;
        return names;
    }

    private static IReadOnlyList<string> GetSuggestedFieldNames(NamedType type, string fieldName) =>
        type is IFieldsContainer container ? Suggestions.SuggestionList(fieldName, container.Fields.Keys) : [];
}
