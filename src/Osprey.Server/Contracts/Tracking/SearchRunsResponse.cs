namespace Osprey.Server.Contracts.Tracking;

/// <summary>One page of runs.</summary>
public sealed record SearchRunsResponse(IReadOnlyList<RunDto>? Runs, string? NextPageToken);
