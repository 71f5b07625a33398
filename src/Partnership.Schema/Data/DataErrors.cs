using Partnership.GraphQL.Errors;

namespace Partnership.Schema.Data;

/// <summary>The <c>extensions.code</c> values the data features report.</summary>
public static class DataErrorCodes
{
    public const string NotAuthorized = "NOT_AUTHORIZED";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidSort = "INVALID_SORT";
    public const string MaxPageSize = "PAGINATION_MAX_ITEMS";
    public const string MinPageSize = "PAGINATION_MIN_ITEMS";
    public const string FirstAndLast = "PAGINATION_FIRST_AND_LAST";
    public const string InvalidCursor = "PAGINATION_INVALID_CURSOR";
    public const string InvalidId = "INVALID_ID";
}

internal static class DataErrors
{
    public static GraphQLError Create(string message, string code, params (string Key, object? Value)[] extra)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in extra) extensions[key] = value;
        return new GraphQLError(message, extensions: extensions);
    }

    public static GraphQLError NotAuthorized(EntityField field) =>
        Create($"The current user is not authorized to access \"{field.DeclaringType.Name}.{field.Name}\".", DataErrorCodes.NotAuthorized);

    public static GraphQLError NullNotSupported(string operation, string typeName) =>
        Create($"The provided value for filter `{operation}` of type {typeName} is invalid. Null values are not supported.", DataErrorCodes.InvalidFilter);

    public static GraphQLError InvalidFilterValue(string operation, string typeName, string reason) =>
        Create($"The provided value for filter `{operation}` of type {typeName} is invalid. {reason}", DataErrorCodes.InvalidFilter);

    public static GraphQLError MaxPageSize(int requested, int max) =>
        Create("The maximum allowed items per page were exceeded.", DataErrorCodes.MaxPageSize, ("requestedItems", requested), ("maxAllowedItems", max));

    public static GraphQLError MinPageSize(int requested) =>
        Create("The requested number of values per page must be at least 0.", DataErrorCodes.MinPageSize, ("requestedItems", requested));

    public static GraphQLError FirstAndLast() =>
        Create("Arguments `first` and `last` must not be used together.", DataErrorCodes.FirstAndLast);

    public static GraphQLError InvalidCursor(string argument) =>
        Create($"The cursor given in `{argument}` is invalid.", DataErrorCodes.InvalidCursor, ("argument", argument));

    public static GraphQLError InvalidId(string id) =>
        Create($"The ID `{id}` is not a valid node ID.", DataErrorCodes.InvalidId);
}
