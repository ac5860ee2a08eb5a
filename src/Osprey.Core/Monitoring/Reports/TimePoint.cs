namespace Osprey.Core.Monitoring.Reports;

/// <summary>One point of a time series: a Unix-millisecond time and a value.</summary>
public readonly record struct TimePoint(long Timestamp, double Value);
