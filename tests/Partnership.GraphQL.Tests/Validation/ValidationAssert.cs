using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Tests.Validation;

/// <summary>Runs rules the way graphql-js's validation test harness does and compares messages and locations exactly.</summary>
internal static class ValidationAssert
{
    public static void Errors(ValidationRule rule, string query, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Compare(DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query), [rule]), expected);

    public static void AllRulesErrors(int maxErrors, string query, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Compare(DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query), maxErrors: maxErrors), expected);

    public static void Valid(ValidationRule rule, string query) => Errors(rule, query);

    public static void SdlErrors(SDLValidationRule rule, string sdl, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Compare(DocumentValidator.ValidateSdl(Parser.Parse(sdl), null, [rule]), expected);

    public static void SdlExtensionErrors(SDLValidationRule rule, string sdl, params (string Message, (int Line, int Column)[] Locations)[] expected) =>
        Compare(DocumentValidator.ValidateSdl(Parser.Parse(sdl), ValidationTestSchema.Schema, [rule]), expected);

    public static void Compare(IReadOnlyList<GraphQLError> actual, (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe((string Message, (int Line, int Column)[] Locations)[] errors) =>
        string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));

    private static string Describe(IReadOnlyList<GraphQLError> errors) =>
        string.Join("\n", errors.Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))));
}
