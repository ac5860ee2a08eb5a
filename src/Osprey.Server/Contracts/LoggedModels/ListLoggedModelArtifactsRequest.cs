namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The query of <c>logged-models/{model_id}/artifacts/directories</c>: a folder relative to the model's artifact root.</summary>
public sealed record ListLoggedModelArtifactsRequest(string? ArtifactDirectoryPath, string? PageToken);
