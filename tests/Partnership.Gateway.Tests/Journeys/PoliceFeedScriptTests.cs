using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Tests.Journeys;

/// <summary>
/// The force system's loop of docs/journeys/police.md, run as written (clients/police-feed.mjs, graphql-ws) against a hub on a
/// real socket: first sync by query, then the subscription; stopped and started again, it resumes from its saved cursor. Each
/// time it ends holding exactly the meetings, at their versions, that a fresh query returns.
/// </summary>
public sealed class PoliceFeedScriptTests
{
    [Fact]
    public async Task PoliceFeed_SyncSubscribeRestart_HoldsWhatAFreshQueryReturns()
    {
        await using var factory = new GatewayFactory();
        var url = factory.StartOnLoopback();
        var police = factory.Token(Agency.Police, ["871", "870"], CallerKind.System);
        var social = factory.Token(Agency.SocialCare, ["871"]);
        using var http = new HttpClient();
        var state = Path.Combine(Path.GetTempPath(), $"police-feed-{Guid.NewGuid():N}.json");
        try
        {
            var child = (await PostAsync(http, url, social, "{ children(first: 1) { nodes { id } } }"))
                ["children"]!["nodes"]![0]!["id"]!.GetValue<string>();

            var first = await RunWhileSchedulingAsync(http, url, police, social, state, child);
            Assert.True(first.GetProperty("synced").GetInt32() > 0);
            Assert.True(first.GetProperty("pushed").GetInt32() >= 1);
            Assert.Equal(await FreshAsync(http, url, police), Meetings(first));

            // Restarted: it resumes from the saved cursor, so the sync gives only what changed since, and nothing twice.
            var second = await RunWhileSchedulingAsync(http, url, police, social, state, child);
            Assert.True(second.GetProperty("synced").GetInt32() < first.GetProperty("synced").GetInt32());
            Assert.Equal(await FreshAsync(http, url, police), Meetings(second));
        }
        finally
        {
            File.Delete(state);
        }
    }

    /// <summary>Runs the loop until it has been pushed one change, scheduling meetings (police are invited) until it has.</summary>
    private static async Task<JsonElement> RunWhileSchedulingAsync(HttpClient http, Uri url, string police, string social, string state, string child)
    {
        var run = NodeScript.RunInAsync("clients", "graphql-ws", TimeSpan.FromSeconds(120), "police-feed.mjs", url.ToString(), police, state, "--until", "1");
        var day = 1;
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(700));
            if (run.IsCompleted) break;
            var scheduled = await PostAsync(http, url, social, """
                mutation($ids: [ID!]!, $at: DateTime!) { scheduleStrategyMeeting(input: { childIds: $ids, heldAt: $at }) { errors { code } } }
                """, new { ids = new[] { child }, at = DateTimeOffset.UtcNow.AddDays(day++) });
            Assert.Empty(scheduled["scheduleStrategyMeeting"]!["errors"]!.AsArray());
        }
        return JsonDocument.Parse(await run).RootElement;
    }

    private static Dictionary<string, int> Meetings(JsonElement output) =>
        output.GetProperty("meetings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    /// <summary>Every strategy meeting and conference police sees, with its version, paged as a client pages.</summary>
    private static async Task<Dictionary<string, int>> FreshAsync(HttpClient http, Uri url, string token)
    {
        var all = new Dictionary<string, int>();
        foreach (var field in new[] { "strategyMeetings", "conferences" })
        {
            string? after = null;
            while (true)
            {
                var data = await PostAsync(http, url, token, $"query($after: String) {{ {field}(first: 50, after: $after) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id version }} }} }}", new { after });
                foreach (var n in data[field]!["nodes"]!.AsArray()) all[n!["id"]!.GetValue<string>()] = n["version"]!.GetValue<int>();
                if (!data[field]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
                after = data[field]!["pageInfo"]!["endCursor"]!.GetValue<string>();
            }
        }
        return all;
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, Uri url, string token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
