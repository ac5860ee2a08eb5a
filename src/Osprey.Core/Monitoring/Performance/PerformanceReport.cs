namespace Osprey.Core.Monitoring.Performance;

/// <summary>The performance of a served model over a window [From, To) (Unix milliseconds) cut into buckets of <paramref name="BucketMs"/>,
/// one entry per version that served in it, and the overall verdict (degraded when any version is).</summary>
public sealed record PerformanceReport(
    string Model,
    PerformanceKind Kind,
    string? PositiveClass,
    long From,
    long To,
    long BucketMs,
    int MinLabelled,
    IReadOnlyList<string> Thresholds,
    IReadOnlyList<VersionPerformance> Versions,
    PerformanceVerdict Verdict);
