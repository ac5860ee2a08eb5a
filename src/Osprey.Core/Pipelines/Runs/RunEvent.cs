namespace Osprey.Core.Pipelines.Runs;

/// <summary>Something that happened to a run at <see cref="At"/>; <see cref="PipelineRunState.Apply"/> turns it into transitions.</summary>
public abstract record RunEvent(DateTimeOffset At);
