namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/log-metric</c>; MLflow 3 clients may link the observation to a logged model and a data set.</summary>
public sealed record LogMetricRequest(
    string? RunId, string? RunUuid, string? Key, double? Value, long? Timestamp, long? Step,
    string? ModelId = null, string? DatasetName = null, string? DatasetDigest = null);
