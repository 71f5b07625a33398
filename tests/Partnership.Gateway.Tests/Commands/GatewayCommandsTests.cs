namespace Partnership.Gateway.Tests.Commands;

public sealed class GatewayCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("partnership-commands-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int? Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await GatewayCommands.TryRunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5099")]
    [InlineData("--environment", "Production")]
    public async Task TryRun_NoCommand_StartsTheHub(params string[] args)
    {
        var (exit, output, error) = await Run(args);

        Assert.Null(exit);
        Assert.Empty(output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task TryRun_DevTokenInDevelopment_PrintsOnlyAToken()
    {
        var (exit, output, error) = await Run("--environment", "Development",
            "--DevelopmentAuthentication:SigningKeyFile", Path.Combine(_dir, "key"), "dev-token", "--agency", "POLICE", "--la", "871", "--la", "870", "--system");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(3, token.Split('.').Length);
    }

    [Fact]
    public async Task TryRun_DevTokenInProduction_IsRefused()
    {
        var (exit, output, error) = await Run("--environment", "Production", "dev-token", "--agency", "POLICE");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("only in Development", error);
    }

    [Fact]
    public async Task TryRun_DataMigrate_MigratesTheNamedDatabase()
    {
        var connection = $"Data Source={Path.Combine(_dir, "hub.db")};Pooling=False";

        var (exit, output, _) = await Run("data", "migrate", "--provider", "Sqlite", "--connection", connection);

        Assert.Equal(0, exit);
        Assert.Contains("Applied migration(s)", output);
        Assert.Equal(0, (await Run("data", "migrate", "--provider", "Sqlite", "--connection", connection)).Exit);
    }

    [Fact]
    public async Task TryRun_DataWithBadArguments_Exits2()
    {
        var (exit, _, error) = await Run("data", "load", "--provider", "Oracle", "--connection", "x", "--preset", "test");

        Assert.Equal(2, exit);
        Assert.Contains("--provider must be Sqlite or Postgres", error);
    }
}
