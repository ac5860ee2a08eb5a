namespace Osprey.Core.Serving.Series;

/// <summary>What one served version's metrics held at one moment: its latency buckets (answered requests) and its failed requests.</summary>
public sealed record VersionReading(LatencyBuckets Latency, long Errors)
{
    /// <summary>Reads a version's metrics without touching the request path (lock-free reads of its counters).</summary>
    public static VersionReading Of(ServedSeries served) =>
        new(LatencyBuckets.Read(served.Metrics.Latency), served.Metrics.ValidationErrors.Value + served.Metrics.ScoringErrors.Value);
}
