namespace Partnership.Data.Dates;

/// <summary>Working days in England (Monday–Friday except bank holidays) and the statutory child protection timescales.</summary>
public static class WorkingDays
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BankHolidays.IsBankHoliday(day);

    /// <summary>The date <paramref name="count"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly Add(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var d = start;
        while (count > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) count--;
        }
        return d;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative if <paramref name="to"/> is earlier).</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to < from) return -Between(to, from);
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) n++;
        return n;
    }

    /// <summary>Today in England, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);

    /// <summary>The initial child protection conference is due within 15 working days of the strategy discussion that started the section 47 enquiry.</summary>
    public static DateOnly InitialConferenceDue(DateOnly strategyDiscussion) => Add(strategyDiscussion, 15);

    /// <summary>
    /// When the next review conference is due: 3 months after the initial conference, then at most 6 months after the previous review.
    /// </summary>
    public static DateOnly NextReviewDue(DateOnly initialConference, DateOnly? lastReview) =>
        lastReview is { } r ? r.AddMonths(6) : initialConference.AddMonths(3);

    /// <summary>True when a review is due and not held by <paramref name="today"/>.</summary>
    public static bool IsReviewOverdue(DateOnly initialConference, DateOnly? lastReview, DateOnly today) =>
        NextReviewDue(initialConference, lastReview) < today;

    private static TimeZoneInfo FindLondon()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
