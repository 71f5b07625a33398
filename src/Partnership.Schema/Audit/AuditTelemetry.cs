using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Partnership.Schema.Audit;

/// <summary>
/// The hub's traces and metrics (named <see cref="Name"/>): an <c>audit.append</c> span around each access audit append and
/// a histogram of its duration by agency and outcome. Tags say how many children an entry covers, never which.
/// </summary>
public static class AuditTelemetry
{
    public const string Name = "Partnership.Schema";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> AppendDuration = Meter.CreateHistogram<double>(
        "partnership.audit.append.duration", "s", "Time to write a request's access audit entry (committed before the response)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    internal static void Record(long started, string agency, bool written)
    {
        if (!AppendDuration.Enabled) return;
        AppendDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("partnership.agency", agency),
            new KeyValuePair<string, object?>("partnership.audit.outcome", written ? "written" : "failed"));
    }
}
