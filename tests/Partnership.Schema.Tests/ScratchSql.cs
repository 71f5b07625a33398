using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;
namespace Partnership.Schema.Tests;
public sealed class ScratchSql
{
    [Fact]
    public async Task Print()
    {
        await using var host = await HubHost.SqliteAsync();
        await using (var db = host.NewContext()) await SeedAsync(db);
        host.Statements.Enabled = true;
        var r = await host.RunAsync(SocialWorker, "query SocialCareChildren { children(first: 50, order: [{ lastName: ASC }]) { nodes { id firstName lastName plans { kind start } } } }");
        r.AssertNoErrors();
        File.WriteAllText("/tmp/c.sql", string.Join("\n\n-- next\n", host.Statements.Commands));
    }
}
