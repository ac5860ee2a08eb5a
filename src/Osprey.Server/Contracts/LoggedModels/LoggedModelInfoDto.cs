namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A logged model's attributes and tags; <see cref="Status"/> is LOGGED_MODEL_PENDING, LOGGED_MODEL_READY or LOGGED_MODEL_UPLOAD_FAILED.</summary>
/// <remarks><see cref="LifecycleStage"/> is Osprey's addition ("active" or "deleted"); MLflow clients ignore it.</remarks>
public sealed record LoggedModelInfoDto(
    string ModelId,
    string ExperimentId,
    string Name,
    long CreationTimestampMs,
    long LastUpdatedTimestampMs,
    string ArtifactUri,
    string Status,
    string? ModelType,
    string? SourceRunId,
    string? StatusMessage,
    IReadOnlyList<TagDto>? Tags,
    string? LifecycleStage);
