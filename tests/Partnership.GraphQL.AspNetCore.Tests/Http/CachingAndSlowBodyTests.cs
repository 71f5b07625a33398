using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// A GraphQL response may carry a child's data, so no browser or proxy may keep one; a client that sends its body too slowly
/// is told so (408), not answered as if the server had failed.
/// </summary>
public sealed class CachingAndSlowBodyTests
{
    public static TheoryData<string> Requests => ["post", "get", "post-invalid", "get-mutation"];

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Response_AnyGraphQLRequest_CacheControlNoStore(string kind)
    {
        await using var host = await TestHost.StartAsync();
        var request = kind switch
        {
            "post" => Send.Post("""{"query":"{ __typename }"}"""),
            "get" => Send.Get("query=%7B__typename%7D"),
            "post-invalid" => Send.Post("""{"query":1}"""),
            _ => Send.Get("query=mutation%7Bx%7D"),
        };

        var response = await host.Client.SendAsync(request);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{kind}: {(int)response.StatusCode} {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Post_BodySentTooSlowly_Is408RequestTimeout()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            // The default asks 240 bytes/s after a 5 s grace; a short grace keeps the test quick.
            o.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(1.5));
        });
        builder.Services.AddSingleton<Execution.IGraphQLExecutor>(new FakeExecutor());
        builder.Services.AddPartnershipGraphQLHttp();
        await using var app = builder.Build();
        app.MapPartnershipGraphQL();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = client.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{{\"query\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // Then nothing more: the body stalls well below the minimum rate.
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var response = Encoding.UTF8.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 408", response);
        Assert.Contains("REQUEST_TIMEOUT", response);
        await app.StopAsync();
    }
}
