namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>What a store needs to insert a logged model; the service has already chosen the id, name and artifact location.</summary>
public sealed record NewLoggedModel(
    LoggedModelId ModelId,
    ExperimentId ExperimentId,
    string Name,
    string? ModelType,
    string? SourceRunId,
    string ArtifactLocation,
    long Now,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<Param> Params);
