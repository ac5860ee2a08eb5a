namespace Osprey.Server.Contracts.Tracking;

/// <summary>The query of the proxied artifact listing <c>mlflow-artifacts/artifacts?path=</c>.</summary>
public sealed record ArtifactListRequest(string? Path);
