using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>experiments/create</c>.</summary>
public sealed record CreateExperimentRequest(string? Name, string? ArtifactLocation, IReadOnlyList<TagDto>? Tags);
