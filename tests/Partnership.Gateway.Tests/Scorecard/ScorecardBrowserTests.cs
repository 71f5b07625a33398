using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Partnership.GraphQL.AspNetCore.Security;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Partnership.Gateway.Tests.Scorecard;

/// <summary>
/// The scorecard page in headless Debian Chromium, served under a path base: for social care it shows the numbers the
/// GraphQL API gives a client for the same queries; for the police it shows that the scorecard is not theirs, and no number.
/// </summary>
public sealed class ScorecardBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string PathBase = "/partners/hub";
    private const string Hub1 = "Slough Hub 1 (child protection)";

    [Fact]
    public async Task Scorecard_SocialCareToken_ShowsTheNumbersTheApiGives()
    {
        await using var host = await BrowserHost.StartAsync(output);
        var token = host.Factory.Token(Agency.SocialCare, organisation: Hub1);
        var api = await host.QueryAsync(token, """
            query($from: Date!, $to: Date!) {
              councils: scorecard(from: $from, to: $to, byHub: false) { localAuthority month referrals section47Enquiries initialConferences initialConferencesInTime }
              hubs: scorecard(from: $from, to: $to) { hub month referrals }
              hubCaseloads { name openCases }
            }
            """, new { from = "2025-04-01", to = "2026-03-31" });
        var councils = api["councils"]!.AsArray();
        Assert.True(councils.Sum(r => r!["referrals"]!.GetValue<int>()) > 0, "the test world has no referrals to show");
        Assert.True(councils.Sum(r => r!["section47Enquiries"]!.GetValue<int>()) > 0, "the test world has no s47 enquiries to show");

        var page = await host.OpenAsync("?from=2025-04&to=2026-03", token);
        await Expect(page.Locator("#scorecard")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(page.Locator("#categories")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referrals", Exact = true })).ToBeVisibleAsync();
        Assert.Equal("la:871", await page.GetByLabel("Council or hub").InputValueAsync());

        // Every month of the council: the page's table shows what the API returned (a month without a row is 0).
        foreach (var month in Months("2025-04", 12))
        {
            var row = councils.FirstOrDefault(r => r!["month"]!.GetValue<string>() == month);
            Assert.Equal(Value(row, "referrals"), await Cell(page, "referrals", month, "Referrals"));
            Assert.Equal(Value(row, "section47Enquiries"), await Cell(page, "s47", month, "Section 47 enquiries"));
            Assert.Equal(Value(row, "initialConferences"), await Cell(page, "icpc", month, "Held"));
            Assert.Equal(Value(row, "initialConferencesInTime"), await Cell(page, "icpc", month, "Within 15 working days"));
        }
        foreach (var hub in api["hubCaseloads"]!.AsArray())
            Assert.Equal(hub!["openCases"]!.GetValue<int>().ToString(), await Cell(page, "caseloads", hub["name"]!.GetValue<string>(), "Open cases"));

        // Children on a plan by category at a month's end: the page's count is a client's count.
        var neglect = await host.QueryAsync(token, """
            query($day: Date!) { children(where: { localAuthority: { code: { eq: "871" } }, plans: { some: {
              kind: { in: [CHILD_PROTECTION, PRE_BIRTH] }, category: { eq: NEG }, start: { lte: $day }, or: [{ end: { eq: null } }, { end: { gt: $day } }] } } }) { totalCount } }
            """, new { day = "2026-02-28" });
        var neglectCount = neglect["children"]!["totalCount"]!.GetValue<int>();
        Assert.True(neglectCount > 0, "the test world has no child on a neglect plan");
        Assert.Equal(neglectCount.ToString(), await Cell(page, "categories", "2026-02", "Neglect"));
        Assert.True(await page.Locator("#referrals svg rect").CountAsync() >= 12);
        foreach (var chart in new[] { "referrals", "s47", "icpc", "categories", "caseloads", "emergency" })
            Assert.Equal(1, await page.Locator($"#{chart} table").CountAsync());
        Assert.Contains("no query for the NHS number match rate", await page.Locator("#nhs").TextContentAsync());
        await host.ScreenshotAsync(page, "scorecard-social-care.png");

        // One hub: its rows of the by-hub scorecard.
        await page.GetByLabel("Council or hub").SelectOptionAsync(new SelectOptionValue { Label = "Council 871 · " + Hub1 });
        foreach (var month in Months("2025-04", 12))
        {
            var row = api["hubs"]!.AsArray().FirstOrDefault(r => r!["hub"]?.GetValue<string>() == Hub1 && r["month"]!.GetValue<string>() == month);
            Assert.Equal(Value(row, "referrals"), await Cell(page, "referrals", month, "Referrals"));
        }
        host.AssertNothingOffsiteAndNoErrors();
    }

    [Fact]
    public async Task Scorecard_PoliceToken_ShowsNotAvailableAndNoNumbers()
    {
        await using var host = await BrowserHost.StartAsync(output);
        var token = host.Factory.Token(Agency.Police, ["871", "870"], organisation: "Thames Valley Police Slough LPA");

        var page = await host.OpenAsync("?from=2025-04&to=2026-03", token);
        await Expect(page.Locator("#scorecard")).ToHaveAttributeAsync("data-state", "forbidden");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("not available to your organisation");
        await Expect(page.Locator("#results")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("#results td, #results svg").CountAsync());
        Assert.Equal(0, await page.Locator("#unit option").CountAsync());
        await host.ScreenshotAsync(page, "scorecard-police.png");
        host.AssertNothingOffsiteAndNoErrors();
    }

    private static IEnumerable<string> Months(string first, int count)
    {
        var start = DateOnly.ParseExact(first + "-01", "yyyy-MM-dd");
        return Enumerable.Range(0, count).Select(i => start.AddMonths(i).ToString("yyyy-MM"));
    }

    private static string Value(JsonNode? row, string field) => (row?[field]?.GetValue<int>() ?? 0).ToString();

    private static async Task<string> Cell(IPage page, string chart, string label, string series) =>
        (await page.Locator($"#{chart} td[data-label=\"{label}\"][data-series=\"{series}\"]").TextContentAsync())!.Trim();

    /// <summary>A Gateway under a path base on a loopback port, a headless Chromium, and what the page asked for.</summary>
    private sealed class BrowserHost : IAsyncDisposable
    {
        private readonly List<string> _offsite = [];
        private readonly List<string> _errors = [];
        private readonly ITestOutputHelper _output;
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        private BrowserHost(ITestOutputHelper output) => _output = output;

        public GatewayFactory Factory { get; } = PathBaseStartupFilter.Factory(PathBase);

        public string Origin { get; private set; } = "";

        public static async Task<BrowserHost> StartAsync(ITestOutputHelper output)
        {
            Assert.True(File.Exists(Chromium), "Debian's chromium is missing; run scripts/setup.sh");
            var host = new BrowserHost(output);
            host.Origin = host.Factory.StartOnLoopback().GetLeftPart(UriPartial.Authority);
            host._playwright = await Playwright.CreateAsync();
            host._browser = await host._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return host;
        }

        /// <summary>Opens the page and signs in the way a person does: the token into the labelled field, then the button.</summary>
        public async Task<IPage> OpenAsync(string query, string token)
        {
            var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
            page.SetDefaultTimeout(30_000);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(Origin + PathBase + "/", StringComparison.Ordinal)) _offsite.Add(request.Url);
            };
            page.Response += (_, response) =>
            {
                if (response.Status >= 400) _output.WriteLine($"HTTP {response.Status}: {response.Url}");
            };
            page.Console += (_, message) =>
            {
                _output.WriteLine($"console {message.Type}: {message.Text}");
                if (message.Type == "error") _errors.Add(message.Text);
            };
            await page.GotoAsync($"{Origin}{PathBase}/scorecard{query}");
            await page.GetByLabel("Access token").FillAsync(token);
            await page.GetByRole(AriaRole.Button, new() { Name = "Show the scorecard" }).ClickAsync();
            return page;
        }

        public async Task<JsonObject> QueryAsync(string token, string query, object variables)
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, Origin + PathBase + "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.Null(body["errors"]);
            return body["data"]!.AsObject();
        }

        public async Task ScreenshotAsync(IPage page, string name)
        {
            var path = Path.Combine(Repository.ArtifactsDirectory, name);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            _output.WriteLine("screenshot: " + path);
        }

        /// <summary>Nothing left the hub's origin and path base; no error (a policy violation is one) reached the console.</summary>
        public void AssertNothingOffsiteAndNoErrors()
        {
            Assert.Empty(_offsite);
            Assert.Empty(_errors);
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
