using System.Collections.Immutable;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>The deterministic state machine of one pipeline run: an immutable snapshot that turns each <see cref="RunEvent"/> into the
/// transitions to persist, the tries to start or kill, and the next wake-up. It does no I/O and never reads the clock.</summary>
/// <remarks>Scheduling is event-driven: when a task ends only its direct children are judged (and, when they are skipped or
/// upstream_failed, theirs), so the cost of an event does not grow with the size of the pipeline.</remarks>
public sealed class PipelineRunState
{
    internal PipelineRunState(PipelineDefinition definition, RunContext context, PipelineRunStatus status,
        DateTimeOffset? startedAt, DateTimeOffset? endedAt, ImmutableDictionary<string, TaskInstance> instances, TaskTally tally, IRetryJitter jitter)
    {
        Tally = tally;
        Definition = definition;
        Context = context;
        Status = status;
        StartedAt = startedAt;
        EndedAt = endedAt;
        Instances = instances;
        Jitter = jitter;
    }

    /// <summary>Gets the pipeline the run belongs to.</summary>
    public PipelineDefinition Definition { get; }

    /// <summary>Gets the run's id, kind, interval and parameters.</summary>
    public RunContext Context { get; }

    /// <summary>Gets the run's state.</summary>
    public PipelineRunStatus Status { get; }

    /// <summary>Gets when the run started (or was last cleared), or null while queued.</summary>
    public DateTimeOffset? StartedAt { get; }

    /// <summary>Gets when the run finished, or null.</summary>
    public DateTimeOffset? EndedAt { get; }

    /// <summary>Gets whether the run has finished (success, failed or cancelled).</summary>
    public bool IsFinished => Status is PipelineRunStatus.Success or PipelineRunStatus.Failed or PipelineRunStatus.Cancelled;

    /// <summary>Gets every task instance, in the definition's dependency order.</summary>
    public IReadOnlyList<TaskInstance> Tasks => [.. Definition.Tasks.Select(t => Instances[t.Id])];

    internal ImmutableDictionary<string, TaskInstance> Instances { get; }

    internal IRetryJitter Jitter { get; }

    internal TaskTally Tally { get; }

    /// <summary>Gets the instance of a task; throws <see cref="ErrorCode.NotFound"/> for an unknown id.</summary>
    public TaskInstance this[string taskId] => Instances.TryGetValue(taskId, out var instance)
        ? instance
        : throw OspreyException.NotFound($"Pipeline '{Definition.Name}' has no task '{taskId}'.");

    /// <summary>Starts a run: it becomes running at <paramref name="now"/> and its root tasks (and those with rule always) are judged.</summary>
    public static RunStep Start(PipelineDefinition definition, RunContext context, DateTimeOffset now, IRetryJitter? jitter = null)
    {
        var waiting = definition.Tasks.ToImmutableDictionary(t => t.Id, TaskInstance.Waiting, StringComparer.Ordinal);
        var queued = new PipelineRunState(definition, context, PipelineRunStatus.Queued, null, null, waiting, TaskTally.Of(waiting.Values), jitter ?? HashRetryJitter.Instance);
        return new RunEvaluator(queued, now).Start();
    }

    /// <summary>Rebuilds a run from stored records; tasks missing from <paramref name="tasks"/> (added to the pipeline since) start as not yet judged.</summary>
    public static PipelineRunState Restore(PipelineDefinition definition, RunContext context, PipelineRunStatus status,
        DateTimeOffset? startedAt, DateTimeOffset? endedAt, IEnumerable<TaskInstance> tasks, IRetryJitter? jitter = null)
    {
        var stored = tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal);
        var instances = definition.Tasks.ToImmutableDictionary(
            t => t.Id, t => stored.TryGetValue(t.Id, out var instance) ? instance : TaskInstance.Waiting(t), StringComparer.Ordinal);
        return new PipelineRunState(definition, context, status, startedAt, endedAt, instances, TaskTally.Of(instances.Values), jitter ?? HashRetryJitter.Instance);
    }

    /// <summary>Applies one event; stale events (a try that is no longer current, anything but a clear after the run finished) change nothing.</summary>
    public RunStep Apply(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        return new RunEvaluator(this, runEvent.At).Apply(runEvent);
    }

    /// <summary>Returns the earliest instant at which time alone changes something: a retry falling due, a try or the run timing out.</summary>
    public DateTimeOffset? NextWakeAt()
    {
        if (Status != PipelineRunStatus.Running)
        {
            return null;
        }
        DateTimeOffset? earliest = StartedAt + Definition.DagrunTimeout;
        foreach (var id in Tally.Active)
        {
            var instance = Instances[id];
            var due = instance.State switch
            {
                TaskState.UpForRetry => instance.RetryAt,
                TaskState.Running => instance.StartedAt + Definition[id].ExecutionTimeout,
                _ => null,
            };
            if (due is not null && (earliest is null || due < earliest))
            {
                earliest = due;
            }
        }
        return earliest;
    }

    internal PipelineRunState With(PipelineRunStatus status, DateTimeOffset? startedAt, DateTimeOffset? endedAt, ImmutableDictionary<string, TaskInstance> instances, TaskTally tally) =>
        new(Definition, Context, status, startedAt, endedAt, instances, tally, Jitter);
}
