namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>model-versions/transition-stage</c>; Osprey's own endpoint also records <see cref="Reason"/>.</summary>
public sealed record TransitionStageRequest(string? Name, string? Version, string? Stage, bool? ArchiveExistingVersions, string? Reason = null);
