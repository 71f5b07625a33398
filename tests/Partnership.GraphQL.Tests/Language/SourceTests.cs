using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData("abc\ndef", 5, 2, 2)]
    [InlineData("abc\r\ndef", 6, 2, 2)]
    [InlineData("abc\rdef", 4, 2, 1)]
    [InlineData("a\u00e9b", 3, 1, 3)]
    [InlineData("\U0001F600x", 4, 1, 3)]
    public void GetLocation_ByteOffset_LineAndUtf16Column(string text, int offset, int line, int column)
    {
        var location = new Source(text).GetLocation(offset);
        Assert.Equal(new SourceLocation(line, column), location);
    }
}
