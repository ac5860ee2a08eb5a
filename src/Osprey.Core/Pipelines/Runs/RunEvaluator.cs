// Longer than 200 lines: it holds every event handler of the run state machine; splitting it further would scatter one set of rules.
using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Applies one event to a run: task starts and ends with retries, timeouts, cancellation and clearing, then judges the tasks
/// the event made ready and settles the run's own state.</summary>
internal sealed class RunEvaluator
{
    private readonly PipelineRunState state;
    private readonly RunChanges changes;
    private readonly TaskJudge judge;
    private PipelineRunStatus status;
    private DateTimeOffset? startedAt;
    private DateTimeOffset? endedAt;
    private string? statusReason;

    public RunEvaluator(PipelineRunState state, DateTimeOffset now)
    {
        this.state = state;
        changes = new RunChanges(state, now);
        judge = new TaskJudge(changes);
        status = state.Status;
        startedAt = state.StartedAt;
        endedAt = state.EndedAt;
    }

    private PipelineDefinition Definition => state.Definition;

    private DateTimeOffset Now => changes.Now;

    public RunStep Start()
    {
        SetStatus(PipelineRunStatus.Running, null);
        startedAt = Now;
        foreach (var task in Definition.Tasks.Where(t => t.DependsOn.Count == 0 || t.TriggerRule == TriggerRule.Always))
        {
            changes.Pending.Enqueue(task.Id);
        }
        return Settle();
    }

    public RunStep Apply(RunEvent runEvent)
    {
        if (state.Status == PipelineRunStatus.Queued)
        {
            if (runEvent is CancelRequested cancel)
            {
                SetStatus(PipelineRunStatus.Cancelled, cancel.Reason);
                endedAt = Now;
            }
            return Finish();
        }
        if (state.IsFinished && runEvent is not ClearRequested)
        {
            return Finish();
        }

        switch (runEvent)
        {
            case TaskStarted started:
                OnStarted(started);
                break;
            case TaskEnded ended:
                OnEnded(ended);
                break;
            case TimePassed:
                OnTimePassed();
                break;
            case CancelRequested cancel:
                StopAll(TaskState.Cancelled, cancel.Reason);
                SetStatus(PipelineRunStatus.Cancelled, cancel.Reason);
                break;
            case ClearRequested clear:
                OnClear(clear);
                break;
        }
        return Settle();
    }

    private void OnStarted(TaskStarted started)
    {
        if (Current(started.TaskId, started.TryNumber) is { State: TaskState.Queued } instance)
        {
            changes.Set(instance with { State = TaskState.Running, StartedAt = started.At });
        }
    }

    private void OnEnded(TaskEnded ended)
    {
        if (Current(ended.TaskId, ended.TryNumber) is not { } instance)
        {
            return;
        }
        var task = Definition[ended.TaskId];
        instance = instance with { StartedAt = instance.StartedAt ?? ended.At };
        switch (ended.Outcome)
        {
            case TaskOutcome.Succeeded:
                var (chosen, error) = task.ChoosesChildren ? ReadChoice(task, ended.Outputs) : (null, null);
                if (error is not null)
                {
                    EndTry(instance, TaskOutcome.Failed, error);
                    return;
                }
                changes.Set(instance with
                {
                    State = TaskState.Success, EndedAt = ended.At, RetryAt = null, Message = ended.Message, Followed = chosen,
                    Outputs = ended.Outputs ?? new Dictionary<string, JsonElement>(),
                });
                changes.JudgeChildren(task.Id);
                break;
            case TaskOutcome.Skipped:
                changes.Set(instance with { State = TaskState.Skipped, EndedAt = ended.At, RetryAt = null, Message = ended.Message ?? "the task skipped itself" });
                changes.JudgeChildren(task.Id);
                break;
            default:
                EndTry(instance, ended.Outcome, ended.Message);
                break;
        }
    }

    /// <summary>Ends a failed, timed-out or lost try: up_for_retry while tries remain (after the policy's delay), else failed or timed_out for good.</summary>
    private void EndTry(TaskInstance instance, TaskOutcome outcome, string? message)
    {
        var task = Definition[instance.TaskId];
        var reason = message ?? outcome switch
        {
            TaskOutcome.TimedOut => $"exceeded execution_timeout of {DurationText.Format(task.ExecutionTimeout ?? TimeSpan.Zero)}",
            TaskOutcome.Lost => "the worker running it stopped renewing its lease",
            _ => "the task failed",
        };
        if (instance.TryNumber < instance.MaxTries)
        {
            var random = state.Jitter.Next(state.Context.RunId, task.Id, instance.TryNumber);
            var retryAt = Now + task.Retry.DelayAfter(instance.TryNumber, random);
            changes.Set(instance with
            {
                State = TaskState.UpForRetry, EndedAt = Now, RetryAt = retryAt, Message = $"try {instance.TryNumber} of {instance.MaxTries}: {reason}",
            });
            return;
        }
        var final = outcome == TaskOutcome.TimedOut ? TaskState.TimedOut : TaskState.Failed;
        changes.Set(instance with { State = final, EndedAt = Now, RetryAt = null, Message = $"try {instance.TryNumber} of {instance.MaxTries}: {reason}" });
        changes.JudgeChildren(task.Id);
    }

    private void OnTimePassed()
    {
        if (startedAt + Definition.DagrunTimeout is { } deadline && deadline <= Now)
        {
            var reason = $"the run exceeded dagrun_timeout of {DurationText.Format(Definition.DagrunTimeout!.Value)}";
            StopAll(TaskState.Skipped, reason);
            SetStatus(PipelineRunStatus.Failed, reason);
            return;
        }
        foreach (var task in changes.ActiveTasks())
        {
            var instance = changes[task.Id];
            if (instance is { State: TaskState.UpForRetry, RetryAt: { } due } && due <= Now)
            {
                judge.Queue(task, instance);
            }
            else if (instance.State == TaskState.Running && instance.StartedAt + task.ExecutionTimeout <= Now)
            {
                changes.Kills.Add(new TaskAttempt(task.Id, instance.TryNumber));
                EndTry(instance, TaskOutcome.TimedOut, null);
            }
        }
    }

    /// <summary>Stops every unfinished task: tries in flight are killed and cancelled; tasks not started get <paramref name="notStarted"/>.</summary>
    private void StopAll(TaskState notStarted, string reason)
    {
        foreach (var task in Definition.Tasks)
        {
            var instance = changes[task.Id];
            if (instance.State.IsFinished())
            {
                continue;
            }
            var inFlight = instance.State.IsInFlight();
            if (inFlight)
            {
                changes.Kills.Add(new TaskAttempt(task.Id, instance.TryNumber));
            }
            changes.Set(instance with { State = inFlight ? TaskState.Cancelled : notStarted, EndedAt = Now, RetryAt = null, Message = reason });
        }
    }

    private void OnClear(ClearRequested clear)
    {
        var selected = clear.FailedOnly
            ? Definition.Tasks.Where(t => changes[t.Id].State is TaskState.Failed or TaskState.UpstreamFailed or TaskState.TimedOut or TaskState.Cancelled).Select(t => t.Id)
            : clear.TaskIds.Select(id => Definition[id].Id);
        var cleared = Downstream(selected);
        var order = Definition.Tasks.Where(t => cleared.Contains(t.Id) && !changes[t.Id].State.IsInFlight()).ToList();
        if (order.Count == 0)
        {
            return;
        }
        foreach (var task in order)
        {
            var instance = changes[task.Id];
            changes.Set(new TaskInstance(task.Id, TaskState.None, instance.TryNumber, instance.TryNumber + task.Retry.Retries + 1));
            changes.Pending.Enqueue(task.Id);
        }
        if (status != PipelineRunStatus.Running)
        {
            SetStatus(PipelineRunStatus.Running, $"cleared {string.Join(", ", order.Select(t => t.Id))}");
            startedAt = Now;
            endedAt = null;
        }
    }

    private HashSet<string> Downstream(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(roots);
        while (queue.TryDequeue(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var child in Definition[id].Children)
                {
                    queue.Enqueue(child);
                }
            }
        }
        return seen;
    }

    private TaskInstance? Current(string taskId, int tryNumber) =>
        Definition.TryGetTask(taskId, out _) && changes[taskId] is { } instance && instance.State.IsInFlight() && instance.TryNumber == tryNumber
            ? instance
            : null;

    private static (IReadOnlyList<string>? Chosen, string? Error) ReadChoice(TaskDefinition task, IReadOnlyDictionary<string, JsonElement>? outputs)
    {
        if (outputs is null || !outputs.TryGetValue("follow", out var follow))
        {
            return (null, $"a branch task must name the children to run in its output 'follow' (one of {string.Join(", ", task.Children)})");
        }
        List<string> chosen = follow.ValueKind switch
        {
            JsonValueKind.String => [follow.GetString()!],
            JsonValueKind.Array when follow.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => [.. follow.EnumerateArray().Select(e => e.GetString()!)],
            _ => [],
        };
        if (follow.ValueKind is not (JsonValueKind.String or JsonValueKind.Array) || chosen.Count != follow.GetArrayLengthOrOne())
        {
            return (null, "the output 'follow' must be a task id or a list of task ids");
        }
        var stranger = chosen.FirstOrDefault(c => !task.Children.Contains(c));
        return stranger is null
            ? (chosen, null)
            : (null, $"the output 'follow' names '{stranger}', which is not a direct child of {task.Id} (children: {string.Join(", ", task.Children)})");
    }

    private RunStep Settle()
    {
        judge.Drain();
        if (status == PipelineRunStatus.Running && changes.AllFinished)
        {
            var failing = Definition.Leaves.Where(t => changes[t.Id].State is TaskState.Failed or TaskState.UpstreamFailed or TaskState.TimedOut or TaskState.Cancelled).ToList();
            SetStatus(failing.Count == 0 ? PipelineRunStatus.Success : PipelineRunStatus.Failed,
                failing.Count == 0 ? null : $"{string.Join(", ", failing.Select(t => $"{t.Id} is {changes[t.Id].State.Name()}"))}");
        }
        if (status is PipelineRunStatus.Success or PipelineRunStatus.Failed or PipelineRunStatus.Cancelled && state.Status != status)
        {
            endedAt = Now;
        }
        return Finish();
    }

    private void SetStatus(PipelineRunStatus to, string? reason)
    {
        status = to;
        statusReason = reason;
    }

    private RunStep Finish()
    {
        var next = state.With(status, startedAt, endedAt, changes.Instances, changes.Tally);
        var change = status == state.Status ? null : new RunStatusChange(state.Status, status, Now, statusReason);
        return new RunStep(next, changes.Transitions, change, changes.Kills, next.NextWakeAt());
    }
}
