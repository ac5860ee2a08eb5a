namespace Osprey.Core.Pipelines;

/// <summary>Collects one task's settings for <see cref="PipelineBuilder"/>; nothing is checked until the pipeline is built.</summary>
public sealed class TaskBuilder : TaskSettingsBuilder<TaskBuilder>
{
    private readonly List<string> dependsOn = [];
    private readonly List<KeyValuePair<string, object?>> settings = [];
    private readonly List<(string When, IReadOnlyList<string> Run)> choices = [];

    internal TaskBuilder(string id, string type)
    {
        Id = id;
        Type = type;
    }

    internal string Id { get; }

    internal string Type { get; }

    internal string? DescriptionValue { get; private set; }

    internal IReadOnlyList<string> DependsOnValue => dependsOn;

    internal TriggerRule TriggerRuleValue { get; private set; }

    internal string? WhenValue { get; private set; }

    internal IReadOnlyList<KeyValuePair<string, object?>> SettingsValue => settings;

    internal IReadOnlyList<(string When, IReadOnlyList<string> Run)> Choices => choices;

    internal IReadOnlyList<string>? OtherwiseValue { get; private set; }

    internal bool BranchValue { get; private set; }

    /// <summary>Sets the description.</summary>
    public TaskBuilder Describe(string description)
    {
        DescriptionValue = description;
        return this;
    }

    /// <summary>Adds direct parents: the task is evaluated once they end.</summary>
    public TaskBuilder DependsOn(params string[] taskIds)
    {
        dependsOn.AddRange(taskIds);
        return this;
    }

    /// <summary>Sets the trigger rule (all_success by default).</summary>
    public TaskBuilder TriggerRule(TriggerRule rule)
    {
        TriggerRuleValue = rule;
        return this;
    }

    /// <summary>Sets a condition such as <c>{{ params.retrain }}</c>, checked once the trigger rule is met; false skips the task.</summary>
    public TaskBuilder When(string condition)
    {
        WhenValue = condition;
        return this;
    }

    /// <summary>Adds a type-specific setting (the <c>with:</c> map): a string (which may hold templates), number, boolean, null, list or map.</summary>
    public TaskBuilder With(string key, object? value)
    {
        settings.Add(new(key, value));
        return this;
    }

    /// <summary>For <c>type: branch</c>: adds an arm that runs <paramref name="run"/> when <paramref name="when"/> holds (the first holding arm wins).</summary>
    public TaskBuilder Choose(string when, params string[] run)
    {
        choices.Add((when, run));
        return this;
    }

    /// <summary>For <c>type: branch</c>: the children to run when no arm holds (none by default, which skips them all).</summary>
    public TaskBuilder Otherwise(params string[] run)
    {
        OtherwiseValue = run;
        return this;
    }

    /// <summary>Marks a worker-run task as a branch: its outputs name the children to run under <c>follow</c>, and the others are skipped.</summary>
    public TaskBuilder Branch(bool value = true)
    {
        BranchValue = value;
        return this;
    }
}
