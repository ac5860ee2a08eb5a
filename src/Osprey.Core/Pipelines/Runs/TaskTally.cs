using System.Collections.Immutable;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Running counts kept with a run's state so that each event costs the same however large the pipeline: how many tasks are unfinished,
/// and which are queued, running or up for retry (the only ones time can change).</summary>
internal sealed record TaskTally(int Unfinished, ImmutableHashSet<string> Active)
{
    public static bool IsActive(TaskState state) => state is TaskState.Queued or TaskState.Running or TaskState.UpForRetry;

    public static TaskTally Of(IEnumerable<TaskInstance> instances)
    {
        var list = instances.ToList();
        return new TaskTally(
            list.Count(i => !i.State.IsFinished()),
            list.Where(i => IsActive(i.State)).Select(i => i.TaskId).ToImmutableHashSet(StringComparer.Ordinal));
    }
}
