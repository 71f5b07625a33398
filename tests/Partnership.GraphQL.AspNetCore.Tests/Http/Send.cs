using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Partnership.GraphQL.AspNetCore.Tests.Http;

internal static class Send
{
    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return message;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return message;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
