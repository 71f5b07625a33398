using System.Net;
using System.Text;
using Microsoft.Playwright;

namespace Partnership.Gateway.Tests.Cors;

/// <summary>A page on another origin calls the hub with fetch in headless Debian Chromium: allowed only when its origin is listed.</summary>
public sealed class CrossOriginBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Theory]
    [InlineData(true, "Query")]
    [InlineData(false, "blocked")]
    public async Task Fetch_FromAnotherOrigin_WorksOnlyWhenTheOriginIsAllowed(bool allowed, string expected)
    {
        Assert.True(File.Exists(Chromium), "Debian's chromium is missing; run scripts/setup.sh");
        // The page is served from 127.0.0.1 on its own port; the hub listens on another port: a different origin.
        using var page = new HttpListener();
        var pagePort = FreePort();
        var pageOrigin = $"http://127.0.0.1:{pagePort}";
        page.Prefixes.Add(pageOrigin + "/");
        page.Start();
        _ = Task.Run(async () =>
        {
            while (page.IsListening)
            {
                HttpListenerContext context;
                try { context = await page.GetContextAsync(); } catch (Exception) { return; }
                var html = Encoding.UTF8.GetBytes("<!doctype html><title>portal</title><p>portal</p>");
                context.Response.ContentType = "text/html";
                await context.Response.OutputStream.WriteAsync(html);
                context.Response.Close();
            }
        });

        await using var factory = new GatewayFactory();
        if (allowed) factory.Settings["Cors:AllowedOrigins:0"] = pageOrigin;
        var hub = factory.StartOnLoopback();
        var token = factory.Token(Partnership.GraphQL.AspNetCore.Security.Agency.SocialCare);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var tab = await browser.NewPageAsync();
        await tab.GotoAsync(pageOrigin + "/");
        var result = await tab.EvaluateAsync<string>("""
            async ([url, token]) => {
              try {
                const response = await fetch(url, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', 'authorization': 'Bearer ' + token, 'partnership-purpose': 'safeguarding' },
                  body: JSON.stringify({ query: '{ __typename }' }),
                });
                return (await response.json()).data.__typename;
              } catch (e) { return 'blocked'; }
            }
            """, new[] { hub.ToString(), token });

        Assert.Equal(expected, result);
        page.Stop();
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
