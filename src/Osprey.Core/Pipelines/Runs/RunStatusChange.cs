namespace Osprey.Core.Pipelines.Runs;

/// <summary>The run moved from <see cref="From"/> to <see cref="To"/> at <see cref="At"/>, for <see cref="Reason"/>.</summary>
public sealed record RunStatusChange(PipelineRunStatus From, PipelineRunStatus To, DateTimeOffset At, string? Reason);
