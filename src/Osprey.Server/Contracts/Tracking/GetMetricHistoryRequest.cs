namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of <c>metrics/get-history</c>.</summary>
public sealed record GetMetricHistoryRequest(string? RunId, string? RunUuid, string? MetricKey, string? PageToken, int? MaxResults);
