using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partnership.Gateway.Tests.Http;

/// <summary>The cost limits over HTTP, with the Gateway's configuration (<c>GraphQL:Limits</c>).</summary>
public sealed class CostLimitsHttpTests
{
    private static string Body(string query) => JsonSerializer.Serialize(new { query });

    private static string FiveDeep()
    {
        var inner = "firstName";
        for (int i = 0; i < 5; i++) inner = $"strategyMeetings {{ children {{ {inner} }} }}";
        return $"{{ children(first: 1) {{ nodes {{ {inner} }} }} }}";
    }

    [Fact]
    public async Task Post_FiveDeepNesting_400WithMaxCostExceeded()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();

        var response = await client.SendAsync(GatewayFactory.Post(Body(FiveDeep()), factory.Token(), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["data"]);
        Assert.Equal("MAX_COST_EXCEEDED", json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(5000, json["errors"]![0]!["extensions"]!["maxCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_MaxCostConfigured_AppliesTheSetting()
    {
        await using var factory = new GatewayFactory { Settings = { ["GraphQL:Limits:MaxCost"] = "10" } };
        var client = factory.CreateClient();

        var small = await client.SendAsync(GatewayFactory.Post(Body("{ children(first: 5) { totalCount nodes { firstName } } }"), factory.Token()));
        var large = await client.SendAsync(GatewayFactory.Post(Body("{ children(first: 20) { nodes { firstName } } }"), factory.Token()));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Null(JsonNode.Parse(await small.Content.ReadAsStringAsync())!["errors"]);
        var refused = JsonNode.Parse(await large.Content.ReadAsStringAsync())!;
        Assert.Equal("MAX_COST_EXCEEDED", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(21, refused["errors"]![0]!["extensions"]!["cost"]!.GetValue<int>());
    }
}
