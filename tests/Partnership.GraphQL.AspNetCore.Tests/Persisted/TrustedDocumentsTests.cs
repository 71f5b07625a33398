using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Tests.Http;
using static Partnership.GraphQL.AspNetCore.Tests.Persisted.PersistedQueryTests;

namespace Partnership.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>The trusted-documents list: the GraphQL-over-HTTP documentId form, persisted-query hashes, and the Only switch.</summary>
public sealed class TrustedDocumentsTests : IDisposable
{
    private const string Other = "query Other { __typename }";
    private readonly string _directory = Directory.CreateTempSubdirectory("partnership-trusted-").FullName;

    private string Manifest(object content)
    {
        var path = Path.Combine(_directory, "trusted-documents.json");
        File.WriteAllText(path, content as string ?? JsonSerializer.Serialize(content));
        return path;
    }

    private string TrustedList() => Manifest(new Dictionary<string, string> { ["sha256:" + Hash(Query)] = Query });

    [Fact]
    public async Task Post_DocumentIdOfATrustedDocument_RunsIt()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => o.TrustedDocuments.Path = path);

        var response = await host.Client.SendAsync(Send.Post($$"""{"documentId":"sha256:{{Hash(Query)}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Query, Assert.Single(host.Executor.Requests).Query);
    }

    [Fact]
    public async Task Get_DocumentIdOfATrustedDocument_RunsIt()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => o.TrustedDocuments.Path = path);

        var response = await host.Client.SendAsync(Send.Get("documentId=" + Uri.EscapeDataString("sha256:" + Hash(Query)), "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Query, Assert.Single(host.Executor.Requests).Query);
    }

    [Fact]
    public async Task Post_UnknownDocumentId_Is400WithPersistedDocumentNotFound()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => o.TrustedDocuments.Path = path);

        var response = await host.Client.SendAsync(Send.Post($$"""{"documentId":"sha256:{{Hash(Other)}}"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", (await response.JsonAsync()).FirstErrorCode());
    }

    [Theory]
    [InlineData("""{"documentId":"md5:abc"}""", "PERSISTED_DOCUMENT_INVALID")]
    [InlineData("""{"documentId":"sha256:xyz"}""", "PERSISTED_DOCUMENT_INVALID")]
    [InlineData("""{"documentId":42}""", "BAD_REQUEST")]
    [InlineData("""{"documentId":"sha256:0000000000000000000000000000000000000000000000000000000000000000","query":"{ __typename }"}""", "BAD_REQUEST")]
    public async Task Post_MalformedDocumentId_Is400WithACode(string body, string code)
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.SendAsync(Send.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_PersistedQueryHashOfATrustedDocument_HitsWithoutRegistration()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => o.TrustedDocuments.Path = path);

        var response = await host.Client.SendAsync(Send.Post(Body(null, Hash(Query))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Query, Assert.Single(host.Executor.Requests).Query);
    }

    [Fact]
    public async Task Post_OnlyAndAnAdHocQuery_Is403WithTrustedDocumentRequired()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => { o.TrustedDocuments.Path = path; o.TrustedDocuments.Only = true; });

        var adHoc = await host.Client.SendAsync(Send.Post(JsonSerializer.Serialize(new { query = Other })));
        var trustedText = await host.Client.SendAsync(Send.Post(JsonSerializer.Serialize(new { query = Query })));

        Assert.Equal(HttpStatusCode.Forbidden, adHoc.StatusCode);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (await adHoc.JsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.OK, trustedText.StatusCode);
        Assert.Equal(Query, Assert.Single(host.Executor.Requests).Query);
    }

    [Fact]
    public async Task Post_OnlyAndAnAutomaticPersistedQueryRegistration_IsRefusedAndNeverStored()
    {
        var path = TrustedList();
        await using var host = await TestHost.StartAsync(o => { o.TrustedDocuments.Path = path; o.TrustedDocuments.Only = true; });

        var register = await host.Client.SendAsync(Send.Post(Body(Other, Hash(Other))));
        var lookup = await host.Client.SendAsync(Send.Post(Body(null, Hash(Other))));

        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (await register.JsonAsync()).FirstErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await lookup.JsonAsync()).FirstErrorCode());
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Start_ApolloManifestFormat_IsReadToo()
    {
        var path = Manifest(new { format = "apollo-persisted-query-manifest", version = 1, operations = new[] { new { id = Hash(Query), name = "Hello", type = "query", body = Query } } });
        await using var host = await TestHost.StartAsync(o => o.TrustedDocuments.Path = path);

        var response = await host.Client.SendAsync(Send.Post($$"""{"documentId":"sha256:{{Hash(Query)}}"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_AManifestWhoseHashIsNotOfItsDocument_FailsWithAClearMessage()
    {
        var path = Manifest(new Dictionary<string, string> { [Hash(Other)] = Query });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(o => o.TrustedDocuments.Path = path));

        Assert.Contains("is not the SHA-256 of its document", e.Message);
    }

    [Fact]
    public async Task Start_OnlyWithoutAList_FailsWithAClearMessage()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(o => o.TrustedDocuments.Only = true));

        Assert.Contains("GraphQL:TrustedDocuments:Only needs GraphQL:TrustedDocuments:Path", e.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
