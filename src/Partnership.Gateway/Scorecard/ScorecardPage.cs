using System.Net;
using System.Reflection;
using System.Text;

namespace Partnership.Gateway.Scorecard;

/// <summary>
/// Serves the scorecard page at <c>/scorecard</c> and its script and styles at <c>/scorecard/{file}</c>, all embedded in
/// the Gateway so the page works with no internet. The page holds no numbers: in the browser it asks <c>/graphql</c>
/// with the caller's bearer token, the same queries any client would send, so the API's sharing rules decide what shows.
/// </summary>
internal static class ScorecardPage
{
    public const string Path = "/scorecard";

    // Only this origin's files; the page's script talks only to this origin's /graphql; nothing may frame it.
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["scorecard.js"] = "text/javascript; charset=utf-8",
        ["charts.js"] = "text/javascript; charset=utf-8",
        ["scorecard.css"] = "text/css; charset=utf-8",
        ["favicon.svg"] = "image/svg+xml", // the page's own icon, so the browser does not ask for /favicon.ico
    };

    private static readonly Lazy<string> Template = new(() => Encoding.UTF8.GetString(Read("index.html")
        ?? throw new InvalidOperationException("The scorecard page is not embedded in the Gateway.")));

    private static readonly Dictionary<string, byte[]> Assets = ContentTypes.Keys
        .ToDictionary(name => name, name => Read(name) ?? throw new InvalidOperationException($"The scorecard's {name} is not embedded."), StringComparer.Ordinal);

    /// <summary>Maps the page and its assets; <c>Program</c> calls this once.</summary>
    public static IEndpointRouteBuilder MapPartnershipScorecard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, WritePageAsync).WithDisplayName("Scorecard page").ExcludeFromDescription();
        endpoints.MapGet(Path + "/{file}", WriteAssetAsync).WithDisplayName("Scorecard assets").ExcludeFromDescription();
        return endpoints;
    }

    private static Task WritePageAsync(HttpContext http)
    {
        // Under a path base (a reverse proxy's prefix) the page's links and the endpoint it calls carry that base.
        var basePath = http.Request.PathBase.ToUriComponent().TrimEnd('/');
        var html = Template.Value
            .Replace("{{base}}", WebUtility.HtmlEncode(basePath + Path), StringComparison.Ordinal)
            .Replace("{{endpoint}}", WebUtility.HtmlEncode(basePath + "/graphql"), StringComparison.Ordinal);
        SetSecurityHeaders(http.Response);
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(html);
    }

    private static async Task WriteAssetAsync(HttpContext http, string file)
    {
        if (!Assets.TryGetValue(file, out var content))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        SetSecurityHeaders(http.Response);
        http.Response.ContentType = ContentTypes[file];
        await http.Response.Body.WriteAsync(content);
    }

    private static void SetSecurityHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static byte[]? Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("scorecard/" + name);
        if (stream is null) return null;
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
