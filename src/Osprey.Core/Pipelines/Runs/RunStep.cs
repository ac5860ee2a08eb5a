namespace Osprey.Core.Pipelines.Runs;

/// <summary>The result of applying one event: the new state, the task transitions and run change to persist (in one transaction),
/// the tries to kill, and when to wake the run next.</summary>
/// <param name="WakeAt">The earliest instant a <see cref="TimePassed"/> event would change something (a retry, a timeout), or null.</param>
public sealed record RunStep(PipelineRunState State, IReadOnlyList<TaskTransition> Transitions, RunStatusChange? RunChange,
    IReadOnlyList<TaskAttempt> ToKill, DateTimeOffset? WakeAt)
{
    /// <summary>Gets the tries to hand to workers: the transitions to queued, in order.</summary>
    public IEnumerable<TaskDispatch> Dispatches => Transitions.Where(t => t.Dispatch is not null).Select(t => t.Dispatch!);

    /// <summary>Gets whether the event changed nothing.</summary>
    public bool IsEmpty => Transitions.Count == 0 && RunChange is null && ToKill.Count == 0;
}
