namespace Osprey.Core.Tracking;

/// <summary>What a store needs to insert a run; the service has already chosen the id, name and artifact URI.</summary>
public sealed record NewRun(
    RunId RunId,
    ExperimentId ExperimentId,
    string RunName,
    string UserId,
    long StartTime,
    string ArtifactUri,
    IReadOnlyList<Tag> Tags);
