using Partnership.GraphQL.Validation.Rules;

namespace Partnership.GraphQL.Validation;

/// <summary>The rule sets graphql-js 17.1 applies, in its order.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// graphql-js 17.1 <c>specifiedRules</c> (including <c>MaxIntrospectionDepthRule</c> from <c>recommendedRules</c>),
    /// without the four defer/stream rules since this engine does not implement <c>@defer</c>/<c>@stream</c>.
    /// </summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ExecutableDefinitionsRule.Create,
        KnownOperationTypesRule.Create,
        UniqueOperationNamesRule.Create,
        LoneAnonymousOperationRule.Create,
        SingleFieldSubscriptionsRule.Create,
        KnownTypeNamesRule.Create,
        FragmentsOnCompositeTypesRule.Create,
        VariablesAreInputTypesRule.Create,
        ScalarLeafsRule.Create,
        FieldsOnCorrectTypeRule.Create,
        UniqueFragmentNamesRule.Create,
        KnownFragmentNamesRule.Create,
        NoUnusedFragmentsRule.Create,
        PossibleFragmentSpreadsRule.Create,
        NoFragmentCyclesRule.Create,
        UniqueVariableNamesRule.Create,
        NoUndefinedVariablesRule.Create,
        NoUnusedVariablesRule.Create,
        KnownDirectivesRule.Create,
        UniqueDirectivesPerLocationRule.Create,
        KnownArgumentNamesRule.Create,
        UniqueArgumentNamesRule.Create,
        ValuesOfCorrectTypeRule.Create,
        ProvidedRequiredArgumentsRule.Create,
        VariablesInAllowedPositionRule.Create,
        OverlappingFieldsCanBeMergedRule.Create,
        UniqueInputFieldNamesRule.Create,
        MaxIntrospectionDepthRule.Create,
    ];

    /// <summary>graphql-js 17.1 <c>specifiedSDLRules</c>, run by <see cref="DocumentValidator.ValidateSdl"/>.</summary>
    public static IReadOnlyList<SDLValidationRule> Sdl { get; } =
    [
        LoneSchemaDefinitionRule.Create,
        UniqueOperationTypesRule.Create,
        UniqueTypeNamesRule.Create,
        UniqueEnumValueNamesRule.Create,
        UniqueFieldDefinitionNamesRule.Create,
        UniqueArgumentDefinitionNamesRule.Create,
        UniqueDirectiveNamesRule.Create,
        KnownTypeNamesRule.Create,
        KnownDirectivesRule.Create,
        UniqueDirectivesPerLocationRule.Create,
        PossibleTypeExtensionsRule.Create,
        KnownArgumentNamesRule.CreateOnDirectives,
        UniqueArgumentNamesRule.Create,
        UniqueInputFieldNamesRule.Create,
        ProvidedRequiredArgumentsRule.CreateOnDirectives,
    ];
}
