using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Bench.Pipelines;

/// <summary>Completes when a run finishes, with its final in-memory state (times at full precision, unlike the store's milliseconds).</summary>
internal sealed class RunWaiter : IRunObserver
{
    private readonly ConcurrentDictionary<PipelineRunId, TaskCompletionSource<PipelineRunState>> _waiting = new();

    public void OnStepped(RunStepped stepped)
    {
        if (stepped.State.IsFinished)
        {
            Waiter(stepped.RunId).TrySetResult(stepped.State);
        }
    }

    public Task<PipelineRunState> FinishedAsync(PipelineRunId runId) => Waiter(runId).Task;

    private TaskCompletionSource<PipelineRunState> Waiter(PipelineRunId runId) =>
        _waiting.GetOrAdd(runId, _ => new TaskCompletionSource<PipelineRunState>(TaskCreationOptions.RunContinuationsAsynchronously));
}
