using System.Collections.Concurrent;

namespace Partnership.Data.Dates;

/// <summary>
/// Bank holidays in England (and Wales), computed for any year: fixed and Easter-based days, substitute days for those
/// falling at a weekend, and the one-off changes made by proclamation since 1995.
/// </summary>
public static class BankHolidays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<DateOnly>> Cache = new();

    public static IReadOnlyList<DateOnly> For(int year) => Cache.GetOrAdd(year, Compute);

    public static bool IsBankHoliday(DateOnly day) => For(day.Year).Contains(day);

    /// <summary>Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static IReadOnlyList<DateOnly> Compute(int year)
    {
        var days = new SortedSet<DateOnly>();
        // Fixed-date holidays move to the next weekday not already a holiday (Christmas on Saturday → Monday 27, Boxing Day → Tuesday 28).
        void Substitutable(DateOnly d)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || days.Contains(d)) d = d.AddDays(1);
            days.Add(d);
        }

        Substitutable(new DateOnly(year, 1, 1));
        var easter = EasterSunday(year);
        days.Add(easter.AddDays(-2));
        days.Add(easter.AddDays(1));

        // Early May bank holiday (first Monday, since 1978); moved to VE Day for its 50th (1995) and 75th (2020) anniversaries.
        if (year >= 1978)
            days.Add(year switch { 1995 => new DateOnly(1995, 5, 8), 2020 => new DateOnly(2020, 5, 8), _ => FirstMonday(year, 5) });
        // Spring bank holiday (last Monday of May); moved for the Golden, Diamond and Platinum Jubilees.
        days.Add(year switch
        {
            2002 => new DateOnly(2002, 6, 4),
            2012 => new DateOnly(2012, 6, 4),
            2022 => new DateOnly(2022, 6, 2),
            _ => LastMonday(year, 5),
        });
        days.Add(LastMonday(year, 8));
        Substitutable(new DateOnly(year, 12, 25));
        Substitutable(new DateOnly(year, 12, 26));

        foreach (var extra in OneOffs)
            if (extra.Year == year) days.Add(extra);
        return days.ToArray();
    }

    /// <summary>Additional days proclaimed for a single year.</summary>
    private static readonly DateOnly[] OneOffs =
    [
        new(1999, 12, 31), // Millennium
        new(2002, 6, 3),   // Golden Jubilee
        new(2011, 4, 29),  // Royal wedding
        new(2012, 6, 5),   // Diamond Jubilee
        new(2022, 6, 3),   // Platinum Jubilee
        new(2022, 9, 19),  // State funeral of Queen Elizabeth II
        new(2023, 5, 8),   // Coronation of King Charles III
    ];

    private static DateOnly FirstMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(1);
        return d;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(-1);
        return d;
    }
}
