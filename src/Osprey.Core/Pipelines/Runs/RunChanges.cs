using System.Collections.Immutable;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>The working set of one step: task instances being changed, the transitions recorded so far, tries to kill, and tasks waiting to be judged.</summary>
internal sealed class RunChanges(PipelineRunState state, DateTimeOffset now)
{
    private readonly ImmutableDictionary<string, TaskInstance>.Builder tasks = state.Instances.ToBuilder();
    private readonly ImmutableHashSet<string>.Builder active = state.Tally.Active.ToBuilder();
    private int unfinished = state.Tally.Unfinished;

    public PipelineRunState State { get; } = state;

    public PipelineDefinition Definition => State.Definition;

    public DateTimeOffset Now { get; } = now;

    public List<TaskTransition> Transitions { get; } = [];

    public List<TaskAttempt> Kills { get; } = [];

    public Queue<string> Pending { get; } = new();

    public TaskInstance this[string taskId] => tasks[taskId];

    public ImmutableDictionary<string, TaskInstance> Instances => tasks.ToImmutable();

    public TaskTally Tally => new(unfinished, active.ToImmutable());

    /// <summary>Gets whether every task has finished.</summary>
    public bool AllFinished => unfinished == 0;

    /// <summary>Lists the queued, running and up-for-retry tasks in pipeline order (a copy, safe to change instances while walking it).</summary>
    public List<TaskDefinition> ActiveTasks() => [.. active.OrderBy(Definition.Position).Select(id => Definition[id])];

    /// <summary>Replaces a task's instance and records the transition.</summary>
    public void Set(TaskInstance to, TaskDispatch? dispatch = null)
    {
        var from = tasks[to.TaskId];
        tasks[to.TaskId] = to;
        if (from.State.IsFinished() != to.State.IsFinished())
        {
            unfinished += to.State.IsFinished() ? -1 : 1;
        }
        if (TaskTally.IsActive(to.State))
        {
            active.Add(to.TaskId);
        }
        else
        {
            active.Remove(to.TaskId);
        }
        Transitions.Add(new TaskTransition(from.State, to, dispatch));
    }

    /// <summary>Marks a finished task's direct children for judging.</summary>
    public void JudgeChildren(string taskId)
    {
        foreach (var child in Definition[taskId].Children)
        {
            Pending.Enqueue(child);
        }
    }

    /// <summary>Creates the template scope over the instances as they stand now.</summary>
    public RunTemplateScope Scope(int? tryNumber = null) =>
        new(Definition, State.Context, id => tasks.TryGetValue(id, out var instance) ? instance : null, tryNumber);
}
