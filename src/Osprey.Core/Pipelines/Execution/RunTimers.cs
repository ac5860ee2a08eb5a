using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Keeps one timer per active run at its <see cref="RunStep.WakeAt"/> (a retry falling due, a timeout) and applies
/// <see cref="TimePassed"/> when it fires; a finished run's timer is dropped.</summary>
/// <remarks>Steps of one run can be reported from several threads out of order (two tasks finishing together), so a report
/// older than the run's newest one is ignored: otherwise a stale "no wake-up" could cancel a retry's timer and stall the run.</remarks>
internal sealed class RunTimers(RunStepper stepper, TimeProvider clock, BackgroundWork background) : IRunObserver, IDisposable
{
    private readonly ConcurrentDictionary<PipelineRunId, (long Version, ITimer? Timer)> _timers = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    public void OnStepped(RunStepped stepped) => Schedule(stepped.RunId, stepped.State.IsFinished ? null : stepped.Step.WakeAt, stepped.Version);

    /// <summary>Sets (or with null clears) the run's wake-up time, unless a newer version of the run was already seen.</summary>
    public void Schedule(PipelineRunId runId, DateTimeOffset? wakeAt, long version)
    {
        lock (_gate)
        {
            if (_timers.TryGetValue(runId, out var current))
            {
                if (current.Version > version)
                {
                    return;
                }
                current.Timer?.Dispose();
            }
            if (wakeAt is not { } due || _disposed)
            {
                _timers[runId] = (version, null);
                return;
            }
            var delay = due - clock.GetUtcNow();
            _timers[runId] = (version, clock.CreateTimer(_ => Fire(runId), null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var entry in _timers.Values)
            {
                entry.Timer?.Dispose();
            }
            _timers.Clear();
        }
    }

    private void Fire(PipelineRunId runId) =>
        background.Run($"waking run {runId}", () => stepper.ApplyAsync(runId, new TimePassed(clock.GetUtcNow()), null, CancellationToken.None));
}
