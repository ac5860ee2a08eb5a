namespace Osprey.Core.Pipelines.Runs;

/// <summary>A step to persist for a run, with the version it was computed from and, when the step came from a worker's report, the completion it applies.</summary>
public sealed record RunStepWrite(PipelineRunId RunId, long ExpectedVersion, RunStep Step, TaskAttempt? Completion = null);
