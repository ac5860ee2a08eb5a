namespace Osprey.Server.Contracts.Tracking;

/// <summary>The attributes of a run; <see cref="Status"/> is RUNNING, SCHEDULED, FINISHED, FAILED or KILLED and <see cref="LifecycleStage"/> active or deleted.</summary>
public sealed record RunInfoDto(string RunId, string RunUuid, string? RunName, string ExperimentId, string? UserId, string Status, long StartTime, long? EndTime, string ArtifactUri, string LifecycleStage);
