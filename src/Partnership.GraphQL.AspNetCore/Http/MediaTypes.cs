using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Partnership.GraphQL.AspNetCore.Http;

internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be produced.</summary>
    None,
    /// <summary><c>application/graphql-response+json</c>: status codes say whether the request executed.</summary>
    GraphQLResponseJson,
    /// <summary><c>application/json</c>: well-formed GraphQL requests always get 200.</summary>
    Json,
}

/// <summary>Content negotiation as the GraphQL-over-HTTP specification describes it.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(ResponseMediaType type) =>
        type == ResponseMediaType.GraphQLResponseJson
            ? GraphQLResponseJson + "; charset=utf-8"
            : Json + "; charset=utf-8";

    /// <summary>
    /// Picks the response type from Accept: the highest quality wins, ties go to the one the client listed first;
    /// wildcards and a missing header mean <c>application/json</c> (graphql-http's expectations).
    /// </summary>
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return ResponseMediaType.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0) return ResponseMediaType.Json;
        var best = ResponseMediaType.None;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0 || quality <= bestQuality) continue;
            if (value.Charset.HasValue && !IsUtf8(value.Charset)) continue;
            var type = Classify(value.MediaType);
            if (type == ResponseMediaType.None) continue;
            best = type;
            bestQuality = quality;
        }
        return best;
    }

    /// <summary>True when a browser asks for HTML before JSON (the IDE), as a navigation request does.</summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var values)) return false;
        double html = 0, json = 0;
        foreach (var value in values)
        {
            var q = value.Quality ?? 1.0;
            if (value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) html = Math.Max(html, q);
            else if (value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                     || value.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) json = Math.Max(json, q);
        }
        return html > 0 && html >= json;
    }

    /// <summary>Whether a POST body's Content-Type is JSON we can read (UTF-8 or no charset).</summary>
    public static HttpProblem? CheckRequestContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return new HttpProblem(415, HttpProblem.UnsupportedMediaType,
                "The request has no Content-Type; send the GraphQL request as application/json.");
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !(parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                 || parsed.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)))
            return new HttpProblem(415, HttpProblem.UnsupportedMediaType,
                "Content-Type must be application/json (or application/graphql-response+json).");
        if (parsed.Charset.HasValue && !IsUtf8(parsed.Charset))
            return new HttpProblem(415, HttpProblem.UnsupportedMediaType, "The request body must be encoded in UTF-8.");
        return null;
    }

    private static ResponseMediaType Classify(StringSegment mediaType)
    {
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)) return ResponseMediaType.GraphQLResponseJson;
        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)) return ResponseMediaType.Json;
        return ResponseMediaType.None;
    }

    private static bool IsUtf8(StringSegment charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
