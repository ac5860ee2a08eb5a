using System.Text.Json;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines;

/// <summary>A validated, immutable pipeline: its schedule and run policy, parameters, and tasks in dependency order; build one with <see cref="PipelineBuilder"/> or load it from YAML.</summary>
public sealed class PipelineDefinition
{
    private readonly Dictionary<string, TaskDefinition> byId;
    private readonly Dictionary<string, int> positions;

    internal PipelineDefinition(string name, IReadOnlyList<TaskDefinition> tasks)
    {
        Name = name;
        Tasks = tasks;
        byId = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        positions = tasks.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Roots = [.. tasks.Where(t => t.DependsOn.Count == 0)];
        Leaves = [.. tasks.Where(t => t.Children.Count == 0)];
    }

    /// <summary>Gets the pipeline name.</summary>
    public string Name { get; }

    /// <summary>Gets the optional description.</summary>
    public string? Description { get; internal init; }

    /// <summary>Gets the schedule, or null for a pipeline that only runs when triggered.</summary>
    public CronSchedule? Schedule { get; internal init; }

    /// <summary>Gets the time zone of the schedule and of the <c>ds</c> family of template values (UTC unless set).</summary>
    public TimeZoneInfo TimeZone { get; internal init; } = TimeZoneInfo.Utc;

    /// <summary>Gets the earliest start of a data interval the scheduler may create, or null.</summary>
    public DateTimeOffset? StartDate { get; internal init; }

    /// <summary>Gets whether missed intervals are all run (true) or only the latest (false, the default).</summary>
    public bool Catchup { get; internal init; }

    /// <summary>Gets how many runs may be active at once (1 under forbid and replace).</summary>
    public int MaxActiveRuns { get; internal init; } = 16;

    /// <summary>Gets what happens when a run falls due while another is active.</summary>
    public ConcurrencyPolicy Concurrency { get; internal init; }

    /// <summary>Gets the longest a run may take before it is failed, or null for no limit.</summary>
    public TimeSpan? DagrunTimeout { get; internal init; }

    /// <summary>Gets the declared parameters with their default values.</summary>
    public IReadOnlyDictionary<string, JsonElement> Params { get; internal init; } = new Dictionary<string, JsonElement>();

    /// <summary>Gets the tasks, every task after all of its parents.</summary>
    public IReadOnlyList<TaskDefinition> Tasks { get; }

    /// <summary>Gets the tasks with no parents.</summary>
    public IReadOnlyList<TaskDefinition> Roots { get; }

    /// <summary>Gets the tasks with no children; their final states decide the run's.</summary>
    public IReadOnlyList<TaskDefinition> Leaves { get; }

    /// <summary>Gets a task by id; throws <see cref="ErrorCode.NotFound"/> for an unknown id.</summary>
    public TaskDefinition this[string id] =>
        byId.TryGetValue(id, out var task) ? task : throw OspreyException.NotFound($"Pipeline '{Name}' has no task '{id}'.");

    /// <summary>Looks a task up by id.</summary>
    public bool TryGetTask(string id, out TaskDefinition task) => byId.TryGetValue(id, out task!);

    /// <summary>Gets a task's index in <see cref="Tasks"/>, for ordering task ids the same way every time.</summary>
    internal int Position(string id) => positions[id];

    public override string ToString() => Name;
}
