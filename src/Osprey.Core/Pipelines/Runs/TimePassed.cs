namespace Osprey.Core.Pipelines.Runs;

/// <summary>The clock reached <see cref="RunEvent.At"/>: retries fall due, execution and run timeouts are enforced.</summary>
public sealed record TimePassed(DateTimeOffset At) : RunEvent(At);
