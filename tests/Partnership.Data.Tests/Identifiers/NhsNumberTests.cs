using Partnership.Data.Identifiers;

namespace Partnership.Data.Tests.Identifiers;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919", "9434765919")]
    [InlineData("943 476 5919", "9434765919")]
    [InlineData(" 401-023-2137 ", "4010232137")]
    [InlineData("9990000050", "9990000050")] // remainder 0: check 11 becomes 0
    public void TryParse_ValidNumber_Normalises(string text, string expected)
    {
        Assert.True(NhsNumber.TryParse(text, "nhsNumber", out var n, out var error), error);
        Assert.Equal(expected, n.Value);
    }

    [Theory]
    [InlineData("9434765918", "check digit should be 9")]
    [InlineData("1234567890", "check value 10")]
    [InlineData("943476591", "has 9 digits")]
    [InlineData("94347659190", "more than 10 digits")]
    [InlineData("94347A5919", "only digits")]
    [InlineData("", "is empty")]
    [InlineData(null, "is empty")]
    public void TryParse_InvalidNumber_ErrorNamesFieldAndProblem(string? text, string problem)
    {
        Assert.False(NhsNumber.TryParse(text, "child.nhsNumber", out _, out var error));
        Assert.StartsWith("child.nhsNumber ", error);
        Assert.Contains(problem, error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingField()
    {
        var ex = Assert.Throws<FormatException>(() => NhsNumber.Parse("9434765918", "input.nhsNumber"));
        Assert.Contains("input.nhsNumber", ex.Message);
    }

    [Fact]
    public void TryCreateTestNumber_EveryCreatedNumber_IsValidAndInThe999Range()
    {
        var created = 0;
        for (var serial = 0; serial < 5_000; serial++)
        {
            if (!NhsNumber.TryCreateTestNumber(serial, out var n)) continue;
            created++;
            Assert.True(n.IsTestRange);
            Assert.True(NhsNumber.TryParse(n.Value, out var again));
            Assert.Equal(n, again);
        }
        // One candidate in eleven has check value 10 and is skipped.
        Assert.InRange(created, 4_400, 4_700);
    }

    [Fact]
    public void ToDisplayString_GroupsThreeThreeFour() =>
        Assert.Equal("943 476 5919", NhsNumber.Parse("9434765919").ToDisplayString());
}
