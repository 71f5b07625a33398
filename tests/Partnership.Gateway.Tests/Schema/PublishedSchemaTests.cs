using System.Net;
using System.Net.Http.Headers;
using Partnership.Gateway.Schema;

namespace Partnership.Gateway.Tests.Schema;

/// <summary>The published SDL: the committed schema.graphql, the <c>schema export</c> command and <c>GET /graphql?sdl</c> agree.</summary>
public sealed class PublishedSchemaTests
{
    private const string ReRecord = "dotnet run --project src/Partnership.Gateway -- schema export";

    private static HttpRequestMessage Get(string path, string? token)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return message;
    }

    [Fact]
    public async Task CommittedSchemaFile_EqualsTheRunningSchema()
    {
        await using var factory = new GatewayFactory();
        var response = await factory.CreateClient().SendAsync(Get("/graphql?sdl", factory.Token()));
        var running = await response.Content.ReadAsStringAsync();
        var file = Path.Combine(Repository.Root, "schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(file), $"schema.graphql is missing at the repository root; record it with `{ReRecord}`.");
        var committed = File.ReadAllText(file).Replace("\r\n", "\n");
        Assert.True(committed == running,
            $"schema.graphql differs from the running schema; if the change is intended, re-record it with `{ReRecord}` (at the repository root) and commit it.");
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task GetSdl_WithAToken_AnswersTheSdlAsText(string path)
    {
        await using var factory = new GatewayFactory();

        var response = await factory.CreateClient().SendAsync(Get(path, factory.Token()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SchemaExportCommand.Sdl(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetSdl_AnonymousInProduction_Is401NotAuthenticated()
    {
        await using var factory = new GatewayFactory { EnvironmentName = "Production" };
        factory.Settings["AzureAd:Instance"] = "https://127.0.0.1:9/";
        factory.Settings["AzureAd:TenantId"] = "0b9f8c1e-4d8a-4f35-9a57-2f7c1d3e5a61";
        factory.Settings["AzureAd:ClientId"] = "5f1a2b3c-0000-4000-8000-00000000abcd";
        factory.Settings["AzureAd:Audience"] = "api://partnership-hub";

        var response = await factory.CreateClient().SendAsync(Get("/graphql?sdl", null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("NOT_AUTHENTICATED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetSdl_AnInvalidToken_Is401()
    {
        await using var factory = new GatewayFactory();

        var response = await factory.CreateClient().SendAsync(Get("/graphql/schema.graphql", "not-a-token"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void SchemaExport_DefaultAndOut_WritesTheSdl()
    {
        var directory = Directory.CreateTempSubdirectory("partnership-schema-").FullName;
        try
        {
            var file = Path.Combine(directory, "hub.graphql");
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = SchemaExportCommand.Run(["schema", "export", "--out", file], output, error);

            Assert.Equal(0, code);
            Assert.Equal(SchemaExportCommand.Sdl(), File.ReadAllText(file));
            Assert.Contains("wrote the schema", output.ToString());
        }
        finally { Directory.Delete(directory, recursive: true); }
    }

    [Fact]
    public void IsInvoked_AfterTheHostSettingsDotnetRunAdds_IsTrue()
    {
        Assert.True(SchemaExportCommand.IsInvoked(["--environment", "Development", "schema", "export"]));
        Assert.False(SchemaExportCommand.IsInvoked(["--environment", "Development"]));
    }

    [Fact]
    public void SchemaExport_OutInAMissingFolder_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = SchemaExportCommand.Run(["schema", "export", "--out", "/nonexistent-folder-xyz/schema.graphql"], output, error);

        Assert.Equal(1, code);
        Assert.Contains("does not exist", error.ToString());
    }
}
