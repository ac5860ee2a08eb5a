namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>experiments/set-experiment-tag</c> and <c>experiments/delete-experiment-tag</c>.</summary>
public sealed record ExperimentTagRequest(string? ExperimentId, string? Key, string? Value);
