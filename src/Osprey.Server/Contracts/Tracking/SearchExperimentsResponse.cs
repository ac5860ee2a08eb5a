namespace Osprey.Server.Contracts.Tracking;

/// <summary>One page of experiments.</summary>
public sealed record SearchExperimentsResponse(IReadOnlyList<ExperimentDto>? Experiments, string? NextPageToken);
