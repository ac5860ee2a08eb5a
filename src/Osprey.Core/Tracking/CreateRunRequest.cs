namespace Osprey.Core.Tracking;

/// <summary>A new run: experiment (default "0"), optional name (generated when absent), user, start time (now when absent) and tags.</summary>
public sealed record CreateRunRequest(
    string? ExperimentId,
    string? RunName = null,
    string? UserId = null,
    long? StartTime = null,
    IReadOnlyList<Tag>? Tags = null);
