using Microsoft.Extensions.Time.Testing;
using Partnership.Data.Dates;

namespace Partnership.Data.Tests.Dates;

public sealed class WorkingDaysTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<int, DateOnly[]> Years => new()
    {
        { 2024, [D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26)] },
        // Christmas on Saturday: substitutes on Monday 27 and Tuesday 28.
        { 2021, [D(2021, 1, 1), D(2021, 4, 2), D(2021, 4, 5), D(2021, 5, 3), D(2021, 5, 31), D(2021, 8, 30), D(2021, 12, 27), D(2021, 12, 28)] },
        // New Year on Saturday; spring holiday moved for the Platinum Jubilee plus the extra day; the state funeral; Christmas on Sunday.
        { 2022, [D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2), D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19), D(2022, 12, 26), D(2022, 12, 27)] },
        // Early May moved to Friday 8 May for VE Day's 75th anniversary.
        { 2020, [D(2020, 1, 1), D(2020, 4, 10), D(2020, 4, 13), D(2020, 5, 8), D(2020, 5, 25), D(2020, 8, 31), D(2020, 12, 25), D(2020, 12, 28)] },
        { 2023, [D(2023, 1, 2), D(2023, 4, 7), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 8), D(2023, 5, 29), D(2023, 8, 28), D(2023, 12, 25), D(2023, 12, 26)] },
        // Boxing Day on Saturday: substitute Monday 28.
        { 2026, [D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)] },
        { 1995, [D(1995, 1, 2), D(1995, 4, 14), D(1995, 4, 17), D(1995, 5, 8), D(1995, 5, 29), D(1995, 8, 28), D(1995, 12, 25), D(1995, 12, 26)] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void BankHolidays_Year_MatchesPublishedList(int year, DateOnly[] expected) =>
        Assert.Equal(expected, BankHolidays.For(year));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2000, 4, 23)]
    [InlineData(2038, 4, 25)]
    [InlineData(1818, 3, 22)]
    public void EasterSunday_Year_IsKnownDate(int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), BankHolidays.EasterSunday(y));

    [Fact]
    public void InitialConferenceDue_OverChristmasAndNewYear_SkipsBankHolidaysAndWeekends() =>
        // Monday 16 Dec 2024 + 15 working days, skipping 25, 26 Dec and 1 Jan and weekends.
        Assert.Equal(D(2025, 1, 9), WorkingDays.InitialConferenceDue(D(2024, 12, 16)));

    [Fact]
    public void InitialConferenceDue_OverEaster_SkipsGoodFridayAndEasterMonday() =>
        // Wednesday 12 March 2025 + 15 working days: no holiday in between → Wednesday 2 April.
        Assert.Equal(D(2025, 4, 2), WorkingDays.InitialConferenceDue(D(2025, 3, 12)));

    [Fact]
    public void Add_FromFridayOneDay_IsMonday() => Assert.Equal(D(2025, 3, 17), WorkingDays.Add(D(2025, 3, 14), 1));

    [Fact]
    public void Between_AcrossEaster2025_CountsOnlyWorkingDays() =>
        // 17 Apr (Thu) → 22 Apr (Tue): Fri 18 and Mon 21 are bank holidays, so only Tue 22 counts.
        Assert.Equal(1, WorkingDays.Between(D(2025, 4, 17), D(2025, 4, 22)));

    [Fact]
    public void NextReviewDue_FirstThreeMonthsThenSixMonthly()
    {
        var icpc = D(2025, 1, 9);
        Assert.Equal(D(2025, 4, 9), WorkingDays.NextReviewDue(icpc, null));
        Assert.Equal(D(2025, 10, 7), WorkingDays.NextReviewDue(icpc, D(2025, 4, 7)));
        Assert.True(WorkingDays.IsReviewOverdue(icpc, null, D(2025, 4, 10)));
        Assert.False(WorkingDays.IsReviewOverdue(icpc, D(2025, 4, 7), D(2025, 4, 10)));
    }

    [Fact]
    public void Today_UsesInjectedClockInLondonTime()
    {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(D(2025, 7, 1), WorkingDays.Today(clock));
    }
}
