namespace Osprey.Core.Pipelines.Runs;

/// <summary>A queued or running run of a pipeline, as the scheduler policy sees it.</summary>
public sealed record ActiveRun(PipelineRunId Id, PipelineRunStatus Status, RunKind Kind, DateTimeOffset LogicalDate, DateTimeOffset CreatedAt);
