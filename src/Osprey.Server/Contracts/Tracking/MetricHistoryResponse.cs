namespace Osprey.Server.Contracts.Tracking;

/// <summary>One page of a metric's history.</summary>
public sealed record MetricHistoryResponse(IReadOnlyList<MetricDto>? Metrics, string? NextPageToken);
