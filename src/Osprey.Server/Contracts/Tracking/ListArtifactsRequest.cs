namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of <c>artifacts/list</c>.</summary>
public sealed record ListArtifactsRequest(string? RunId, string? RunUuid, string? Path, string? PageToken);
