namespace Osprey.Core.Tracking;

/// <summary>A named group of runs. Times are Unix milliseconds.</summary>
public sealed record Experiment(
    ExperimentId Id,
    string Name,
    string ArtifactLocation,
    LifecycleStage LifecycleStage,
    long CreationTime,
    long LastUpdateTime,
    IReadOnlyList<Tag> Tags);
