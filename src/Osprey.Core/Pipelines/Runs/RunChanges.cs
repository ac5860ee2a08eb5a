using System.Collections.Immutable;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>The working set of one step: task instances being changed, the transitions recorded so far, tries to kill, and tasks waiting to be judged.</summary>
internal sealed class RunChanges(PipelineRunState state, DateTimeOffset now)
{
    private readonly ImmutableDictionary<string, TaskInstance>.Builder tasks = state.Instances.ToBuilder();

    public PipelineRunState State { get; } = state;

    public PipelineDefinition Definition => State.Definition;

    public DateTimeOffset Now { get; } = now;

    public List<TaskTransition> Transitions { get; } = [];

    public List<TaskAttempt> Kills { get; } = [];

    public Queue<string> Pending { get; } = new();

    public TaskInstance this[string taskId] => tasks[taskId];

    public ImmutableDictionary<string, TaskInstance> Instances => tasks.ToImmutable();

    /// <summary>Replaces a task's instance and records the transition.</summary>
    public void Set(TaskInstance to, TaskDispatch? dispatch = null)
    {
        var from = tasks[to.TaskId];
        tasks[to.TaskId] = to;
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
