namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of <c>experiments/get-by-name</c>.</summary>
public sealed record GetExperimentByNameRequest(string? ExperimentName);
