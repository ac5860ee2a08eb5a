namespace Osprey.Server.Contracts.Tracking;

/// <summary>A request naming one experiment (get, delete, restore).</summary>
public sealed record ExperimentIdRequest(string? ExperimentId);
