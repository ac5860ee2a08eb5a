namespace Osprey.Core.Pipelines.Runs;

/// <summary>The run is to stop: every unfinished task is cancelled and running tries are killed.</summary>
public sealed record CancelRequested(DateTimeOffset At, string Reason) : RunEvent(At);
