using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/create</c>.</summary>
public sealed record CreateRunRequest(string? ExperimentId, string? UserId, string? RunName, long? StartTime, IReadOnlyList<TagDto>? Tags);
