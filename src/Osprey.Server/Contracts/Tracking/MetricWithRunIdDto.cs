namespace Osprey.Server.Contracts.Tracking;

/// <summary>One metric observation of one of several runs (the bulk-interval history).</summary>
public sealed record MetricWithRunIdDto(string Key, double Value, long Timestamp, long Step, string RunId);
