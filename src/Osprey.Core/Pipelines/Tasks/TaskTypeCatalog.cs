namespace Osprey.Core.Pipelines.Tasks;

/// <summary>An immutable set of task types the loader checks pipelines against; <see cref="With"/> adds one (the learning types join this way).</summary>
public sealed class TaskTypeCatalog : ITaskTypeCatalog
{
    private readonly Dictionary<string, ITaskType> _types;

    /// <summary>Creates a catalog of <paramref name="types"/>; a name given twice keeps the last.</summary>
    public TaskTypeCatalog(IEnumerable<ITaskType> types) =>
        _types = types.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>Gets the built-in types: shell, http, notify, heartbeat, noop and validate.</summary>
    public static TaskTypeCatalog BuiltIn { get; } = new(BuiltInTaskTypes.All);

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Types => _types.Keys;

    /// <summary>Gets the types, by name.</summary>
    public IEnumerable<ITaskType> All => _types.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>Returns a catalog that also holds <paramref name="type"/> (replacing a type of the same name).</summary>
    public TaskTypeCatalog With(ITaskType type) => new(_types.Values.Append(type));

    /// <summary>Looks a type up by name.</summary>
    public bool TryGet(string name, out ITaskType type) => _types.TryGetValue(name, out type!);

    /// <inheritdoc/>
    public IEnumerable<PipelineProblem> Validate(TaskDefinition task) =>
        _types.TryGetValue(task.Type, out var type) ? type.Validate(task) : [];
}
