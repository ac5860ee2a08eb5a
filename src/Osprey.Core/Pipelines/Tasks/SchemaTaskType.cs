namespace Osprey.Core.Pipelines.Tasks;

/// <summary>A task type checked by its settings schema and, optionally, one more rule over the settings as written.</summary>
public sealed class SchemaTaskType(string name, string description, SettingsSchema settings, Func<TaskDefinition, IEnumerable<PipelineProblem>>? extraRule = null)
    : ITaskType
{
    /// <inheritdoc/>
    public string Name { get; } = name;

    /// <inheritdoc/>
    public string Description { get; } = description;

    /// <summary>Gets the settings the type accepts.</summary>
    public SettingsSchema Settings { get; } = settings;

    /// <inheritdoc/>
    public IEnumerable<PipelineProblem> Validate(TaskDefinition task)
    {
        var problems = Settings.Validate(task).ToList();
        return problems.Count == 0 && extraRule is not null ? extraRule(task) : problems;
    }
}
