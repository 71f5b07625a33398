using System.Net;
using System.Text.RegularExpressions;

namespace Partnership.Gateway.Tests.Scorecard;

/// <summary>The scorecard page and its assets over HTTP: types, the Content-Security-Policy, nothing from elsewhere.</summary>
public sealed partial class ScorecardPageTests
{
    // The SVG namespace is a name the DOM needs to create SVG elements, never fetched; any other absolute URL fails.
    private static readonly string[] NamespaceNames = ["http://www.w3.org/2000/svg"];

    [GeneratedRegex(@"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s'""`)]*", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    private static void AssertStrictPolicy(HttpResponseMessage response)
    {
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static void AssertNoExternalUrl(string text) =>
        Assert.All(AbsoluteUrl().Matches(text), m => Assert.Contains(m.Value, NamespaceNames));

    [Fact]
    public async Task GetScorecard_Anonymous_ServesThePageWithStrictPolicyAndNoInlineScript()
    {
        await using var factory = new GatewayFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/scorecard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        AssertStrictPolicy(response);
        var html = await response.Content.ReadAsStringAsync();
        AssertNoExternalUrl(html);
        Assert.Contains("""<script src="/scorecard/scorecard.js" defer></script>""", html);
        Assert.Contains("""<link rel="stylesheet" href="/scorecard/scorecard.css">""", html);
        Assert.Contains("""data-endpoint="/graphql" """.TrimEnd(), html);
        // Every script is a file (the policy would block an inline one), and no element carries inline style or handlers.
        Assert.Equal(Regex.Count(html, "<script"), Regex.Count(html, """<script src="[^"]+" defer></script>"""));
        Assert.DoesNotMatch(@"\sstyle=|\son[a-z]+=", html);
        Assert.Matches("<label for=\"token\">", html);
    }

    [Theory]
    [InlineData("scorecard.js", "text/javascript")]
    [InlineData("charts.js", "text/javascript")]
    [InlineData("scorecard.css", "text/css")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task GetScorecardAsset_Known_ServedWithItsTypeAndNoExternalUrl(string file, string mediaType)
    {
        await using var factory = new GatewayFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/scorecard/" + file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        if (mediaType.StartsWith("text/", StringComparison.Ordinal)) Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        AssertStrictPolicy(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Length > (file.EndsWith(".svg", StringComparison.Ordinal) ? 100 : 500), file + " is too short to be the page's " + file);
        AssertNoExternalUrl(text);
    }

    [Theory]
    [InlineData("/scorecard/index.html")]
    [InlineData("/scorecard/other.js")]
    [InlineData("/scorecard/..%2Fappsettings.json")]
    public async Task GetScorecardAsset_Unknown_Returns404(string path)
    {
        await using var factory = new GatewayFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetScorecard_UnderPathBase_LinksAndEndpointCarryTheBase()
    {
        await using var factory = PathBaseStartupFilter.Factory("/partners/hub");
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/partners/hub/scorecard");
        Assert.Contains("""<script src="/partners/hub/scorecard/scorecard.js" defer></script>""", html);
        Assert.Contains("""<script src="/partners/hub/scorecard/charts.js" defer></script>""", html);
        Assert.Contains("""href="/partners/hub/scorecard/scorecard.css">""", html);
        Assert.Contains("""data-endpoint="/partners/hub/graphql">""", html);
        using var script = await client.GetAsync("/partners/hub/scorecard/scorecard.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
