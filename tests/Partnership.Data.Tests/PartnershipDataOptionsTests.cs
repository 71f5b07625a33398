using Npgsql;

namespace Partnership.Data.Tests;

/// <summary>
/// On PostgreSQL the hub prepares the statements it repeats and does not reset pooled connections, unless the connection
/// string says otherwise: an operator's own setting always wins.
/// </summary>
public sealed class PartnershipDataOptionsTests
{
    [Fact]
    public void WithAutoPrepare_PlainConnectionString_PreparesRepeatedStatementsAndKeepsConnections()
    {
        var result = new NpgsqlConnectionStringBuilder(PartnershipDataOptions.WithAutoPrepare("Host=127.0.0.1;Database=hub;Username=app"));

        Assert.Equal(256, result.MaxAutoPrepare);
        Assert.Equal(2, result.AutoPrepareMinUsages);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("hub", result.Database);
    }

    [Fact]
    public void WithAutoPrepare_OperatorSetBoth_LeftAsGiven()
    {
        var result = new NpgsqlConnectionStringBuilder(
            PartnershipDataOptions.WithAutoPrepare("Host=127.0.0.1;Database=hub;Max Auto Prepare=0;No Reset On Close=false"));

        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.False(result.NoResetOnClose);
    }
}
