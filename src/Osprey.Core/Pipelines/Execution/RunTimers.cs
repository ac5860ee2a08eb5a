using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Keeps one timer per active run at its <see cref="RunStep.WakeAt"/> (a retry falling due, a timeout) and applies
/// <see cref="TimePassed"/> when it fires; a finished run's timer is dropped.</summary>
internal sealed class RunTimers(RunStepper stepper, TimeProvider clock, BackgroundWork background) : IRunObserver, IDisposable
{
    private readonly ConcurrentDictionary<PipelineRunId, ITimer> _timers = new();
    private bool _disposed;

    public void OnStepped(RunStepped stepped) => Schedule(stepped.RunId, stepped.State.IsFinished ? null : stepped.Step.WakeAt);

    /// <summary>Sets (or with null clears) the run's wake-up time.</summary>
    public void Schedule(PipelineRunId runId, DateTimeOffset? wakeAt)
    {
        if (_timers.TryRemove(runId, out var old))
        {
            old.Dispose();
        }
        if (wakeAt is not { } due || Volatile.Read(ref _disposed))
        {
            return;
        }
        var delay = due - clock.GetUtcNow();
        var timer = clock.CreateTimer(_ => Fire(runId), null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        if (!_timers.TryAdd(runId, timer))
        {
            timer.Dispose();
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }
        _timers.Clear();
    }

    private void Fire(PipelineRunId runId) =>
        background.Run($"waking run {runId}", () => stepper.ApplyAsync(runId, new TimePassed(clock.GetUtcNow()), null, CancellationToken.None));
}
