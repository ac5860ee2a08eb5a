namespace Osprey.Core.Pipelines.Runs;

/// <summary>A worker claimed try <see cref="TryNumber"/> of a queued task and started it; ignored if that try is no longer current.</summary>
public sealed record TaskStarted(string TaskId, int TryNumber, DateTimeOffset At) : RunEvent(At);
