using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Partnership.GraphQL.AspNetCore.Tests.Http;

namespace Partnership.GraphQL.AspNetCore.Tests.Persisted;

/// <summary>Apollo's automatic persisted queries as Apollo clients speak them: hash first, the text on PERSISTED_QUERY_NOT_FOUND.</summary>
public sealed class PersistedQueryTests
{
    internal const string Query = "query Hello { __typename }";

    internal static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    internal static string Body(string? query, string hash, int version = 1) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["query"] = query,
        ["extensions"] = new { persistedQuery = new { version, sha256Hash = hash } },
    });

    [Fact]
    public async Task Post_UnknownHashWithoutQuery_Is200WithPersistedQueryNotFound()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.SendAsync(Send.Post(Body(null, Hash(Query)), accept: "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", body.FirstErrorCode());
        Assert.Equal("PersistedQueryNotFound", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_HashWithItsQuery_RunsAndLaterHashOnlyRequestsHit()
    {
        await using var host = await TestHost.StartAsync();
        var hash = Hash(Query);

        var register = await host.Client.SendAsync(Send.Post(Body(Query, hash)));
        var hit = await host.Client.SendAsync(Send.Post(Body(null, hash)));

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("Query", (await hit.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal([Query, Query], host.Executor.Requests.Select(r => r.Query));
    }

    [Fact]
    public async Task Get_HashOnlyAfterRegistration_RunsTheStoredQuery()
    {
        await using var host = await TestHost.StartAsync();
        var hash = Hash(Query);
        var extensions = Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

        var miss = await host.Client.SendAsync(Send.Get("operationName=Hello&extensions=" + extensions, "application/json"));
        var register = await host.Client.SendAsync(Send.Get("query=" + Uri.EscapeDataString(Query) + "&extensions=" + extensions, "application/json"));
        var hit = await host.Client.SendAsync(Send.Get("operationName=Hello&extensions=" + extensions, "application/json"));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await miss.JsonAsync()).FirstErrorCode());
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(Query, host.Executor.Requests.Last().Query);
        Assert.Equal("Hello", host.Executor.Requests.Last().OperationName);
    }

    [Fact]
    public async Task Post_HashNotOfTheQuery_Is400WithHashMismatch()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.SendAsync(Send.Post(Body(Query, Hash("{ other }"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", (await response.JsonAsync()).FirstErrorCode());
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("""{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""")]
    public async Task Post_MalformedPersistedQuery_Is400WithPersistedQueryInvalid(string body)
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.SendAsync(Send.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_INVALID", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_PersistedQueriesDisabled_Is200WithNotSupported()
    {
        await using var host = await TestHost.StartAsync(o => o.PersistedQueries.Enabled = false);

        var response = await host.Client.SendAsync(Send.Post(Body(null, Hash(Query))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Post_StoreFull_KeepsNoMoreThanMaxEntries()
    {
        await using var host = await TestHost.StartAsync(o => o.PersistedQueries.MaxEntries = 2);
        var queries = Enumerable.Range(0, 5).Select(i => $"query Q{i} {{ __typename }}").ToArray();
        foreach (var q in queries)
            Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(Send.Post(Body(q, Hash(q))))).StatusCode);

        var hits = 0;
        foreach (var q in queries)
        {
            var body = await (await host.Client.SendAsync(Send.Post(Body(null, Hash(q))))).JsonAsync();
            if (body.TryGetProperty("data", out _)) hits++;
        }

        Assert.InRange(hits, 1, 2);
    }

    [Fact]
    public async Task Post_NoQueryAndNoPersistedDocument_IsStill400BadRequest()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.SendAsync(Send.Post("""{"extensions":{"other":1}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await response.JsonAsync()).FirstErrorCode());
    }
}
