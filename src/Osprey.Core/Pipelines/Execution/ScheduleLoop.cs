using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Applies <see cref="RunSchedulePolicy"/> to every unpaused, valid pipeline: at each pipeline's next fire time, every
/// <see cref="PipelineRuntimeOptions.RescanEvery"/> (which also picks up new and changed files), and whenever one of its runs ends.</summary>
internal sealed class ScheduleLoop(PipelineService service, PipelineRuntimeOptions options, TimeProvider clock, BackgroundWork background)
    : IRunObserver, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _timerGate = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextChecks = new(StringComparer.Ordinal);
    private ITimer? _timer;
    private bool _stopped;

    /// <summary>Decides for every pipeline now, then keeps doing so on time.</summary>
    public Task StartAsync(CancellationToken ct) => PassAsync(ct);

    public void OnStepped(RunStepped stepped)
    {
        if (stepped.Step.RunChange is { } change && stepped.State.IsFinished && !Volatile.Read(ref _stopped))
        {
            var pipeline = stepped.State.Definition.Name;
            background.Run($"scheduling {pipeline} after run {stepped.RunId} ended ({change.To})", () => DecideOneAsync(pipeline, CancellationToken.None));
        }
    }

    /// <summary>Stops scheduling; passes already running finish.</summary>
    public void Stop()
    {
        Volatile.Write(ref _stopped, true);
        lock (_timerGate)
        {
            _timer?.Dispose();
        }
    }

    public void Dispose()
    {
        Stop();
        _gate.Dispose();
    }

    private async Task PassAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var paused = await ListPausedAsync(ct);
            foreach (var pipeline in await service.Directory.ListAsync(ct))
            {
                if (pipeline.Definition is not { } definition)
                {
                    continue;
                }
                if (!paused.Contains(pipeline.Name))
                {
                    await DecideAsync(pipeline, definition, ct);
                }
                else if (definition.Schedule?.NextAfter(clock.GetUtcNow()) is { } next)
                {
                    // Look again at the next fire time, in case the pipeline has been unpaused by then.
                    _nextChecks[pipeline.Name] = next;
                }
            }
        }
        finally
        {
            _gate.Release();
            Rearm();
        }
    }

    private async Task DecideOneAsync(string name, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (await service.Directory.FindAsync(name, ct) is { Definition: { } definition } pipeline && !(await ListPausedAsync(ct)).Contains(name))
            {
                await DecideAsync(pipeline, definition, ct);
            }
        }
        finally
        {
            _gate.Release();
            Rearm();
        }
    }

    private async Task DecideAsync(LoadedPipeline pipeline, PipelineDefinition definition, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var decision = RunSchedulePolicy.Decide(definition, await service.Runs.GetScheduleViewAsync(definition.Name, now, ct), now);
        foreach (var id in decision.Cancel)
        {
            await service.Launcher.CancelAsync(id, "replaced by a newer scheduled run (concurrency: replace)", now, ct);
        }
        foreach (var id in decision.Start)
        {
            await service.Stepper.StartAsync(id, now, ct);
        }
        foreach (var interval in decision.Create)
        {
            var context = RunContext.Create(definition, PipelineRunId.New(), RunKind.Scheduled, interval);
            try
            {
                await service.Launcher.CreateAsync(pipeline, context, startNow: true, now, interval.End, ct);
            }
            catch (OspreyException e) when (e.Code == ErrorCode.AlreadyExists)
            {
                // Another scheduler (or an earlier pass that crashed before moving on) created this interval's run.
            }
        }
        if (decision.Skipped.Count > 0 && decision.ScheduledThrough is { } through)
        {
            await service.Runs.RecordSkippedAsync(definition.Name, through, decision.Skipped, ct);
        }
        if (decision.NextCheckAt is { } next)
        {
            _nextChecks[definition.Name] = next;
        }
        else
        {
            _nextChecks.TryRemove(definition.Name, out _);
        }
    }

    private async Task<HashSet<string>> ListPausedAsync(CancellationToken ct) =>
        [.. (await service.PipelineRecords.ListAsync(ct)).Where(p => p.Paused).Select(p => p.Name)];

    private void Rearm()
    {
        if (Volatile.Read(ref _stopped))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var delay = _nextChecks.Values.Append(now + options.RescanEvery).Min() - now;
        lock (_timerGate)
        {
            _timer?.Dispose();
            _timer = clock.CreateTimer(_ => background.Run("checking pipeline schedules", () => PassAsync(CancellationToken.None)),
                null, delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        }
    }
}
