using Osprey.Core.Pipelines.Templates;

namespace Osprey.Core.Pipelines;

/// <summary>One validated, immutable task of a pipeline: what runs, after which tasks, under which rule, and how it is retried.</summary>
public sealed class TaskDefinition
{
    /// <summary>The type name of tasks the engine evaluates itself (no worker): <c>branch</c>.</summary>
    public const string BranchType = "branch";

    internal TaskDefinition(string id, string type)
    {
        Id = id;
        Type = type;
    }

    /// <summary>Gets the task id, unique in its pipeline (letters, digits and '_').</summary>
    public string Id { get; }

    /// <summary>Gets the task type, such as <c>shell</c>, <c>train</c> or <c>branch</c>.</summary>
    public string Type { get; }

    /// <summary>Gets the optional description.</summary>
    public string? Description { get; internal init; }

    /// <summary>Gets the ids of the direct parents, as written.</summary>
    public IReadOnlyList<string> DependsOn { get; internal init; } = [];

    /// <summary>Gets the ids of the direct children, in pipeline order.</summary>
    public IReadOnlyList<string> Children { get; internal set; } = [];

    /// <summary>Gets the ids of every task upstream of this one (parents, their parents, and so on).</summary>
    public IReadOnlySet<string> Ancestors { get; internal set; } = new HashSet<string>();

    /// <summary>Gets the rule deciding, from the parents' states, whether the task runs.</summary>
    public TriggerRule TriggerRule { get; internal init; }

    /// <summary>Gets the optional condition checked once the trigger rule is met; false skips the task.</summary>
    public Condition? When { get; internal init; }

    /// <summary>Gets the retry policy (task settings over pipeline defaults over Airflow's defaults).</summary>
    public RetryPolicy Retry { get; internal init; } = RetryPolicy.Default;

    /// <summary>Gets the longest a single try may run before it is killed and counted as timed out, or null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; internal init; }

    /// <summary>Gets the type-specific settings (the <c>with:</c> map), whose strings may hold templates.</summary>
    public TemplatedMap Settings { get; internal init; } = TemplatedMap.Empty;

    /// <summary>Gets the arms of a <c>type: branch</c> task, or null for other types.</summary>
    public BranchRule? Branch { get; internal init; }

    /// <summary>Gets whether the task picks which children run: a <c>type: branch</c> task, or a task marked <c>branch: true</c> whose outputs name them under <c>follow</c>.</summary>
    public bool ChoosesChildren { get; internal init; }

    /// <summary>Gets whether the engine evaluates the task itself instead of handing it to a worker.</summary>
    public bool RunsInEngine => Branch is not null;

    public override string ToString() => $"{Id} ({Type})";
}
