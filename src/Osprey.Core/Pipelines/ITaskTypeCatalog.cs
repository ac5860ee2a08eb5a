namespace Osprey.Core.Pipelines;

/// <summary>The task types a host can run, consulted while a pipeline is built so that unknown types and bad settings fail before anything runs.</summary>
public interface ITaskTypeCatalog
{
    /// <summary>Gets the names of the known types (besides the engine's own <c>branch</c>).</summary>
    IReadOnlyCollection<string> Types { get; }

    /// <summary>Checks a task's type-specific settings; problems name fields such as <c>tasks.train.with.algorithm</c>.</summary>
    IEnumerable<PipelineProblem> Validate(TaskDefinition task);
}
