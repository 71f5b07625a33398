using System.Net;
using System.Text;
using Partnership.GraphQL.Execution;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

public sealed class PostTests
{
    [Fact]
    public async Task Post_JsonBody_HandsEngineJsonLikeValues()
    {
        await using var host = await TestHost.StartAsync();
        var body = """
            {"query":"query Q($n: Int) { __typename }","operationName":"Q",
             "variables":{"n":1,"big":12345678901234,"f":1.5,"s":"x","b":true,"nil":null,"list":[1,"two",[false]],"obj":{"a":{"b":2}}},
             "extensions":{"tracing":{"version":1}}}
            """;
        var response = await host.Client.SendAsync(Send.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(host.Executor.Requests);
        Assert.Equal("query Q($n: Int) { __typename }", request.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(AllowedOperations.All, request.AllowedOperations);
        var v = request.Variables!;
        Assert.Equal(1L, v["n"]);
        Assert.Equal(12345678901234L, v["big"]);
        Assert.Equal(1.5, v["f"]);
        Assert.Equal("x", v["s"]);
        Assert.Equal(true, v["b"]);
        Assert.True(v.ContainsKey("nil") && v["nil"] is null);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(v["list"]);
        Assert.Equal(1L, list[0]);
        Assert.Equal("two", list[1]);
        Assert.Equal(false, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[2])[0]);
        var inner = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(v["obj"])["a"]);
        Assert.Equal(2L, inner["b"]);
        Assert.Equal(1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(request.Extensions!["tracing"])["version"]);
        Assert.NotNull(request.Services);
        Assert.NotNull(request.User);
    }

    [Fact]
    public async Task Post_Result_WritesDataAsJsonInUtf8()
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => new ExecutionResult { Data = new Dictionary<string, object?> { ["name"] = "Run🏃Swim🏊" } };

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ name }"}"""));

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var body = await response.JsonAsync();
        Assert.Equal("Run🏃Swim🏊", body.GetProperty("data").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("text/plain", "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("application/x-www-form-urlencoded", "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("application/json; charset=iso-8859-1", "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Post_UnreadableContentType_Is415(string? contentType, string code)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).FirstErrorCode());
        Assert.Empty(host.Executor.Requests);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json")]
    public async Task Post_Utf8OrGraphQLResponseContentType_IsAccepted(string contentType)
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}""", contentType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{ \"not a JSON", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{\"query\":\"{a}\"} trailing", "not valid JSON")]
    [InlineData("{\"qeury\":\"{ __typename }\"}", "no \"query\" parameter")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":0}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":\"{a}\",\"operationName\":false}", "\"operationName\" parameter must be")]
    [InlineData("{\"query\":\"{a}\",\"variables\":\"string\"}", "\"variables\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{a}\",\"variables\":[\"array\"]}", "\"variables\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{a}\",\"extensions\":0}", "\"extensions\" parameter must be a JSON object")]
    public async Task Post_MalformedRequest_Is400WithClearMessage(string body, string messagePart)
    {
        await using var host = await TestHost.StartAsync();
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await host.Client.SendAsync(Send.Post(body, accept: accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var json = await response.JsonAsync();
            Assert.Equal("BAD_REQUEST", json.FirstErrorCode());
            Assert.Contains(messagePart, json.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.False(json.TryGetProperty("data", out _));
        }
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_NullOptionalParameters_AreAccepted()
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(Send.Post(
            """{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(host.Executor.Requests);
        Assert.Null(request.OperationName);
        Assert.Null(request.Variables);
        Assert.Null(request.Extensions);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Is413()
    {
        await using var host = await TestHost.StartAsync(o => o.MaxRequestBodySize = 2048);
        var big = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 4096) + "\"}}";

        var withLength = await host.Client.SendAsync(Send.Post(big));
        var chunked = Send.Post("x");
        chunked.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;
        var withoutLength = await host.Client.SendAsync(chunked);

        foreach (var response in new[] { withLength, withoutLength })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("PAYLOAD_TOO_LARGE", (await response.JsonAsync()).FirstErrorCode());
        }
        Assert.Empty(host.Executor.Requests);
    }

    [Fact]
    public async Task Post_ExecutorThrows_Is500WithoutTheExceptionMessage()
    {
        await using var host = await TestHost.StartAsync();
        host.Executor.Answer = _ => throw new InvalidOperationException("secret detail about Jane Doe");

        var response = await host.Client.SendAsync(Send.Post("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Jane", text);
        Assert.Equal("INTERNAL_SERVER_ERROR", (await response.JsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Put_Is405WithAllowHeader()
    {
        await using var host = await TestHost.StartAsync();
        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", (await response.JsonAsync()).FirstErrorCode());
    }
}
