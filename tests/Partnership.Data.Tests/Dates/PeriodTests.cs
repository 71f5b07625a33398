using System.Linq.Expressions;
using Partnership.Data.Dates;

namespace Partnership.Data.Tests.Dates;

public class PeriodTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);

    [Theory]
    [InlineData("2026-03-31", null, true)]          // starts today
    [InlineData("2026-04-01", null, false)]         // starts tomorrow
    [InlineData("2026-01-01", "2026-03-31", false)] // ends today: closed today
    [InlineData("2026-01-01", "2026-04-01", true)]  // ends tomorrow
    [InlineData("2026-01-01", "2026-03-30", false)]
    public void IsOpen_StartAndEnd_OneMeaning(string start, string? end, bool open) =>
        Assert.Equal(open, Period.IsOpen(DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), Day));

    [Fact]
    public void Expand_IsOpenCall_BecomesTheRuleWithTheSameAnswers()
    {
        Expression<Func<(DateOnly Start, DateOnly? End), bool>> query = x => Period.IsOpen(x.Start, x.End, Day);
        var expanded = (Expression<Func<(DateOnly Start, DateOnly? End), bool>>)Period.Expand(query);
        Assert.DoesNotContain(nameof(Period.IsOpen), expanded.ToString());
        var compiled = expanded.Compile();
        foreach (var (start, end) in new (DateOnly, DateOnly?)[] { (Day, null), (Day.AddDays(1), null), (Day.AddDays(-5), Day), (Day.AddDays(-5), Day.AddDays(1)) })
            Assert.Equal(Period.IsOpen(start, end, Day), compiled((start, end)));
    }
}
