namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of <c>metrics/get-history-bulk-interval</c>.</summary>
public sealed record GetMetricHistoryBulkIntervalRequest(IReadOnlyList<string>? RunIds, string? MetricKey, int? StartStep, int? EndStep, int? MaxResults);
