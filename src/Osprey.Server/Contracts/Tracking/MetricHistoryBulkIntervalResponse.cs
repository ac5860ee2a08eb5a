namespace Osprey.Server.Contracts.Tracking;

/// <summary>Sampled metric history of several runs.</summary>
public sealed record MetricHistoryBulkIntervalResponse(IReadOnlyList<MetricWithRunIdDto>? Metrics);
