namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/log-metric</c>.</summary>
public sealed record LogMetricRequest(string? RunId, string? RunUuid, string? Key, double? Value, long? Timestamp, long? Step);
