using System.Text.Json;

namespace Partnership.Gateway.Tests.Clients;

/// <summary>
/// The examples of docs/clients.md, run with the npm client libraries (tests/Partnership.Gateway.Tests/clients, installed by
/// scripts/setup.sh) against a hub on a real socket: Apollo Client with its persisted-queries link, graphql-request, graphql-ws.
/// </summary>
public sealed class ClientExamplesTests
{
    private static async Task<JsonElement> RunAsync(GatewayFactory factory)
    {
        var url = factory.StartOnLoopback();
        var token = factory.Token(Partnership.GraphQL.AspNetCore.Security.Agency.Police, ["871", "870"]);
        var output = await NodeScript.RunInAsync("clients", "@apollo/client", TimeSpan.FromSeconds(90), "clients.mjs", url.ToString(), token);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public async Task ApolloPersistedQueriesLink_FirstRegistersThenSendsOnlyTheHash()
    {
        await using var factory = new GatewayFactory();
        var result = await RunAsync(factory);

        foreach (var (name, method) in new[] { ("apolloPost", "POST"), ("apolloGet", "GET") })
        {
            var run = result.GetProperty(name);
            Assert.Equal("POLICE", run.GetProperty("first").GetProperty("me").GetProperty("agency").GetString());
            Assert.Equal("POLICE", run.GetProperty("second").GetProperty("me").GetProperty("agency").GetString());
            var sent = run.GetProperty("sent").EnumerateArray().ToArray();
            // The hash alone (not found, 200), the hash with the text (registered), then the hash alone again (a hit).
            Assert.Equal(3, sent.Length);
            Assert.Equal([false, true, false], sent.Select(s => s.GetProperty("hasQuery").GetBoolean()));
            Assert.All(sent, s => Assert.Equal(200, s.GetProperty("status").GetInt32()));
            Assert.All(sent, s => Assert.Equal(sent[0].GetProperty("hash").GetString(), s.GetProperty("hash").GetString()));
            Assert.Equal(method, sent[0].GetProperty("method").GetString());
            Assert.Equal(method, sent[2].GetProperty("method").GetString());
        }
    }

    [Fact]
    public async Task GraphQLRequestAndGraphQLWs_WithTokenAndPurpose_AnswerMe()
    {
        await using var factory = new GatewayFactory();
        var result = await RunAsync(factory);

        Assert.Equal("POLICE", result.GetProperty("graphqlRequest").GetProperty("me").GetProperty("agency").GetString());
        Assert.Equal("POLICE", result.GetProperty("graphqlWs").GetProperty("me").GetProperty("agency").GetString());
    }
}
