using Partnership.Data.Migrations;

namespace Partnership.Data.Tests.Migrations;

public sealed class ScaffoldTests
{
    /// <summary>
    /// Writes the model's CREATE script for each provider to $PARTNERSHIP_SCAFFOLD_DIR (a starting point when writing a migration);
    /// does nothing otherwise.
    /// </summary>
    [Fact]
    public void Scaffold_WhenDirectoryGiven_WritesCreateScripts()
    {
        var dir = Environment.GetEnvironmentVariable("PARTNERSHIP_SCAFFOLD_DIR");
        foreach (var p in Enum.GetValues<DataProvider>())
        {
            var sql = SchemaScript.Create(p);
            Assert.Contains("CREATE TABLE", sql);
            if (dir is not null) File.WriteAllText(Path.Combine(dir, $"{p}.sql"), sql);
        }
    }
}
