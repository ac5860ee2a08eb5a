namespace Osprey.Core.Pipelines.Runs;

/// <summary>A step to persist for a run, with the version it was computed from and, when the step applies workers' reports, the completions it applies.</summary>
public sealed record RunStepWrite(PipelineRunId RunId, long ExpectedVersion, RunStep Step, IReadOnlyList<TaskAttempt>? Completions = null);
