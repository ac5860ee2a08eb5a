namespace Osprey.Core.Tracking;

/// <summary>The attributes of a run. Times are Unix milliseconds; <see cref="EndTime"/> is null while it runs.</summary>
public sealed record RunInfo(
    RunId RunId,
    ExperimentId ExperimentId,
    string RunName,
    string UserId,
    RunStatus Status,
    long StartTime,
    long? EndTime,
    string ArtifactUri,
    LifecycleStage LifecycleStage);
