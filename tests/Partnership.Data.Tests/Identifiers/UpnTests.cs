using Partnership.Data.Identifiers;

namespace Partnership.Data.Tests.Identifiers;

public sealed class UpnTests
{
    [Theory]
    // 2×2 + 4×7 + 9×1 + 10×6 + 12×4 + 13×9 = 266; 266 mod 23 = 13 → P. (A widely copied MIS help page says "Q" here,
    // but its own sum is off by one; the DfE definition — A=0 … Z=22 skipping I, O, S — gives P.)
    [InlineData("P207000016049")]
    [InlineData("B801200005001")]
    [InlineData("M80120000500A")] // temporary UPN: final A counts as 0 (2×8 + 4×1 + 5×2 + 10×5 = 80; 80 mod 23 = 11 → M)
    [InlineData("p207000016049")]
    public void TryParse_ValidUpn_Accepted(string text)
    {
        Assert.True(Upn.TryParse(text, "upn", out var upn, out var error), error);
        Assert.Equal(text.ToUpperInvariant(), upn.Value);
    }

    [Theory]
    [InlineData("B207000016049", "check letter should be P, found B")]
    [InlineData("A801200005001", "check letter should be B")]
    [InlineData("I801200005001", "must start with a check letter")]
    [InlineData("B80120000500", "has 12 characters")]
    [InlineData("B8012000X5001", "digits in characters 2–12")]
    [InlineData("M80120000500O", "letter other than I, O, S")]
    public void TryParse_InvalidUpn_ErrorNamesFieldAndProblem(string text, string problem)
    {
        Assert.False(Upn.TryParse(text, "pupil.upn", out _, out var error));
        Assert.StartsWith("pupil.upn ", error);
        Assert.Contains(problem, error);
    }

    [Fact]
    public void Create_FromParts_GivesValidUpnWithLaCode()
    {
        var upn = Upn.Create(871, 2003, 21, 45);
        Assert.Equal("871200321045", upn.Value[1..]);
        Assert.Equal("871", upn.LocalAuthorityCode);
        Assert.False(upn.IsTemporary);
        Assert.True(Upn.TryParse(upn.Value, out _));
    }

    [Fact]
    public void CheckLetter_NeverUsesI_O_S()
    {
        var rng = new Random(1);
        for (var i = 0; i < 2_000; i++)
        {
            var body = string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + rng.Next(10))));
            Assert.DoesNotContain(Upn.CheckLetter(body), "IOS");
        }
    }
}
