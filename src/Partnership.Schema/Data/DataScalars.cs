using System.Globalization;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.Schema.Data;

/// <summary>The <c>Date</c> (ISO 8601 date, <see cref="DateOnly"/>) and <c>DateTime</c> (ISO 8601 date-time with offset, <see cref="DateTimeOffset"/>) scalars.</summary>
public static class DataScalars
{
    public static ScalarType Date { get; } = new("Date")
    {
        Description = "An ISO 8601 calendar date, such as `2024-03-31`.",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date.html",
        Serialize = value => value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime dt => DateOnly.FromDateTime(dt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
        },
        ParseValue = value => value is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Inspector.Inspect(value)}"),
        ParseLiteral = node => node is StringValueNode s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new GraphQLError($"Date cannot represent value: {Printer.Print(node)}", node),
        ToLiteral = value => value is DateOnly d ? new StringValueNode(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
    };

    public static ScalarType DateTime { get; } = new("DateTime")
    {
        Description = "An ISO 8601 date-time with a UTC offset, such as `2024-03-31T09:30:00+01:00`.",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time.html",
        Serialize = value => value switch
        {
            DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
        },
        ParseValue = value => value is string s && TryParseDateTime(s, out var d)
            ? d
            : throw new GraphQLError($"DateTime cannot represent value: {Inspector.Inspect(value)}"),
        ParseLiteral = node => node is StringValueNode s && TryParseDateTime(s.Value, out var d)
            ? d
            : throw new GraphQLError($"DateTime cannot represent value: {Printer.Print(node)}", node),
        ToLiteral = value => value is DateTimeOffset d
            ? new StringValueNode(d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture))
            : null,
    };

    // An offset (or Z) is required: a date-time without one names no instant.
    private static bool TryParseDateTime(string s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[10] != 'T') return false;
        var tail = s[^1] == 'Z' || s[^1] == 'z' || (s.Length > 6 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':');
        return tail && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
