namespace Osprey.Core.Monitoring.Performance;

/// <summary>One threshold judged against one version's window metrics; <paramref name="Value"/> is NaN when the metric could not be computed.</summary>
public sealed record ThresholdResult(string Condition, string Metric, double Value, bool Breached);
