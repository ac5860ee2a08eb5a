namespace Osprey.Core.Monitoring.Performance;

/// <summary>One model version over the whole window: counts, live metrics, the metrics its training run logged (for comparison),
/// the per-bucket breakdown, each threshold's result and the verdict.</summary>
public sealed record VersionPerformance(
    int Version,
    int Predictions,
    int Labelled,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, double> Training,
    IReadOnlyList<WindowPerformance> Windows,
    IReadOnlyList<ThresholdResult> Checks,
    PerformanceVerdict Verdict)
{
    /// <summary>Gets how many predictions of the window still wait for their ground truth (they are left out of every metric).</summary>
    public int Unlabelled => Predictions - Labelled;
}
