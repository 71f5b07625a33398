using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Partnership.Gateway.Tests.Clients;

/// <summary>
/// The graphql-codegen example of docs/clients.md: the client preset over the committed schema.graphql, whose
/// persisted-documents.json the hub then reads as its trusted-documents list.
/// </summary>
public sealed class CodegenExampleTests
{
    [Fact]
    public async Task ClientPreset_OverTheCommittedSdl_GeneratesTypesAndATrustedListTheHubRuns()
    {
        var output = Directory.CreateTempSubdirectory("partnership-codegen-").FullName;
        try
        {
            var json = await NodeScript.RunInAsync("clients", "@graphql-codegen/cli", TimeSpan.FromSeconds(120), "codegen/codegen.mjs",
                Path.Combine(Repository.Root, "schema.graphql"), output);
            var result = JsonDocument.Parse(json).RootElement;
            Assert.Contains("graphql.ts", result.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
            Assert.Contains("export type MeQuery", File.ReadAllText(Path.Combine(output, "graphql.ts")));
            var documentId = Assert.Single(result.GetProperty("persisted").EnumerateObject()).Name;

            await using var factory = new GatewayFactory
            {
                Settings =
                {
                    ["GraphQL:TrustedDocuments:Path"] = Path.Combine(output, "persisted-documents.json"),
                    ["GraphQL:TrustedDocuments:Only"] = "true",
                },
            };
            using var http = factory.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token());
            var response = await http.PostAsJsonAsync("/graphql", new { documentId });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"agency\":\"POLICE\"", await response.Content.ReadAsStringAsync());
        }
        finally { Directory.Delete(output, recursive: true); }
    }
}
