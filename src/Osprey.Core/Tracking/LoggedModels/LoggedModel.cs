namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A model logged in an experiment (MLflow 3): its attributes, tags, params and the metrics linked to it. Times are Unix milliseconds.</summary>
/// <param name="ArtifactLocation">Where its files live, <c>&lt;experiment location&gt;/models/&lt;model_id&gt;/artifacts</c>.</param>
/// <param name="SourceRunId">The run that produced it, if any.</param>
public sealed record LoggedModel(
    LoggedModelId ModelId,
    ExperimentId ExperimentId,
    string Name,
    string? ModelType,
    string? SourceRunId,
    LoggedModelStatus Status,
    string? StatusMessage,
    string ArtifactLocation,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    LifecycleStage LifecycleStage,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<Param> Params,
    IReadOnlyList<LoggedModelMetric> Metrics);
