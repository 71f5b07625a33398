using System.Buffers.Text;
using System.Text;
using Partnership.Schema.Tests.Hub;
using static Partnership.Schema.Tests.Hub.Scenario;

namespace Partnership.Schema.Tests.Policy;

/// <summary>
/// Cursors carry the sort values of a row: ordered by NHS number, name and date of birth they would give those values away with
/// no audit entry. They are sealed: nothing in them can be read, and none can be made up or altered.
/// </summary>
public sealed class CursorSealTests(ScenarioFixture f) : IClassFixture<ScenarioFixture>
{
    private const string Query = """
        query($after: String) { children(first: 2, after: $after, order: [{ nhsNumber: DESC }, { firstName: DESC }, { dateOfBirth: DESC }]) {
          edges { cursor } pageInfo { hasNextPage endCursor } } }
        """;

    [Fact]
    public async Task Cursor_OrderedByNhsNumberNameAndBirthDate_CarriesNoneOfThemReadably()
    {
        var r = await f.Host.RunAsync(SocialWorker, Query);
        r.AssertNoErrors();
        var cursors = r.At("children.edges")!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()).ToList();
        Assert.Equal(2, cursors.Count);
        foreach (var cursor in cursors)
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            var text = Encoding.Latin1.GetString(bytes);
            foreach (var n in Enumerable.Range(1, 10))
                Assert.DoesNotContain(Nhs(n).Value, text);
            Assert.DoesNotContain("Casey", text);
            Assert.DoesNotContain("nhsNumber", text);
            Assert.NotEqual((byte)'[', bytes[0]); // not JSON: nothing to parse
        }
    }

    [Fact]
    public async Task Cursor_NextPage_StillPages()
    {
        var first = await f.Host.RunAsync(SocialWorker, Query);
        var after = first.At("children.pageInfo.endCursor")!.GetValue<string>();
        var second = await f.Host.RunAsync(SocialWorker, Query, new { after });
        second.AssertNoErrors();
        Assert.Equal(2, second.At("children.edges")!.AsArray().Count);
        Assert.DoesNotContain(second.At("children.edges")!.AsArray().Select(e => e!["cursor"]!.GetValue<string>()),
            c => first.At("children.edges")!.AsArray().Any(e => e!["cursor"]!.GetValue<string>() == c));
    }

    [Theory]
    [InlineData("WyJjaGlsZHJlbiIsIjk5OTk5OTk5OTkiXQ")] // a hand-made cursor: base64url of ["children","9999999999"]
    [InlineData("not-a-cursor")]
    public async Task Cursor_MadeUp_RefusedAsInvalid(string cursor)
    {
        var r = await f.Host.RunAsync(SocialWorker, Query, new { after = cursor });
        Assert.Equal(["PAGINATION_INVALID_CURSOR"], r.ErrorCodes);
    }

    [Fact]
    public async Task Cursor_OneByteAltered_RefusedAsInvalid()
    {
        var r = await f.Host.RunAsync(SocialWorker, Query);
        var bytes = Base64Url.DecodeFromChars(r.At("children.pageInfo.endCursor")!.GetValue<string>());
        bytes[^1] ^= 0x01;
        var altered = await f.Host.RunAsync(SocialWorker, Query, new { after = Base64Url.EncodeToString(bytes) });
        Assert.Equal(["PAGINATION_INVALID_CURSOR"], altered.ErrorCodes);
    }
}
