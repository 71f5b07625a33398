using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Partnership.Gateway.Tests.Ide;

/// <summary>Loads GraphiQL from the running hub in headless Debian Chromium, runs a query and checks the result shows.</summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task GraphiQL_Subscription_ShowsANotificationAsItArrives()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is missing; run scripts/setup.sh");
        await using var factory = new GatewayFactory { Settings = { ["Sharing:NotificationPollInterval"] = "00:00:00.2" } };
        var url = factory.StartOnLoopback();
        string Token(Partnership.GraphQL.AspNetCore.Security.Agency agency, string org, string[] la) => factory.Token(agency, la, organisation: org);
        var hub = Token(Partnership.GraphQL.AspNetCore.Security.Agency.SocialCare, "Slough Hub 1 (child protection)", ["871"]);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(url.ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync();
        await SetEditorsAsync(page, "subscription Inbox { notificationReceived { kind triggeredByAgency } }", hub);
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Task.Delay(1500); // subscribed: what is written from now on is news

        // Police read the children of their strategy meetings: the hub holding one of them is told, and GraphiQL shows it.
        using var http = new HttpClient { BaseAddress = url };
        var police = Token(Partnership.GraphQL.AspNetCore.Security.Agency.Police, "Thames Valley Police Slough LPA", ["871", "870"]);
        using var read = await http.SendAsync(GatewayFactory.Post("""{"query":"{ strategyMeetings(first: 30) { nodes { children { firstName } } } }"}""", police));
        Assert.True(read.IsSuccessStatusCode);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"triggeredByAgency\": \"POLICE\"", new() { Timeout = 30_000 });
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    /// <summary>Types the operation and the Authorization header (GraphiQL 4 edits with CodeMirror 5, whose instance hangs off its element).</summary>
    private static async Task SetEditorsAsync(IPage page, string operation, string token)
    {
        await page.EvaluateAsync("query => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query)", operation);
        await page.GetByText("Headers", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator(".graphiql-editor-tool .CodeMirror").Last.WaitForAsync();
        await page.EvaluateAsync("""
            header => {
              const editors = document.querySelectorAll('.graphiql-editor-tool .CodeMirror');
              editors[editors.length - 1].CodeMirror.setValue(header);
            }
            """, $$"""{"Authorization": "Bearer {{token}}"}""");
    }

    [Fact]
    public async Task GraphiQL_RunsAQueryWithATokenAndShowsTheResult()
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is missing; run scripts/setup.sh");
        await using var factory = new GatewayFactory();
        var url = factory.StartOnLoopback();
        var token = factory.Token(Partnership.GraphQL.AspNetCore.Security.Agency.SocialCare);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var offsite = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(url.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:"))
                offsite.Add(request.Url);
        };
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        page.SetDefaultTimeout(60_000);

        await page.GotoAsync(url.ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync();

        // GraphiQL 4 edits with CodeMirror 5, whose instance hangs off its element.
        await page.EvaluateAsync(
            "query => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query)",
            "query Hello { hub: __typename }");
        await page.GetByText("Headers", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await page.Locator(".graphiql-editor-tool .CodeMirror").Last.WaitForAsync();
        await page.EvaluateAsync("""
            header => {
              const editors = document.querySelectorAll('.graphiql-editor-tool .CodeMirror');
              editors[editors.length - 1].CodeMirror.setValue(header);
            }
            """, $$"""{"Authorization": "Bearer {{token}}"}""");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        await Microsoft.Playwright.Assertions.Expect(response).ToContainTextAsync("\"hub\": \"Query\"", new() { Timeout = 60_000 });

        var screenshot = Path.Combine(Repository.ArtifactsDirectory, "graphiql.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine("screenshot: " + screenshot);
        Assert.Empty(offsite);

        var lines = factory.Logs.Entries.Where(e => e.Category.EndsWith("RequestLoggingMiddleware")).Select(e => e.Message);
        Assert.Contains(lines, l => l.Contains("query Hello responded 200") && l.Contains("for SOCIAL_CARE"));
    }
}
