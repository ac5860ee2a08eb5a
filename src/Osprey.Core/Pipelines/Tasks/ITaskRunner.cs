namespace Osprey.Core.Pipelines.Tasks;

/// <summary>Runs tries of one task type inside a worker process; never inside the scheduler.</summary>
public interface ITaskRunner
{
    /// <summary>Gets the type name this runner runs.</summary>
    string Type { get; }

    /// <summary>Runs one try; cancellation means the try is being killed (timeout, cancel, shutdown) and must stop promptly.
    /// Expected failures return <see cref="TaskResult.Failed"/>; a thrown exception also fails the try, with its message.</summary>
    Task<TaskResult> RunAsync(TaskRun run, CancellationToken ct);
}
