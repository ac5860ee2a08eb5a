namespace Osprey.Core.Pipelines.Runs;

/// <summary>Tasks are to run again (<c>osprey pipelines retry</c>): the named tasks, or with <see cref="FailedOnly"/> every failed, timed-out,
/// cancelled or upstream_failed one, are reset together with everything downstream, and given a fresh retry budget.</summary>
public sealed record ClearRequested(DateTimeOffset At, IReadOnlyList<string> TaskIds, bool FailedOnly = false) : RunEvent(At);
