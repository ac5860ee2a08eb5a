namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The query of <c>logged-models/{model_id}/artifacts/files</c> (the MLflow UI's file download).</summary>
public sealed record LoggedModelArtifactFileRequest(string? ArtifactFilePath);
