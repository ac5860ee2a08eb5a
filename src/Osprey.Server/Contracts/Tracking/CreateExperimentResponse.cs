namespace Osprey.Server.Contracts.Tracking;

/// <summary>The answer of <c>experiments/create</c>.</summary>
public sealed record CreateExperimentResponse(string ExperimentId);
