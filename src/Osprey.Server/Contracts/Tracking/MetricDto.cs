namespace Osprey.Server.Contracts.Tracking;

/// <summary>One metric observation; <see cref="Value"/> may be NaN or infinite (rendered as "NaN", "Infinity", "-Infinity").</summary>
public sealed record MetricDto(string Key, double Value, long Timestamp, long Step);
