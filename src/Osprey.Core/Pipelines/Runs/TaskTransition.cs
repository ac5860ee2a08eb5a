namespace Osprey.Core.Pipelines.Runs;

/// <summary>One change to persist: the task went from <see cref="From"/> to the state in <see cref="To"/>; a move to queued carries the <see cref="Dispatch"/> for workers.</summary>
/// <param name="From">The state before, for the store's compare-and-set.</param>
/// <param name="To">The whole instance after the change.</param>
/// <param name="Dispatch">For a move to queued, what the worker needs; otherwise null.</param>
public sealed record TaskTransition(TaskState From, TaskInstance To, TaskDispatch? Dispatch = null)
{
    /// <summary>Gets the task id.</summary>
    public string TaskId => To.TaskId;

    public override string ToString() => $"{TaskId}: {From.Name()} → {To.State.Name()}{(To.Message is null ? "" : $" ({To.Message})")}";
}
