namespace Osprey.Core.Pipelines.Runs;

/// <summary>How to create a manually triggered run: start it now or queue it, and which active runs to cancel first.</summary>
public sealed record ManualTriggerPlan(PipelineRunStatus Status, IReadOnlyList<PipelineRunId> Cancel);
