using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Partnership.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves the GraphiQL IDE from resources embedded at build time (ide/ builds them from the npm graphiql package),
/// so the IDE works with no internet: nothing is fetched from elsewhere.
/// </summary>
internal sealed class GraphiQLPage
{
    internal const string AssetSegment = "ide";
    private static readonly Assembly Assembly = typeof(GraphiQLPage).Assembly;

    private readonly Dictionary<string, (byte[] Content, string ContentType)> _assets = new(StringComparer.Ordinal);
    private byte[]? _page;
    private readonly string _endpointPath;

    public GraphiQLPage(string endpointPath)
    {
        _endpointPath = endpointPath;
        Load("graphiql.js", "text/javascript; charset=utf-8");
        Load("graphiql.css", "text/css; charset=utf-8");
    }

    /// <summary>True when the bundle was built and embedded (it is not when the ide/ npm packages were missing).</summary>
    public bool IsAvailable => _assets.Count == 2;

    public async Task WritePageAsync(HttpContext http)
    {
        if (!IsAvailable)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "The GraphiQL IDE was not built into this server: its bundle (src/Partnership.GraphQL.AspNetCore/ide/dist, committed) is missing; restore it, or run npm ci in that ide folder, and rebuild.");
            return;
        }
        _page ??= BuildPage();
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        // The page loads only its own script and style and talks only to this endpoint.
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:";
        await http.Response.Body.WriteAsync(_page);
    }

    public async Task WriteAssetAsync(HttpContext http, string name)
    {
        if (!_assets.TryGetValue(name, out var asset))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = asset.ContentType;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.Body.WriteAsync(asset.Content);
    }

    private byte[] BuildPage()
    {
        var template = ReadResource("index.html") ?? throw new InvalidOperationException("The IDE page template is missing.");
        var html = Encoding.UTF8.GetString(template)
            .Replace("{{endpoint}}", System.Net.WebUtility.HtmlEncode(_endpointPath), StringComparison.Ordinal)
            .Replace("{{assets}}", System.Net.WebUtility.HtmlEncode(_endpointPath.TrimEnd('/') + "/" + AssetSegment), StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(html);
    }

    private void Load(string name, string contentType)
    {
        if (ReadResource(name) is { } content) _assets[name] = (content, contentType);
    }

    private static byte[]? ReadResource(string name)
    {
        using var stream = Assembly.GetManifestResourceStream("ide/" + name);
        if (stream is null) return null;
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
