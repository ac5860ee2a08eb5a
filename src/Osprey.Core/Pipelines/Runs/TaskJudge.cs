using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Judges tasks waiting in a step: branch choices and trigger rules first, then the when: condition, then queues the task for a
/// worker (rendering its settings) or, for a branch, evaluates it on the spot.</summary>
internal sealed class TaskJudge(RunChanges changes)
{
    /// <summary>Judges every pending task, including children made ready by the judging itself.</summary>
    public void Drain()
    {
        while (changes.Pending.TryDequeue(out var taskId))
        {
            Judge(changes.Definition[taskId]);
        }
    }

    /// <summary>Queues a task's next try: renders its settings (a rendering error fails the task for good, since retrying cannot fix it).</summary>
    public void Queue(TaskDefinition task, TaskInstance instance)
    {
        var tryNumber = instance.TryNumber + 1;
        var (settings, error) = task.Settings.Render(changes.Scope(tryNumber), $"tasks.{task.Id}.with");
        if (error is not null)
        {
            Finish(instance, TaskState.Failed, $"could not render settings: {error}");
            return;
        }
        var dispatch = new TaskDispatch(changes.State.Context.RunId, changes.Definition.Name, task.Id, task.Type, tryNumber,
            settings, task.ExecutionTimeout, task.ChoosesChildren);
        changes.Set(instance with
        {
            State = TaskState.Queued, TryNumber = tryNumber, QueuedAt = changes.Now, StartedAt = null, EndedAt = null, RetryAt = null, Message = null,
        }, dispatch);
    }

    private void Judge(TaskDefinition task)
    {
        var instance = changes[task.Id];
        if (instance.State != TaskState.None)
        {
            return;
        }
        if (NotChosen(task) is { } branch)
        {
            var chosen = changes[branch].Followed!;
            Finish(instance, TaskState.Skipped, $"branch {branch} chose {(chosen.Count == 0 ? "no task" : string.Join(", ", chosen))}");
            return;
        }

        var parents = UpstreamCounts.Of(task.DependsOn.Select(p => changes[p].State));
        var rule = TriggerRuleNames.Name(task.TriggerRule);
        switch (TriggerRuleEvaluator.Decide(task.TriggerRule, parents))
        {
            case TriggerDecision.Wait:
                return;
            case TriggerDecision.Skip:
                Finish(instance, TaskState.Skipped, $"trigger rule {rule} cannot be met ({parents})");
                return;
            case TriggerDecision.UpstreamFailed:
                Finish(instance, TaskState.UpstreamFailed, $"trigger rule {rule} cannot be met ({parents})");
                return;
        }

        if (task.When is not null)
        {
            var holds = task.When.Evaluate(changes.Scope());
            if (!holds.Success || !holds.Value.Boolean)
            {
                Finish(instance, holds.Success ? TaskState.Skipped : TaskState.Failed, holds.Error ?? $"when '{task.When.Text}' is false");
                return;
            }
        }
        if (task.RunsInEngine)
        {
            Branch(task, instance);
            return;
        }
        Queue(task, instance);
    }

    /// <summary>Returns the id of a parent branch that succeeded without choosing this task (nor a task upstream of it), or null.</summary>
    private string? NotChosen(TaskDefinition task)
    {
        foreach (var parent in task.DependsOn)
        {
            var instance = changes[parent];
            if (changes.Definition[parent].ChoosesChildren && instance is { State: TaskState.Success, Followed: { } chosen }
                && !chosen.Contains(task.Id) && !chosen.Any(task.Ancestors.Contains))
            {
                return parent;
            }
        }
        return null;
    }

    private void Branch(TaskDefinition task, TaskInstance instance)
    {
        var scope = changes.Scope();
        IReadOnlyList<string>? chosen = null;
        foreach (var choice in task.Branch!.Choices)
        {
            var holds = choice.When.Evaluate(scope);
            if (!holds.Success)
            {
                Finish(instance, TaskState.Failed, holds.Error);
                return;
            }
            if (holds.Value.Boolean)
            {
                chosen = choice.Run;
                break;
            }
        }
        chosen ??= task.Branch.Otherwise;
        var outputs = new Dictionary<string, JsonElement> { ["follow"] = JsonSerializer.SerializeToElement(chosen) };
        changes.Set(instance with
        {
            State = TaskState.Success, TryNumber = instance.TryNumber + 1, QueuedAt = changes.Now, StartedAt = changes.Now, EndedAt = changes.Now,
            Outputs = outputs, Followed = chosen, Message = chosen.Count == 0 ? "chose no task" : $"chose {string.Join(", ", chosen)}",
        });
        changes.JudgeChildren(task.Id);
    }

    private void Finish(TaskInstance instance, TaskState state, string? message)
    {
        changes.Set(instance with { State = state, EndedAt = changes.Now, RetryAt = null, Message = message });
        changes.JudgeChildren(instance.TaskId);
    }
}
