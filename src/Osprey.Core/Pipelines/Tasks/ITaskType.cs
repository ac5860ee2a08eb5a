namespace Osprey.Core.Pipelines.Tasks;

/// <summary>What the control plane knows about a task type: its name and how to check a task's <c>with:</c> settings before anything runs.</summary>
/// <remarks>Running the type is a worker's business (<see cref="ITaskRunner"/>), so a type can be validated where it cannot run.</remarks>
public interface ITaskType
{
    /// <summary>Gets the type name used in <c>type:</c>, such as <c>shell</c>.</summary>
    string Name { get; }

    /// <summary>Gets one sentence saying what the type does.</summary>
    string Description { get; }

    /// <summary>Checks a task of this type; problems name fields such as <c>tasks.fetch.with.url</c>.</summary>
    IEnumerable<PipelineProblem> Validate(TaskDefinition task);
}
