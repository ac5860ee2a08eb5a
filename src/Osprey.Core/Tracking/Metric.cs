namespace Osprey.Core.Tracking;

/// <summary>One metric observation; history is append-only. <paramref name="Timestamp"/> is Unix milliseconds.</summary>
public readonly record struct Metric(string Key, double Value, long Timestamp, long Step);
