namespace Osprey.Server.Contracts.Registry;

/// <summary>The query of <c>model-versions/get-artifact</c>.</summary>
public sealed record ModelVersionArtifactRequest(string? Name, string? Version, string? Path);
