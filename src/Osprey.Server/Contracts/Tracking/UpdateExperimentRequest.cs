namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>experiments/update</c> (rename).</summary>
public sealed record UpdateExperimentRequest(string? ExperimentId, string? NewName);
