using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Partnership.Gateway.Tests.Clients;

/// <summary>The .NET example of docs/clients.md: a plain HttpClient with token and purpose, sending a trusted documentId.</summary>
public sealed class DotNetClientExampleTests
{
    private const string Me = "query Me { me { agency } }";

    private static string TrustedList(string directory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Me)));
        var path = Path.Combine(directory, "trusted-documents.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { ["sha256:" + hash] = Me }));
        return "sha256:" + hash;
    }

    [Fact]
    public async Task HttpClient_DocumentIdWithTokenAndPurpose_AnswersUnderOnly()
    {
        var directory = Directory.CreateTempSubdirectory("partnership-trusted-").FullName;
        try
        {
            var documentId = TrustedList(directory);
            await using var factory = new GatewayFactory
            {
                Settings =
                {
                    ["GraphQL:TrustedDocuments:Path"] = Path.Combine(directory, "trusted-documents.json"),
                    ["GraphQL:TrustedDocuments:Only"] = "true",
                },
            };
            var url = factory.StartOnLoopback();
            using var http = new HttpClient { BaseAddress = url };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Token());
            http.DefaultRequestHeaders.Add("Partnership-Purpose", "strategy meeting preparation");

            var trusted = await http.PostAsJsonAsync("", new { documentId });
            var adHoc = await http.PostAsJsonAsync("", new { query = "{ me { agency localAuthorities } }" });

            Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
            Assert.Contains("\"agency\":\"POLICE\"", await trusted.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, adHoc.StatusCode);
            Assert.Contains("TRUSTED_DOCUMENT_REQUIRED", await adHoc.Content.ReadAsStringAsync());
        }
        finally { Directory.Delete(directory, recursive: true); }
    }
}
