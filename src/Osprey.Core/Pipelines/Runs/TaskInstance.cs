using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>One task in one run: its state, tries, times, outputs and (for branches) the children it chose; immutable, replaced on every transition.</summary>
/// <param name="TaskId">The task's id.</param>
/// <param name="State">The current state.</param>
/// <param name="TryNumber">How many tries have been queued so far (the current try's number while queued or running).</param>
/// <param name="MaxTries">How many tries the task may have in all (retries + 1, extended when the task is cleared).</param>
public sealed record TaskInstance(string TaskId, TaskState State, int TryNumber, int MaxTries)
{
    /// <summary>Gets when the current try was queued.</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    /// <summary>Gets when the current try started running.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when the task (or its last try) ended.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Gets when an up_for_retry task is queued again.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>Gets the outputs of the successful try (a small JSON map), or null.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Outputs { get; init; }

    /// <summary>Gets why the task is in its state (an error, a skip reason), or null.</summary>
    public string? Message { get; init; }

    /// <summary>Gets, for a branch that succeeded, the children it chose.</summary>
    public IReadOnlyList<string>? Followed { get; init; }

    /// <summary>Creates the instance of a task not yet judged.</summary>
    public static TaskInstance Waiting(TaskDefinition task) => new(task.Id, TaskState.None, 0, task.Retry.Retries + 1);
}
