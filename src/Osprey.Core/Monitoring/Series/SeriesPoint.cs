namespace Osprey.Core.Monitoring.Series;

/// <summary>One sample of a named time series: a value at a Unix-millisecond time, identified by its name and labels (for example <c>feature_drift_score{model="churn",column="tenure"}</c>).</summary>
public sealed record SeriesPoint(string Name, IReadOnlyDictionary<string, string> Labels, long Timestamp, double Value);
